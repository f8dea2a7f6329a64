package org.constable.crime.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constable.crime.CancellationGround;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.CrimeViews;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.Classification;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recording a crime, reading it, asking for re-classification or cancellation, deciding, and outcomes. */
@Controller
class CrimePages {

    private static final String PURPOSE = "Crime recording: reading a crime record";

    private final CrimeRecording recording;
    private final CrimeChanges changes;
    private final CrimeViews views;
    private final PoleDirectory directory;
    private final AccessPolicy policy;
    private final CurrentActor actors;

    CrimePages(
            CrimeRecording recording,
            CrimeChanges changes,
            CrimeViews views,
            PoleDirectory directory,
            AccessPolicy policy,
            CurrentActor actors) {
        this.recording = recording;
        this.changes = changes;
        this.views = views;
        this.directory = directory;
        this.policy = policy;
        this.actors = actors;
    }

    @GetMapping("/crimes")
    @Guarded(Permission.CRIME_READ)
    String list(Model model) {
        Actor actor = actors.require();
        model.addAttribute("crimes", views.recent(actor, 100));
        model.addAttribute("canRecord", policy.allows(actor, Permission.CRIME_RECORD));
        return "crime/crimes";
    }

    @GetMapping("/crimes/new")
    @Guarded(Permission.CRIME_RECORD)
    String form(@RequestParam(required = false) Long incidentId, Model model) {
        return page(model, CrimeForm.blank(incidentId, actors.require().username()), null);
    }

    @PostMapping("/crimes")
    @Guarded(Permission.CRIME_RECORD)
    String record(@ModelAttribute("form") CrimeForm form, Model model) {
        try {
            CrimeRecording.Recorded recorded = recording.record(actors.require(), form.toCrime());
            return "redirect:/crimes/" + recorded.id() + "?recorded=" + recorded.reference();
        } catch (InvalidInput | Conflict | RecordNotFound e) {
            return page(model, form, e.getMessage());
        }
    }

    @GetMapping("/crimes/people")
    @Guarded(Permission.CRIME_RECORD)
    String people(@RequestParam(defaultValue = "") String personQuery, Model model) {
        model.addAttribute(
                "matches",
                personQuery.trim().length() < 2
                        ? List.of()
                        : directory.findPeople(
                                actors.require(), personQuery, "Crime recording: naming a victim, suspect or witness"));
        return "crime/crime-form :: people";
    }

    @GetMapping("/crimes/{id}")
    @Guarded(Permission.CRIME_READ)
    String crime(@PathVariable long id, @RequestParam(required = false) String recorded, Model model) {
        return view(model, id, recorded, null);
    }

    @PostMapping("/crimes/{id}/change-requests")
    @Guarded(Permission.CRIME_RECORD)
    String requestChange(
            @PathVariable long id,
            @RequestParam(required = false) ChangeKind kind,
            @RequestParam(required = false) String newClassificationCode,
            @RequestParam(required = false) CancellationGround ground,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            changes.request(actors.require(), id, kind, newClassificationCode, ground, reason);
            return "redirect:/crimes/" + id;
        } catch (InvalidInput | Conflict e) {
            return view(model, id, null, e.getMessage());
        }
    }

    @PostMapping("/crimes/{id}/change-requests/{requestId}/decision")
    @Guarded(Permission.CRIME_REGISTRAR_DECIDE)
    String decide(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String note,
            Model model) {
        try {
            changes.decide(actors.require(), requestId, approve, note);
            return "redirect:/crimes/" + id;
        } catch (InvalidInput | Conflict e) {
            return view(model, id, null, e.getMessage());
        }
    }

    @PostMapping("/crimes/{id}/outcomes")
    @Guarded(Permission.CRIME_OUTCOME)
    String outcome(
            @PathVariable long id,
            @RequestParam(required = false) String outcomeType,
            @RequestParam(required = false) LocalDate decidedOn,
            @RequestParam(required = false) String decidedBy,
            @RequestParam(required = false) String note,
            Model model) {
        try {
            changes.addOutcome(actors.require(), id, outcomeType, decidedOn, decidedBy, note);
            return "redirect:/crimes/" + id;
        } catch (InvalidInput | Conflict e) {
            return view(model, id, null, e.getMessage());
        }
    }

    private String view(Model model, long id, @Nullable String recorded, @Nullable String error) {
        Actor actor = actors.require();
        model.addAttribute("view", views.open(actor, id, PURPOSE));
        model.addAttribute("recorded", recorded);
        model.addAttribute("error", error);
        model.addAttribute("canRequest", policy.allows(actor, Permission.CRIME_RECORD));
        model.addAttribute("canDecide", policy.allows(actor, Permission.CRIME_REGISTRAR_DECIDE));
        model.addAttribute("canOutcome", policy.allows(actor, Permission.CRIME_OUTCOME));
        model.addAttribute("mayRefer", policy.allows(actor, Permission.SAFEGUARDING_REFER));
        model.addAttribute("grounds", CancellationGround.values());
        model.addAttribute("groups", groups(actor));
        model.addAttribute("outcomeTypes", views.outcomeTypes(actor));
        return "crime/crime";
    }

    private String page(Model model, CrimeForm form, @Nullable String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("groups", groups(actors.require()));
        return "crime/crime-form";
    }

    /** The classification list grouped as the Home Office groups it, for a select the keyboard can search. */
    private Map<String, List<Classification>> groups(Actor actor) {
        return views.classifications(actor, null).stream()
                .collect(Collectors.groupingBy(Classification::hoGroup, LinkedHashMap::new, Collectors.toList()));
    }
}
