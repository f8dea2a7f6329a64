package org.constable.opendata.web;

import java.time.Clock;
import java.time.YearMonth;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.opendata.application.OpenDataExports;
import org.constable.opendata.application.SnapPointSets;
import org.constable.opendata.domain.PoliceUkSnapPointRule;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The open-data page: the snap-point set, a form to publish a month to a named recipient, and past disclosures. */
@Controller
class OpenDataPages {

    private final OpenDataExports exports;
    private final SnapPointSets snapPoints;
    private final CurrentActor actors;
    private final Clock clock;

    OpenDataPages(OpenDataExports exports, SnapPointSets snapPoints, CurrentActor actors, Clock clock) {
        this.exports = exports;
        this.snapPoints = snapPoints;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/open-data")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    String page(Model model) {
        Actor actor = actors.require();
        var points = snapPoints.current(actor);
        model.addAttribute("points", points.size());
        model.addAttribute("usable", new PoliceUkSnapPointRule(points).usablePoints());
        model.addAttribute("minAddresses", PoliceUkSnapPointRule.MIN_ADDRESSES);
        model.addAttribute("exports", exports.recent(actor));
        if (!model.containsAttribute("month")) {
            model.addAttribute("month", YearMonth.now(clock).minusMonths(1));
        }
        return "opendata/open-data";
    }

    @PostMapping("/open-data/exports")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    String export(
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String justification,
            RedirectAttributes redirect,
            Model model) {
        try {
            var export = exports.export(
                    actors.require(), new OpenDataExports.Request(month(month), recipient, justification));
            redirect.addFlashAttribute("done", export);
            return "redirect:/open-data";
        } catch (InvalidInput | Conflict e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("month", month);
            model.addAttribute("recipient", recipient);
            model.addAttribute("justification", justification);
            return page(model);
        }
    }

    @PostMapping("/open-data/snap-points/derivation")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    String derive(RedirectAttributes redirect) {
        redirect.addFlashAttribute("derived", snapPoints.deriveFromGazetteer(actors.require()));
        return "redirect:/open-data";
    }

    @GetMapping("/open-data/exports/{id}/file")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        // the page offers the file to check what was published: that is the purpose its function fixes
        return StreetLevelDownload.of(exports.file(actors.require(), id, "Checking a published open-data file"));
    }

    /** The month as typed, read here so that a wrong one is shown beside the form with what was typed kept. */
    private static @Nullable YearMonth month(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("month", "month must be a month written like 2026-03 (months 01 to 12).");
        }
    }
}
