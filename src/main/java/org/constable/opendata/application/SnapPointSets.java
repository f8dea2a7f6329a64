package org.constable.opendata.application;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.opendata.domain.SnapPoint;
import org.constable.opendata.domain.SnapPointCoverage;
import org.constable.opendata.domain.SnapPointDerivation;
import org.constable.opendata.persistence.OpenDataStore;
import org.constable.people.PoleDirectory;
import org.constable.shared.GeoPoint;
import org.constable.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configured set of anonymous snap points: loaded from a CSV ({@code name,latitude,longitude,addresses},
 * the name "On or near …") or derived from the gazetteer's addresses. Replacing the set is an audited alteration.
 * An uploaded file's address counts are capped at what the gazetteer supports; a file named in the
 * configuration and loaded at the first start is the operator's, trusted like the rest of the configuration.
 */
@Service
public class SnapPointSets {

    private static final Logger log = LoggerFactory.getLogger(SnapPointSets.class);

    public record Replaced(int points, int usable) {}

    private final OpenDataStore store;
    private final PoleDirectory gazetteer;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final String configuredCsv;

    SnapPointSets(
            OpenDataStore store,
            PoleDirectory gazetteer,
            AccessPolicy policy,
            AuditTrail audit,
            @Value("${constable.open-data.snap-points-csv:}") String configuredCsv) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.policy = policy;
        this.audit = audit;
        this.configuredCsv = configuredCsv;
    }

    /** A configured CSV file seeds the set on a start with none, so a force's own set survives restarts untouched. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void loadConfigured() {
        if (configuredCsv.isBlank() || !store.snapPoints().isEmpty()) {
            return;
        }
        try {
            List<SnapPoint> points = parse(Files.readString(Path.of(configuredCsv), StandardCharsets.UTF_8));
            store.replaceSnapPoints(points);
            log.info("Loaded {} snap points from {}", points.size(), configuredCsv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the configured snap points " + configuredCsv, e);
        }
    }

    @Transactional(readOnly = true)
    public List<SnapPoint> current(Actor actor) {
        policy.require(actor, Permission.OPEN_DATA_EXPORT);
        return store.snapPoints();
    }

    /**
     * Replaces the set from an uploaded CSV. The file's address counts are claims: each is capped at
     * the number of the gazetteer's addresses that would snap to the point (ADR 0046), so a point the
     * gazetteer cannot show to cover 8 addresses is never used, whatever the file says.
     */
    @Transactional
    public Replaced replaceFromCsv(Actor actor, String csv) {
        policy.require(actor, Permission.OPEN_DATA_EXPORT);
        List<SnapPoint> declared = parse(csv);
        List<GeoPoint> addresses = gazetteer.gazetteer(actor).stream()
                .map(PoleDirectory.GazetteerAddress::point)
                .toList();
        return replace(
                actor,
                SnapPointCoverage.counted(declared, addresses),
                "snap points from CSV, address counts capped at the gazetteer's");
    }

    /** Derives one point per street from the gazetteer (streets with fewer than 8 addresses are kept but never used). */
    @Transactional
    public Replaced deriveFromGazetteer(Actor actor) {
        policy.require(actor, Permission.OPEN_DATA_EXPORT);
        List<SnapPointDerivation.Address> addresses = gazetteer.gazetteer(actor).stream()
                .map(a -> new SnapPointDerivation.Address(a.street(), a.point()))
                .toList();
        return replace(actor, SnapPointDerivation.fromAddresses(addresses), "snap points derived from the gazetteer");
    }

    private Replaced replace(Actor actor, List<SnapPoint> points, String how) {
        store.replaceSnapPoints(points);
        Replaced replaced = new Replaced(points.size(), (int) points.stream()
                .filter(p -> p.addresses() >= org.constable.opendata.domain.PoliceUkSnapPointRule.MIN_ADDRESSES)
                .count());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null)
                .withDetail(how + ": " + replaced.points() + " points, " + replaced.usable() + " usable"));
        return replaced;
    }

    /** Parses the snap-point CSV; a bad line is refused with its line number and nothing is replaced. */
    static List<SnapPoint> parse(String csv) {
        List<SnapPoint> points = new ArrayList<>();
        int line = 1;
        for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(csv)) {
            line++;
            String name = column(r, "name", line);
            double latitude = number(column(r, "latitude", line), "latitude", line, -90, 90);
            double longitude = number(column(r, "longitude", line), "longitude", line, -180, 180);
            double addresses = number(column(r, "addresses", line), "addresses", line, 0, Integer.MAX_VALUE);
            if (name.isEmpty()) {
                throw refused("name", line, "the name is empty");
            }
            if (addresses != Math.rint(addresses)) {
                throw refused("addresses", line, "addresses must be a whole number from 0");
            }
            points.add(new SnapPoint(name, new GeoPoint(latitude, longitude), (int) addresses));
        }
        if (points.isEmpty()) {
            throw new InvalidInput(
                    "csv",
                    "The snap-point CSV holds no points: send a header name,latitude,longitude,addresses and a line per point.");
        }
        return points;
    }

    private static String column(NamedCsvRecord r, String column, int line) {
        return r.findField(column)
                .map(String::trim)
                .orElseThrow(() -> refused(column, line, "the column " + column + " is missing"));
    }

    private static double number(String text, String column, int line, double least, double most) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= least && value <= most)) {
            throw refused(column, line, column + " must be a number from " + (long) least + " to " + (long) most);
        }
        return value;
    }

    /** Names the line and the column at fault, never the value found there (a file's content is not echoed). */
    private static InvalidInput refused(String column, int line, String problem) {
        return new InvalidInput(
                column,
                "Snap points line " + line + ": " + problem
                        + " (expected the columns name, latitude, longitude, addresses).");
    }
}
