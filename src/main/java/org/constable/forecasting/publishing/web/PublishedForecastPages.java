package org.constable.forecasting.publishing.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.forecasting.publishing.application.DosageEffectReport;
import org.constable.forecasting.publishing.application.ForecastPublishing;
import org.constable.forecasting.publishing.application.PatrolDosageRecording;
import org.constable.forecasting.publishing.domain.ForecastRequest;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for published forecasts: the list with the publishing forms (historic months, recorded
 * crimes) and the way to patrol dosage, one forecast's map of top cells beside their list, dosage
 * summary and dosage effect report, and the form on which patrol time is recorded.
 */
@Controller
class PublishedForecastPages {

    /** The force's local time, in which officers type when a patrol started. */
    private static final ZoneId FORCE_TIME = ZoneId.of("Europe/London");

    private final ForecastPublishing publishing;
    private final PatrolDosageRecording dosage;
    private final DosageEffectReport effects;
    private final CurrentActor actors;
    private final AccessPolicy policy;

    PublishedForecastPages(
            ForecastPublishing publishing,
            PatrolDosageRecording dosage,
            DosageEffectReport effects,
            CurrentActor actors,
            AccessPolicy policy) {
        this.policy = policy;
        this.publishing = publishing;
        this.dosage = dosage;
        this.effects = effects;
        this.actors = actors;
    }

    @GetMapping("/analytics/forecasts")
    @Guarded(Permission.ANALYTICS_READ)
    String list(Model model) {
        model.addAttribute("forecasts", publishing.recent());
        model.addAttribute("methods", ForecastMethods.SELECTABLE);
        model.addAttribute("horizons", new String[] {"next-month", "next-week", "next-day"});
        model.addAttribute("recordedHorizons", new String[] {"next-day", "next-week", "next-month"});
        model.addAttribute("form", Map.of());
        model.addAttribute("rform", Map.of());
        model.addAttribute("canRecordDosage", policy.allows(actors.require(), Permission.DOSAGE_RECORD));
        return "forecasting/forecasts";
    }

    @PostMapping("/analytics/forecasts")
    @Guarded(Permission.FORECAST_PUBLISH)
    String publish(@RequestParam Map<String, String> form, Model model) {
        try {
            Double cellSize = number(form, "cellSize", "The cell size is a number of metres", Double::valueOf);
            Integer top = number(form, "topCells", "The number of top cells is a whole number", Integer::valueOf);
            Integer resolution = number(form, "h3Resolution", "The H3 resolution is a whole number", Integer::valueOf);
            PublishedForecast f = publishing.publish(
                    ForecastRequest.fromText(
                            form.get("source"),
                            form.get("crimeType"),
                            form.get("horizon"),
                            form.get("method"),
                            form.get("windowFrom"),
                            form.get("windowTo"),
                            form.get("cellScheme"),
                            cellSize,
                            resolution,
                            top),
                    actors.require());
            return "redirect:/analytics/forecasts/" + f.id();
        } catch (InvalidInput e) {
            String result = list(model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("recorded".equals(form.get("source")) ? "rform" : "form", form);
            return result;
        }
    }

    @GetMapping("/analytics/forecasts/{id}")
    @Guarded(Permission.ANALYTICS_READ)
    String forecast(@PathVariable long id, Model model) {
        model.addAttribute("effect", effects.of(id));
        model.addAttribute("canRecordDosage", policy.allows(actors.require(), Permission.DOSAGE_RECORD));
        return withForecast(id, model, "forecasting/forecast");
    }

    private String withForecast(long id, Model model, String view) {
        model.addAttribute("forecast", publishing.get(id));
        model.addAttribute("summary", dosage.summary(id));
        return view;
    }

    @GetMapping("/analytics/dosage")
    @Guarded(Permission.DOSAGE_RECORD)
    String dosageForecasts(Model model) {
        model.addAttribute("forecasts", publishing.recent());
        return "forecasting/dosage-forecasts";
    }

    @GetMapping("/analytics/forecasts/{id}/dosage")
    @Guarded(Permission.DOSAGE_RECORD)
    String dosageForm(@PathVariable long id, Model model) {
        return withForecast(id, model, "forecasting/dosage");
    }

    @PostMapping("/analytics/forecasts/{id}/dosage")
    @Guarded(Permission.DOSAGE_RECORD)
    String recordDosage(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cellId,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String startedAt,
            @RequestParam(required = false) @Nullable String minutes,
            Model model) {
        try {
            @Nullable Instant start;
            @Nullable Integer m;
            try {
                start = startedAt == null || startedAt.isBlank()
                        ? null
                        : LocalDateTime.parse(startedAt).atZone(FORCE_TIME).toInstant();
                m = minutes == null || minutes.isBlank() ? null : Integer.valueOf(minutes.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("startedAt", "Give the start as a date and time, such as 2026-03-17T21:30");
            } catch (NumberFormatException e) {
                throw new InvalidInput("minutes", "Give the minutes as a whole number");
            }
            dosage.record(id, cellId, unit, start, m, actors.require());
            return "redirect:/analytics/forecasts/" + id + "/dosage?recorded";
        } catch (InvalidInput e) {
            String result = dosageForm(id, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("chosenCell", cellId);
            model.addAttribute("unit", unit);
            model.addAttribute("startedAt", startedAt);
            model.addAttribute("minutes", minutes);
            return result;
        }
    }

    /** A number field of the form as typed, null when blank; one that is not a number is refused naming it. */
    private static <T> @Nullable T number(
            Map<String, String> form, String field, String what, java.util.function.Function<String, T> parse) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, what + " (cell size, H3 resolution and number of cells must be numbers).");
        }
    }
}
