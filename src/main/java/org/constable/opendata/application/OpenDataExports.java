package org.constable.opendata.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.crime.CrimeFact;
import org.constable.crime.CrimeStatistics;
import org.constable.dashboards.ClosedIncidents;
import org.constable.dashboards.IncidentFact;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.opendata.domain.CrimeIdHash;
import org.constable.opendata.domain.PoliceUkSnapPointRule;
import org.constable.opendata.domain.PublishableCrime;
import org.constable.opendata.domain.StreetLevelPublication;
import org.constable.opendata.persistence.OpenDataStore;
import org.constable.shared.Conflict;
import org.constable.shared.GeoPoint;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly police.uk street-level export. Each export is a disclosure: it names its recipient and
 * justification, is written to the audit trail in the same transaction, and the exact file sent is
 * kept so that what was disclosed can be shown later.
 */
@Service
public class OpenDataExports {

    /** The export as asked for: any part may be missing, and {@link #export} refuses it then. */
    public record Request(
            @Nullable YearMonth month,
            @Nullable String recipient,
            @Nullable String justification) {}

    /** A request whose parts are all present and within bounds. */
    private record Disclosure(YearMonth month, String recipient, String justification) {}

    public record Export(long id, String fileName, int rows, int zeroed, String sha256) {}

    public record File(String fileName, byte[] content) {}

    /** The anti-social behaviour closing code: those incidents are published as police.uk publishes ASB. */
    static final String ASB = "ASB";

    private final OpenDataStore store;
    private final ClosedIncidents incidents;
    private final CrimeStatistics crimes;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final String force;
    private final ZoneId zone;

    OpenDataExports(
            OpenDataStore store,
            ClosedIncidents incidents,
            CrimeStatistics crimes,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock,
            @Value("${constable.open-data.force-name}") String force,
            @Value("${constable.open-data.zone}") ZoneId zone) {
        this.store = store;
        this.incidents = incidents;
        this.crimes = crimes;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.force = force;
        this.zone = zone;
    }

    @Transactional
    public Export export(Actor actor, Request request) {
        policy.require(actor, Permission.OPEN_DATA_EXPORT);
        Disclosure checked = validate(request);
        List<org.constable.opendata.domain.SnapPoint> points = store.snapPoints();
        PoliceUkSnapPointRule rule = new PoliceUkSnapPointRule(points);
        if (rule.usablePoints() == 0) {
            throw new Conflict("There is no snap point covering at least " + PoliceUkSnapPointRule.MIN_ADDRESSES
                    + " addresses: load or derive a snap-point set first.");
        }
        StreetLevelPublication publication =
                new StreetLevelPublication(force, rule, new CrimeIdHash(store.crimeIdKey()));
        Instant from = checked.month().atDay(1).atStartOfDay(zone).toInstant();
        Instant to = checked.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<PublishableCrime> rows = new ArrayList<>();
        for (CrimeFact c : crimes.recordedBetween(from, to)) {
            // a cancelled crime was never a crime: police.uk does not publish it
            if (c.status().counts()) {
                rows.add(publication.publish(new StreetLevelPublication.SourceCrime(
                        c.crimeId(),
                        checked.month(),
                        place(c.latitude(), c.longitude()),
                        c.policeUkCategory(),
                        c.outcomeType(),
                        null,
                        null)));
            }
        }
        for (IncidentFact f : incidents.reportedBetween(from, to)) {
            if (ASB.equals(f.classification())) {
                rows.add(publication.publishAntiSocialBehaviour(checked.month(), place(f.latitude(), f.longitude())));
            }
        }
        byte[] content = StreetLevelCsv.write(rows);
        int zeroed = (int) rows.stream().filter(r -> r.snap() == null).count();
        String fileName = checked.month() + "-" + slug(force) + "-street.csv";
        String sha256 = sha256(content);
        long id = store.insertExport(
                new OpenDataStore.ExportRow(
                        0,
                        checked.month().toString(),
                        fileName,
                        checked.recipient().trim(),
                        checked.justification().trim(),
                        actor.username(),
                        clock.instant(),
                        rows.size(),
                        zeroed,
                        sha256),
                content);
        audit.record(new AuditRecord(
                Operation.DISCLOSURE,
                actor.username(),
                actor.rolesText(),
                List.of(RecordRef.of(RecordType.OPEN_DATA_EXPORT, id)),
                checked.justification().trim(),
                checked.recipient().trim(),
                Outcome.SUCCEEDED,
                "police.uk street-level " + checked.month() + ": " + rows.size() + " rows, " + zeroed
                        + " without location, sha256 " + sha256));
        return new Export(id, fileName, rows.size(), zeroed, sha256);
    }

    /** One publication as the API and the page show it: what was disclosed, to whom, why and by whom. */
    public record Publication(
            long id,
            String month,
            String fileName,
            String recipient,
            String justification,
            String exportedBy,
            Instant exportedAt,
            int rowsWritten,
            int rowsZeroed,
            String sha256) {

        static Publication of(OpenDataStore.ExportRow row) {
            return new Publication(
                    row.id(),
                    row.month(),
                    row.fileName(),
                    row.recipient(),
                    row.justification(),
                    row.exportedBy(),
                    row.exportedAt(),
                    row.rowsWritten(),
                    row.rowsZeroed(),
                    row.sha256());
        }
    }

    @Transactional(readOnly = true)
    public List<Publication> recent(Actor actor) {
        policy.require(actor, Permission.OPEN_DATA_EXPORT);
        return store.recentExports(50).stream().map(Publication::of).toList();
    }

    /**
     * The file exactly as it was disclosed. Reading it again is a consultation with its purpose: the
     * file was anonymised for the public, but who re-reads a disclosure, and why, is on the record.
     */
    @Transactional
    public File file(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.OPEN_DATA_EXPORT);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        OpenDataStore.ExportRow row =
                store.export(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.OPEN_DATA_EXPORT, id)));
        File file = new File(row.fileName(), store.exportContent(id).orElseThrow());
        audit.record(
                AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of(RecordType.OPEN_DATA_EXPORT, id))
                        .withDetail("re-read the published file " + row.fileName()));
        return file;
    }

    private Disclosure validate(Request r) {
        if (r.month() == null) {
            throw new InvalidInput("month", "Choose the month to publish.");
        }
        if (!r.month().isBefore(YearMonth.now(clock.withZone(zone)))) {
            throw new InvalidInput("month", "A month can be published only after it has ended.");
        }
        if (r.recipient() == null || r.recipient().isBlank() || r.recipient().length() > 200) {
            throw new InvalidInput("recipient", "Name the recipient of the disclosure (up to 200 characters).");
        }
        if (r.justification() == null
                || r.justification().isBlank()
                || r.justification().length() > 1000) {
            throw new InvalidInput(
                    "justification", "Give the justification for the disclosure (up to 1000 characters).");
        }
        return new Disclosure(r.month(), r.recipient(), r.justification());
    }

    private static @Nullable GeoPoint place(@Nullable Double latitude, @Nullable Double longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    private static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "force" : s;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
