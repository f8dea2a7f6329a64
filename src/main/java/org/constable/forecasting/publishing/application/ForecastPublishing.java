package org.constable.forecasting.publishing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.crime.CrimeFact;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.forecasting.publishing.domain.CellForecast;
import org.constable.forecasting.publishing.domain.DataSource;
import org.constable.forecasting.publishing.domain.ForecastDays;
import org.constable.forecasting.publishing.domain.ForecastRequest;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.forecasting.publishing.persistence.PublishedForecastStore;
import org.constable.historic.HistoricCrimes;
import org.constable.identity.Actor;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a hotspot forecast from the force's historic crimes (police.uk, month precision, next
 * month only) or from its recorded crimes with exact offence times (next day, week or month, the
 * methods run at the horizon's cadence): the chosen crime type's located crimes of the data window,
 * forecast by the chosen method on square British National Grid cells or H3 hexagons (any source
 * with any cell scheme), and stored with everything needed to say
 * later what was forecast and how. Publishing is audited as a collection with its purpose.
 */
@Service
public class ForecastPublishing {

    static final String PURPOSE = "Publishing a hotspot forecast to direct patrols";

    private final HistoricCrimes crimes;
    private final RecordedCrimesInDays recorded;
    private final PublishedForecastStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ForecastPublishing(
            HistoricCrimes crimes,
            RecordedCrimesInDays recorded,
            PublishedForecastStore store,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.crimes = crimes;
        this.recorded = recorded;
        this.store = store;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public PublishedForecast publish(ForecastRequest request, Actor publisher) {
        ForecastDays period = request.period();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ForecastDays.FORCE_TIME);
        boolean historic = request.source() == DataSource.POLICE_UK_MONTHS;
        if (historic
                ? YearMonth.from(request.windowTo()).isAfter(YearMonth.from(today))
                : request.windowTo().isAfter(today)) {
            throw new InvalidInput("windowTo", "The data window cannot end in the future");
        }
        Cadence cadence = historic ? Cadence.MONTHLY : request.horizon().cadence();
        Forecaster forecaster = ForecastMethods.parse(request.method(), cadence);
        request.cells().requireSupports(forecaster);
        CellForecast grid = request.cells().newForecast();
        if (historic) {
            historicCrimes(request, grid);
        } else {
            recordedCrimes(request, grid);
        }
        if (grid.size() == 0) {
            throw new InvalidInput(
                    "crimeType",
                    "No " + (historic ? "" : "recorded ") + "'" + request.crimeType()
                            + "' crimes with a location from "
                            + request.window().first() + " to "
                            + request.window().last()
                            + ": nothing to forecast from");
        }
        CellForecast.Outcome outcome = grid.forecast(forecaster, cadence, period.startTime(), request.topCells());
        Instant now = clock.instant();
        PublishedForecast draft = new PublishedForecast(
                0,
                request.crimeType(),
                request.horizon(),
                request.source(),
                request.method(),
                outcome.parameters(),
                request.windowFrom(),
                request.windowTo(),
                period.first(),
                period.last(),
                request.cells().storedName(),
                request.cells().sizeMetres(),
                request.cells().resolution(),
                outcome.eventsUsed(),
                publisher.username(),
                now,
                outcome.cells());
        long id = transactions.execute(tx -> {
            long stored = store.insert(draft);
            audit.record(new AuditRecord(
                    Operation.COLLECTION,
                    publisher.username(),
                    publisher.rolesText(),
                    List.of(RecordRef.of(RecordType.PUBLISHED_FORECAST, stored)),
                    PURPOSE,
                    null,
                    Outcome.SUCCEEDED,
                    request.crimeType() + ", " + outcome.parameters() + ", " + request.windowFrom() + " to "
                            + request.windowTo()
                            + ", " + request.cells().describe() + ", "
                            + outcome.cells().size() + " top cells, from "
                            + request.source().label()));
            return stored;
        });
        return get(id);
    }

    private void historicCrimes(ForecastRequest request, CellForecast grid) {
        crimes.forEachInMonths(YearMonth.from(request.windowFrom()), YearMonth.from(request.windowTo()), crime -> {
            if (crime.longitude() != null
                    && crime.latitude() != null
                    && request.crimeType().equalsIgnoreCase(crime.crimeType())) {
                grid.add(crime.month(), crime.longitude(), crime.latitude());
            }
        });
    }

    /** Each crime at the time its offence began, in the force's local time (as the period's days are). */
    private void recordedCrimes(ForecastRequest request, CellForecast grid) {
        for (CrimeFact c : recorded.began(request.window(), ForecastRequest.category(request.crimeType()))) {
            grid.add(LocalDateTime.ofInstant(c.occurredFrom(), ForecastDays.FORCE_TIME), c.longitude(), c.latitude());
        }
    }

    public PublishedForecast get(long id) {
        return store.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.PUBLISHED_FORECAST, id)));
    }

    public List<PublishedForecast> recent() {
        return store.recent(50);
    }
}
