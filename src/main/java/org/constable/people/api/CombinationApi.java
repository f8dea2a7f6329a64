package org.constable.people.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.application.DuplicateNominals;
import org.constable.people.application.PersonCombinations;
import org.constable.people.application.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Duplicate nominals over REST: the likely-duplicates report (a consultation, so it needs a
 * purpose), combining two persons into a survivor, and undoing a combination.
 */
@RestController
@RequestMapping("/api/v1")
class CombinationApi {

    record CombinationForm(
            @Positive long survivorId,
            @Positive long absorbedId,
            @NotBlank @Size(max = 500) String reason) {}

    record UndoForm(@NotBlank @Size(max = 500) String reason) {}

    record Combined(long id, long survivorId, long absorbedId) {}

    private final DuplicateNominals duplicates;
    private final PersonCombinations combinations;
    private final CurrentActor actors;

    CombinationApi(DuplicateNominals duplicates, PersonCombinations combinations, CurrentActor actors) {
        this.duplicates = duplicates;
        this.combinations = combinations;
        this.actors = actors;
    }

    @GetMapping("/duplicate-persons")
    @Guarded(Permission.PERSON_COMBINE)
    List<Views.DuplicatePair> duplicates(
            @Purpose String purpose,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String surname) {
        return duplicates.report(actors.require(), purpose, limit, surname);
    }

    @PostMapping("/combinations")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.PERSON_COMBINE)
    ResponseEntity<Combined> combine(@Valid @RequestBody CombinationForm form) {
        long id = combinations.combine(actors.require(), form.survivorId(), form.absorbedId(), form.reason());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + form.survivorId()))
                .body(new Combined(id, form.survivorId(), form.absorbedId()));
    }

    @PostMapping("/combinations/{id}/undo")
    @Guarded(Permission.PERSON_COMBINE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void undo(@PathVariable long id, @Valid @RequestBody UndoForm form) {
        combinations.undo(actors.require(), id, form.reason());
    }
}
