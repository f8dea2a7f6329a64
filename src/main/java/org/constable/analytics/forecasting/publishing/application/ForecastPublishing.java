package org.constable.analytics.forecasting.publishing.application;

import org.constable.analytics.forecasting.domain.Cadence;
import org.constable.analytics.forecasting.methods.ForecastMethods;
import org.constable.analytics.forecasting.domain.Forecaster;
import org.constable.analytics.forecasting.publishing.domain.ForecastRequest;
import org.constable.analytics.forecasting.publishing.domain.PublishedForecast;
import org.constable.analytics.forecasting.publishing.domain.CellForecast;
import org.constable.analytics.forecasting.publishing.persistence.PublishedForecastStore;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.crime.HistoricCrimes;
import org.constable.identity.Actor;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Publishes a hotspot forecast from the force's historic crimes (police.uk, month precision):
 * the chosen crime type's located crimes of the data window, projected to the British National
 * Grid, forecast by the chosen method on square or H3 cells, and stored with everything needed to say
 * later what was forecast and how. Publishing is audited as a collection with its purpose.
 */
@Service
public class ForecastPublishing {

    static final String PURPOSE = "Publishing a hotspot forecast to direct patrols";

    private final HistoricCrimes crimes;
    private final PublishedForecastStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ForecastPublishing(HistoricCrimes crimes, PublishedForecastStore store, AuditTrail audit, PlatformTransactionManager transactions,
                       Clock clock) {
        this.crimes = crimes;
        this.store = store;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public PublishedForecast publish(ForecastRequest request, Actor publisher) {
        YearMonth period = request.horizon().periodAfter(request.windowTo());
        if (request.windowTo().isAfter(YearMonth.now(clock))) {
            throw new IllegalArgumentException("The data window cannot end in the future");
        }
        Forecaster forecaster = ForecastMethods.parse(request.method(), Cadence.MONTHLY);
        request.cells().requireSupports(forecaster);
        CellForecast grid = request.cells().newForecast();
        crimes.forEachInMonths(request.windowFrom(), request.windowTo(), crime -> {
            if (crime.longitude() != null && crime.latitude() != null && request.crimeType().equalsIgnoreCase(crime.crimeType())) {
                grid.add(crime.month(), crime.longitude(), crime.latitude());
            }
        });
        if (grid.size() == 0) {
            throw new IllegalArgumentException("No '" + request.crimeType() + "' crimes with a location from " + request.windowFrom()
                    + " to " + request.windowTo() + ": nothing to forecast from");
        }
        CellForecast.Outcome outcome = grid.forecast(forecaster, request.windowTo(), request.topCells());
        Instant now = clock.instant();
        PublishedForecast draft = new PublishedForecast(0, request.crimeType(), request.horizon(), request.method(),
                outcome.parameters(), request.windowFrom(), request.windowTo(), period, period, request.cells().storedName(),
                request.cells().sizeMetres(), request.cells().resolution(), outcome.eventsUsed(), publisher.username(), now, outcome.cells());
        long id = transactions.execute(tx -> {
            long stored = store.insert(draft);
            audit.record(new AuditRecord(Operation.COLLECTION, publisher.username(), publisher.rolesText(),
                    List.of(RecordRef.of("published-forecast", stored)), PURPOSE, null, Outcome.SUCCEEDED,
                    request.crimeType() + ", " + outcome.parameters() + ", " + request.windowFrom() + " to " + request.windowTo()
                             + ", " + request.cells().describe() + ", " + outcome.cells().size() + " top cells"));
            return stored;
        });
        return get(id);
    }

    public PublishedForecast get(long id) {
        return store.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of("published-forecast", id)));
    }

    public List<PublishedForecast> recent() {
        return store.recent(50);
    }
}
