package org.constable.dashboards.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.constable.crime.CrimeFact;
import org.constable.crime.CrimeStatistics;
import org.constable.dashboards.domain.ReportingPeriod;
import org.constable.dashboards.domain.WardMap;
import org.constable.historic.HistoricCrime;
import org.constable.historic.HistoricCrimes;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Crime by area for the dashboard. Wards: recorded crimes by the place recorded, historic
 * police.uk crimes by their (snapped) coordinates, each assigned by point-in-polygon (ADR 0034);
 * a crime in no ward is counted "outside known wards" and one without a place "no location", never
 * left out. LSOAs: historic police.uk crimes only, by the LSOA the file gives each row; recorded
 * crimes carry no LSOA and are not given one by guess. Counts only, nothing personal.
 */
@Service
public class AreaFigures {

    public static final String OUTSIDE = "(outside)", NO_LOCATION = "(no location)", NO_LSOA = "(no LSOA)";
    /** LSOAs shown before the full table. */
    public static final int TOP_LSOAS = 10;

    /** One area's count (for an LSOA: key the code, label the name), the count of the period before, the trend, and the count per bucket (for a sparkline). */
    public record AreaCount(
            String key,
            String label,
            long count,
            long previous,
            @Nullable Double trend,
            List<Long> series) {

        /** The series as SVG polyline points in a 100 x 20 box (empty for fewer than two buckets). */
        public String sparkline() {
            if (series.size() < 2) {
                return "";
            }
            long max =
                    Math.max(1, series.stream().mapToLong(Long::longValue).max().orElse(1));
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < series.size(); i++) {
                points.append(i == 0 ? "" : " ")
                        .append(Math.round(100.0 * i / (series.size() - 1)))
                        .append(',')
                        .append(Math.round(19 - 18.0 * series.get(i) / max));
            }
            return points.toString();
        }
    }

    public record AreaOverview(
            LocalDate first,
            LocalDate last,
            String wardSource,
            int wards,
            List<LocalDate> seriesStarts,
            List<AreaCount> recordedByWard,
            YearMonth historicFrom,
            YearMonth historicTo,
            List<YearMonth> historicMonths,
            List<AreaCount> historicByWard,
            List<AreaCount> topLsoas,
            List<AreaCount> lsoas) {

        /** Whether the ward map should open on historic crime: nothing recorded in the period, but historic crime there is. */
        public boolean historicFirst() {
            return recordedByWard.stream().allMatch(c -> c.count() == 0)
                    && historicByWard.stream().anyMatch(c -> c.count() > 0);
        }
    }

    private final CrimeStatistics statistics;
    private final HistoricCrimes historic;
    private final WardAreas wardAreas;
    private final AccessPolicy policy;
    private final ZoneId zone;

    AreaFigures(
            CrimeStatistics statistics,
            HistoricCrimes historic,
            WardAreas wardAreas,
            AccessPolicy policy,
            @Value("${constable.open-data.zone}") ZoneId zone) {
        this.statistics = statistics;
        this.historic = historic;
        this.wardAreas = wardAreas;
        this.policy = policy;
        this.zone = zone;
    }

    public AreaOverview of(Actor actor, ReportingPeriod period) {
        policy.require(actor, Permission.DASHBOARD_READ);
        WardMap wards = wardAreas.current();
        Map<String, String> wardNames = new LinkedHashMap<>();
        wards.wards().forEach(w -> wardNames.put(w.code(), w.name()));
        Function<String, String> wardLabel = key -> switch (key) {
            case OUTSIDE -> "Outside known wards";
            case NO_LOCATION -> "No location";
            default -> wardNames.getOrDefault(key, key);
        };
        List<String> alwaysShown = new ArrayList<>(wardNames.keySet());
        alwaysShown.add(OUTSIDE);

        // recorded crimes, by the period's buckets
        List<LocalDate> starts = period.buckets();
        Map<LocalDate, Integer> bucket = new HashMap<>();
        IntStream.range(0, starts.size()).forEach(i -> bucket.put(starts.get(i), i));
        Tally recorded = new Tally(starts.size());
        ReportingPeriod before = period.previous();
        for (CrimeFact c : recordedBetween(period)) {
            recorded.now(
                    ward(wards, c.longitude(), c.latitude()),
                    bucket.get(period.bucketOf(LocalDate.ofInstant(c.recordedAt(), zone))));
        }
        for (CrimeFact c : recordedBetween(before)) {
            recorded.before(ward(wards, c.longitude(), c.latitude()));
        }

        // historic crimes, by month: the months the period touches against as many months before
        YearMonth hFrom = YearMonth.from(period.first());
        YearMonth hTo = YearMonth.from(period.last());
        int months = (int) hFrom.until(hTo, ChronoUnit.MONTHS) + 1;
        Tally historicByWard = new Tally(months);
        Tally byLsoa = new Tally(months);
        Map<String, String> lsoaNames = new HashMap<>();
        historic.forEachInMonths(hFrom.minusMonths(months), hTo, h -> {
            String ward = ward(wards, h.longitude(), h.latitude());
            String lsoa = lsoa(h, lsoaNames);
            if (h.month().isBefore(hFrom)) {
                historicByWard.before(ward);
                byLsoa.before(lsoa);
            } else {
                int i = (int) hFrom.until(h.month(), ChronoUnit.MONTHS);
                historicByWard.now(ward, i);
                byLsoa.now(lsoa, i);
            }
        });
        List<AreaCount> lsoas = byLsoa.counts(
                key -> NO_LSOA.equals(key) ? "No LSOA given" : lsoaNames.getOrDefault(key, key), List.of());
        return new AreaOverview(
                period.first(),
                period.last(),
                wards.source(),
                wards.size(),
                starts,
                wards.isEmpty() ? List.of() : recorded.counts(wardLabel, alwaysShown),
                hFrom,
                hTo,
                IntStream.range(0, months).mapToObj(hFrom::plusMonths).toList(),
                wards.isEmpty() ? List.of() : historicByWard.counts(wardLabel, alwaysShown),
                lsoas.stream()
                        .filter(l -> !NO_LSOA.equals(l.key()))
                        .limit(TOP_LSOAS)
                        .toList(),
                lsoas);
    }

    /** Every LSOA's historic count for the period as CSV, largest first, rows without an LSOA last. */
    public byte[] lsoaCsv(Actor actor, ReportingPeriod period) {
        AreaOverview o = of(actor, period);
        YearMonth beforeFrom = o.historicFrom().minusMonths(o.historicMonths().size());
        StringBuilder csv = new StringBuilder("LSOA code,LSOA name,Crimes " + o.historicFrom() + " to " + o.historicTo()
                + ",Crimes " + beforeFrom + " to " + o.historicFrom().minusMonths(1) + "\n");
        for (AreaCount l : o.lsoas()) {
            csv.append(NO_LSOA.equals(l.key()) ? "" : cell(l.key()))
                    .append(',')
                    .append(cell(l.label()))
                    .append(',')
                    .append(l.count())
                    .append(',')
                    .append(l.previous())
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<CrimeFact> recordedBetween(ReportingPeriod period) {
        return statistics
                .recordedBetween(start(period.first()), start(period.last().plusDays(1)))
                .stream()
                .filter(c -> c.status().counts())
                .toList();
    }

    private static String ward(WardMap wards, @Nullable Double longitude, @Nullable Double latitude) {
        if (longitude == null || latitude == null) {
            return NO_LOCATION;
        }
        return wards.wardAt(longitude, latitude).map(WardMap.Ward::code).orElse(OUTSIDE);
    }

    private static String lsoa(HistoricCrime h, Map<String, String> names) {
        if (h.lsoaCode() == null || h.lsoaCode().isBlank()) {
            return NO_LSOA;
        }
        names.putIfAbsent(h.lsoaCode(), h.lsoaName() == null || h.lsoaName().isBlank() ? h.lsoaCode() : h.lsoaName());
        return h.lsoaCode();
    }

    /** A CSV cell, quoted when needed; a leading formula character is defused for spreadsheets. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Counts per area: per bucket in the period, and in all in the period before. */
    private static final class Tally {

        private final int buckets;
        private final Map<String, long[]> now = new HashMap<>();
        private final Map<String, Long> total = new HashMap<>();
        private final Map<String, Long> before = new HashMap<>();

        Tally(int buckets) {
            this.buckets = buckets;
        }

        void now(String key, @Nullable Integer bucket) {
            long[] series = now.computeIfAbsent(key, k -> new long[buckets]);
            total.merge(key, 1L, Long::sum);
            if (bucket != null) {
                series[bucket]++;
            }
        }

        void before(String key) {
            before.merge(key, 1L, Long::sum);
        }

        /** Largest first, then the larger before, then by label; the special rows (outside, no location/LSOA) last. */
        List<AreaCount> counts(Function<String, String> label, List<String> alwaysShown) {
            Map<String, long[]> keys = new LinkedHashMap<>();
            alwaysShown.forEach(k -> keys.put(k, now.getOrDefault(k, new long[buckets])));
            now.forEach(keys::putIfAbsent);
            before.keySet().forEach(k -> keys.putIfAbsent(k, new long[buckets]));
            List<AreaCount> counts = new ArrayList<>();
            keys.forEach((k, series) -> {
                long n = total.getOrDefault(k, 0L);
                long b = before.getOrDefault(k, 0L);
                counts.add(new AreaCount(
                        k,
                        label.apply(k),
                        n,
                        b,
                        ReportingPeriod.trend(n, b),
                        java.util.Arrays.stream(series).boxed().toList()));
            });
            counts.sort(Comparator.comparing((AreaCount c) -> c.key().startsWith("("))
                    .thenComparing(Comparator.comparingLong(AreaCount::count).reversed())
                    .thenComparing(Comparator.comparingLong(AreaCount::previous).reversed())
                    .thenComparing(AreaCount::label));
            return counts;
        }
    }
}
