package org.constable.evidence.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.constable.crime.PersonCrimes;
import org.constable.evidence.application.ExhibitDesk;
import org.constable.evidence.application.ExhibitQueries;
import org.constable.evidence.application.PropertyStores;
import org.constable.evidence.domain.MovementKind;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The exhibit pages: the list, recording an exhibit (on a phone), an exhibit with its chain and a movement form, the stores. */
@Controller
class ExhibitPages {

    /** The purposes the pages' functions fix. */
    static final String EXHIBITS = "Exhibits and their continuity";

    static final String STORE = "Property store: what it holds";

    private final ExhibitDesk desk;
    private final ExhibitQueries queries;
    private final PropertyStores stores;
    private final PersonCrimes crimes;
    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final org.constable.evidence.application.Recordings recordings;

    ExhibitPages(
            ExhibitDesk desk,
            ExhibitQueries queries,
            PropertyStores stores,
            PersonCrimes crimes,
            CurrentActor actors,
            AccessPolicy policy,
            org.constable.evidence.application.Recordings recordings) {
        this.recordings = recordings;
        this.desk = desk;
        this.queries = queries;
        this.stores = stores;
        this.crimes = crimes;
        this.actors = actors;
        this.policy = policy;
    }

    @GetMapping("/exhibits")
    @Guarded(Permission.EVIDENCE_READ)
    String list(Model model) {
        var actor = actors.require();
        model.addAttribute("exhibits", queries.recent(actor, EXHIBITS));
        model.addAttribute("mayRecord", policy.allows(actor, Permission.EXHIBIT_RECORD));
        return "evidence/exhibits";
    }

    @GetMapping("/exhibits/new")
    @Guarded(Permission.EXHIBIT_RECORD)
    String form(Model model) {
        model.addAttribute("me", actors.require().username());
        return "evidence/new";
    }

    @PostMapping("/exhibits")
    @Guarded(Permission.EXHIBIT_RECORD)
    String record(
            @RequestParam(required = false) @Nullable String crimeReference,
            @RequestParam(required = false) @Nullable String reference,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String seizedBy,
            @RequestParam(required = false) @Nullable String seizedAt,
            @RequestParam(required = false) @Nullable String seizedWhere,
            @RequestParam(required = false) @Nullable String seal) {
        Long crimeId = crimeReference == null || crimeReference.isBlank()
                ? null
                : crimes.byReference(crimeReference.strip())
                        .map(PersonCrimes.CrimeSummary::id)
                        .orElseThrow(() -> new InvalidInput(
                                "crimeReference", "There is no crime " + crimeReference.strip() + "."));
        long id = desk.record(
                actors.require(),
                new ExhibitDesk.NewExhibit(
                        crimeId,
                        reference,
                        description,
                        seizedBy,
                        time(seizedAt, "seizedAt"),
                        seizedWhere,
                        seal,
                        null,
                        null));
        return "redirect:/exhibits/" + id;
    }

    @GetMapping("/exhibits/{id}")
    @Guarded(Permission.EVIDENCE_READ)
    String exhibit(@PathVariable long id, Model model) {
        var actor = actors.require();
        model.addAttribute("e", queries.exhibit(actor, id, EXHIBITS));
        model.addAttribute("kinds", MovementKind.values());
        model.addAttribute("stores", stores.stores(actor));
        model.addAttribute("mayRecord", policy.allows(actor, Permission.EXHIBIT_RECORD));
        model.addAttribute("mayDispose", policy.allows(actor, Permission.PROPERTY_STORE_MANAGE));
        RecordingLinks.add(model, actor, policy, recordings);
        return "evidence/exhibit";
    }

    @PostMapping("/exhibits/{id}/movements")
    @Guarded(Permission.EXHIBIT_RECORD)
    String move(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MovementKind kind,
            @RequestParam(required = false) @Nullable String fromHolder,
            @RequestParam(required = false) @Nullable String fromPlace,
            @RequestParam(required = false) @Nullable String toHolder,
            @RequestParam(required = false) @Nullable String toPlace,
            @RequestParam(required = false) @Nullable Long storeId,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String sealSeen,
            @RequestParam(required = false) @Nullable String authority,
            @RequestParam(defaultValue = "false") boolean inError,
            @RequestParam(required = false) @Nullable String note) {
        desk.move(
                actors.require(),
                id,
                new ExhibitDesk.NewMovement(
                        kind,
                        fromHolder,
                        fromPlace,
                        toHolder,
                        kind == MovementKind.STORED_AT ? null : toPlace,
                        kind == MovementKind.STORED_AT ? storeId : null,
                        time(at, "at"),
                        sealSeen,
                        authority,
                        inError,
                        note));
        return "redirect:/exhibits/" + id;
    }

    @GetMapping("/property-stores")
    @Guarded(Permission.EVIDENCE_READ)
    String stores(Model model) {
        var actor = actors.require();
        model.addAttribute("stores", stores.stores(actor));
        model.addAttribute("mayManage", policy.allows(actor, Permission.PROPERTY_STORE_MANAGE));
        return "evidence/stores";
    }

    @PostMapping("/property-stores")
    @Guarded(Permission.PROPERTY_STORE_MANAGE)
    String open(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String address) {
        return "redirect:/property-stores/" + stores.open(actors.require(), name, address);
    }

    @GetMapping("/property-stores/{id}")
    @Guarded(Permission.EVIDENCE_READ)
    String store(@PathVariable long id, Model model) {
        var actor = actors.require();
        model.addAttribute("h", stores.holdings(actor, id, STORE));
        model.addAttribute("mayManage", policy.allows(actor, Permission.PROPERTY_STORE_MANAGE));
        return "evidence/store";
    }

    @PostMapping("/property-stores/{id}/checks")
    @Guarded(Permission.PROPERTY_STORE_MANAGE)
    String check(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable List<String> found,
            @RequestParam(required = false) @Nullable String others) {
        List<String> all = new java.util.ArrayList<>(found == null ? List.of() : found);
        if (others != null) {
            all.addAll(List.of(others.split("\\R")));
        }
        stores.check(actors.require(), id, all);
        return "redirect:/property-stores/" + id;
    }

    private static @Nullable Instant time(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give the time as a date and time, e.g. 2026-11-20T14:30.");
        }
    }
}
