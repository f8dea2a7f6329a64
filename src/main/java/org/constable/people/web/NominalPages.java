package org.constable.people.web;

import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.application.DuplicateNominals;
import org.constable.people.application.PersonCombinations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The likely-duplicates report, combining two persons and undoing a combination, for those who keep nominals clean. */
@Controller
class NominalPages {

    private final DuplicateNominals duplicates;
    private final PersonCombinations combinations;
    private final CurrentActor actors;

    NominalPages(DuplicateNominals duplicates, PersonCombinations combinations, CurrentActor actors) {
        this.duplicates = duplicates;
        this.combinations = combinations;
        this.actors = actors;
    }

    @GetMapping("/people/duplicates")
    @Guarded(Permission.PERSON_COMBINE)
    String report(
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String surname,
            Model model) {
        if (purpose == null || purpose.isBlank()) {
            return PersonPages.askPurpose(model, "/people/duplicates");
        }
        model.addAttribute("pairs", duplicates.report(actors.require(), purpose, 100, surname));
        model.addAttribute("purpose", purpose);
        model.addAttribute("surname", surname);
        return "people/duplicates";
    }

    @PostMapping("/people/combinations")
    @Guarded(Permission.PERSON_COMBINE)
    String combine(
            @RequestParam long firstId,
            @RequestParam long secondId,
            @RequestParam String keep,
            @RequestParam(required = false) @Nullable String reason) {
        // two submit buttons, one per record kept: no script is needed to say which one is absorbed
        boolean keepFirst = !"second".equals(keep);
        long survivorId = keepFirst ? firstId : secondId;
        long absorbedId = keepFirst ? secondId : firstId;
        combinations.combine(actors.require(), survivorId, absorbedId, reason);
        return "redirect:/people/" + survivorId + "?purpose=" + PersonPages.encode("Combining duplicate records");
    }

    @PostMapping("/people/combinations/{id}/undo")
    @Guarded(Permission.PERSON_COMBINE)
    String undo(@PathVariable long id, @RequestParam(required = false) @Nullable String reason) {
        long separated = combinations.undo(actors.require(), id, reason);
        return "redirect:/people/" + separated + "?purpose=" + PersonPages.encode("Undoing a combination");
    }
}
