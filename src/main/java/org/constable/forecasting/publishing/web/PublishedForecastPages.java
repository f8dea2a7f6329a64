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
        return "analytics/forecasts";
    }

    @PostMapping("/analytics/forecasts")
    @Guarded(Permission.FORECAST_PUBLISH)
    String publish(@RequestParam Map<String, String> form, Model model) {
        try {
            Double cellSize =
                    form.get("cellSize") == null || form.get("cellSize").isBlank()
                            ? null
                            : Double.valueOf(form.get("cellSize"));
            Integer top = form.get("topCells") == null || form.get("topCells").isBlank()
                    ? null
                    : Integer.valueOf(form.get("topCells"));
            Integer resolution =
                    form.get("h3Resolution") == null || form.get("h3Resolution").isBlank()
                            ? null
                            : Integer.valueOf(form.get("h3Resolution").trim());
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
        } catch (IllegalArgumentException e) {
            String result = list(model);
            model.addAttribute(
                    "error",
                    e instanceof NumberFormatException
                            ? "Cell size, H3 resolution and number of cells must be numbers"
                            : e.getMessage());
            model.addAttribute("recorded".equals(form.get("source")) ? "rform" : "form", form);
            return result;
        }
    }

    @GetMapping("/analytics/forecasts/{id}")
    @Guarded(Permission.ANALYTICS_READ)
    String forecast(@PathVariable long id, Model model) {
        model.addAttribute("effect", effects.of(id));
        model.addAttribute("canRecordDosage", policy.allows(actors.require(), Permission.DOSAGE_RECORD));
        return withForecast(id, model, "analytics/forecast");
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
        return "analytics/dosage-forecasts";
    }

    @GetMapping("/analytics/forecasts/{id}/dosage")
    @Guarded(Permission.DOSAGE_RECORD)
    String dosageForm(@PathVariable long id, Model model) {
        return withForecast(id, model, "analytics/dosage");
    }

    @PostMapping("/analytics/forecasts/{id}/dosage")
    @Guarded(Permission.DOSAGE_RECORD)
    String recordDosage(
            @PathVariable long id,
            @RequestParam(required = false) String cellId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String startedAt,
            @RequestParam(required = false) String minutes,
            Model model) {
        try {
            Instant start;
            Integer m;
            try {
                start = startedAt == null || startedAt.isBlank()
                        ? null
                        : LocalDateTime.parse(startedAt).atZone(FORCE_TIME).toInstant();
                m = minutes == null || minutes.isBlank() ? null : Integer.valueOf(minutes.trim());
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException(
                        "Give the start as a date and time, and the minutes as a whole number");
            }
            dosage.record(id, cellId, unit, start, m, actors.require());
            return "redirect:/analytics/forecasts/" + id + "/dosage?recorded";
        } catch (IllegalArgumentException e) {
            String result = dosageForm(id, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("chosenCell", cellId);
            model.addAttribute("unit", unit);
            model.addAttribute("startedAt", startedAt);
            model.addAttribute("minutes", minutes);
            return result;
        }
    }
}
