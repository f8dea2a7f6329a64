package org.constable.forecasting.publishing.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.constable.forecasting.publishing.application.DosageEffectReport;
import org.constable.forecasting.publishing.application.ForecastPublishing;
import org.constable.forecasting.publishing.application.PatrolDosageRecording;
import org.constable.forecasting.publishing.domain.DosageEffect;
import org.constable.forecasting.publishing.domain.DosageSummary;
import org.constable.forecasting.publishing.domain.ForecastRequest;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published hotspot forecasts: publish one on square or H3 cells, from police.uk months or recorded
 * crimes, read it with its top cells (polygons and centres), record patrol dosage against it, read
 * the dosage summary and the dosage effect report.
 */
@RestController
@RequestMapping("/api/v1/analytics/forecasts")
class PublishedForecastApi {

    /**
     * {@code source}: "historic" (default, windows in months) or "recorded" (windows in days);
     * {@code cellScheme}: "square" (default, {@code cellSize} metres) or "h3" ({@code h3Resolution}).
     */
    record PublishRequest(
            String source,
            String crimeType,
            String horizon,
            String method,
            String windowFrom,
            String windowTo,
            String cellScheme,
            Double cellSize,
            Integer h3Resolution,
            Integer topCells) {}

    record DosageRequest(String cellId, String unit, Instant startedAt, Integer minutes) {}

    private final ForecastPublishing publishing;
    private final PatrolDosageRecording dosage;
    private final DosageEffectReport effects;
    private final CurrentActor actors;

    PublishedForecastApi(
            ForecastPublishing publishing,
            PatrolDosageRecording dosage,
            DosageEffectReport effects,
            CurrentActor actors) {
        this.publishing = publishing;
        this.dosage = dosage;
        this.effects = effects;
        this.actors = actors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.FORECAST_PUBLISH)
    ResponseEntity<PublishedForecast> publish(@RequestBody PublishRequest body) {
        PublishedForecast f = publishing.publish(
                ForecastRequest.fromText(
                        body.source(),
                        body.crimeType(),
                        body.horizon(),
                        body.method(),
                        body.windowFrom(),
                        body.windowTo(),
                        body.cellScheme(),
                        body.cellSize(),
                        body.h3Resolution(),
                        body.topCells()),
                actors.require());
        return ResponseEntity.created(URI.create("/api/v1/analytics/forecasts/" + f.id()))
                .body(f);
    }

    @GetMapping
    @Guarded(Permission.ANALYTICS_READ)
    List<PublishedForecast> recent() {
        return publishing.recent();
    }

    @GetMapping("/{id}")
    @Guarded(Permission.ANALYTICS_READ)
    PublishedForecast one(@PathVariable long id) {
        return publishing.get(id);
    }

    @PostMapping("/{id}/dosage")
    @Guarded(Permission.DOSAGE_RECORD)
    DosageSummary record(@PathVariable long id, @RequestBody DosageRequest body) {
        return dosage.record(id, body.cellId(), body.unit(), body.startedAt(), body.minutes(), actors.require());
    }

    @GetMapping("/{id}/dosage")
    @Guarded(Permission.ANALYTICS_READ)
    DosageSummary summary(@PathVariable long id) {
        return dosage.summary(id);
    }

    /** Crimes in the forecast's period in patrolled and unpatrolled top cells and elsewhere: observational (see its caveat). */
    @GetMapping("/{id}/effect")
    @Guarded(Permission.ANALYTICS_READ)
    DosageEffect effect(@PathVariable long id) {
        return effects.of(id);
    }
}
