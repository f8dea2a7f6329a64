package org.constable.dashboards.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.constable.crime.CrimeFact;
import org.constable.crime.CrimeStatistics;
import org.constable.crime.PoliceUkCategories;
import org.constable.crime.RecordingRate;
import org.constable.dashboards.domain.ReportingPeriod;
import org.constable.historic.HistoricCrimeCount;
import org.constable.historic.HistoricCrimes;
import org.constable.mapping.Beat;
import org.constable.mapping.ForceAreas;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Crime on the dashboard: crimes recorded in the period (cancelled ones are not crimes and are
 * left out) by police.uk type, Home Office classification and beat, with the trend; the historic
 * police.uk crimes imported for the months the period touches, shown apart because they are known
 * only to the month; and the NCRS recording rate per period bucket, as HMICFRS audits it.
 * The caller checks the permission; every figure here is a count.
 */
@Service
public class CrimeFigures {

    public record HistoricMonth(YearMonth month, long count) {}

    public record RateBucket(
            LocalDate start,
            long crimeIndicative,
            long recorded,
            long decided,
            long inQueue,
            long overdue,
            @Nullable Double rate) {}

    public record CrimeOverview(
            long recorded,
            long previousRecorded,
            @Nullable Double recordedTrend,
            long cancelled,
            List<Dashboards.Count> byType,
            List<Dashboards.Count> byClassification,
            List<Dashboards.Count> byBeat,
            List<LocalDate> seriesStarts,
            List<Long> recordedSeries,
            YearMonth historicFrom,
            YearMonth historicTo,
            long historicTotal,
            long historicPrevious,
            List<Dashboards.Count> historicByType,
            List<HistoricMonth> historicByMonth,
            RecordingRate recordingRate,
            List<RateBucket> recordingRates) {}

    private final CrimeStatistics statistics;
    private final HistoricCrimes historic;
    private final ForceAreas areas;
    private final ZoneId zone;

    CrimeFigures(
            CrimeStatistics statistics,
            HistoricCrimes historic,
            ForceAreas areas,
            @Value("${constable.open-data.zone}") ZoneId zone) {
        this.statistics = statistics;
        this.historic = historic;
        this.areas = areas;
        this.zone = zone;
    }

    CrimeOverview of(ReportingPeriod period) {
        ReportingPeriod before = period.previous();
        List<CrimeFact> all = statistics.recordedBetween(
                start(period.first()), start(period.last().plusDays(1)));
        List<CrimeFact> now = all.stream().filter(c -> c.status().counts()).toList();
        List<CrimeFact> previous =
                statistics
                        .recordedBetween(
                                start(before.first()), start(before.last().plusDays(1)))
                        .stream()
                        .filter(c -> c.status().counts())
                        .toList();

        List<Dashboards.Count> byType = Dashboards.counts(
                now,
                previous,
                c -> PoliceUkCategories.CrimeType.of(c.policeUkCategory()).name(),
                key -> PoliceUkCategories.CrimeType.valueOf(key).label());
        List<Dashboards.Count> byClassification =
                Dashboards.counts(now, previous, CrimeFact::classificationCode, code -> code);
        List<Dashboards.Count> byBeat =
                Dashboards.counts(now, previous, this::beat, beat -> beat.isEmpty() ? "Outside every beat" : beat);

        Map<LocalDate, Long> series = new TreeMap<>();
        period.buckets().forEach(b -> series.put(b, 0L));
        for (CrimeFact c : now) {
            series.computeIfPresent(period.bucketOf(LocalDate.ofInstant(c.recordedAt(), zone)), (k, n) -> n + 1);
        }

        // police.uk files are monthly: the historic figures cover every month the period touches
        YearMonth hFrom = YearMonth.from(period.first());
        YearMonth hTo = YearMonth.from(period.last());
        long months = hFrom.until(hTo, java.time.temporal.ChronoUnit.MONTHS) + 1;
        List<HistoricCrimeCount> hNow = historic.countsByMonthAndCategory(hFrom, hTo);
        List<HistoricCrimeCount> hBefore =
                historic.countsByMonthAndCategory(hFrom.minusMonths(months), hFrom.minusMonths(1));
        List<Dashboards.Count> historicByType = Dashboards.countsOf(sumByType(hNow), sumByType(hBefore), type -> type);
        List<HistoricMonth> historicByMonth = hNow.stream()
                .collect(Collectors.groupingBy(
                        HistoricCrimeCount::month, TreeMap::new, Collectors.summingLong(HistoricCrimeCount::count)))
                .entrySet()
                .stream()
                .map(e -> new HistoricMonth(e.getKey(), e.getValue()))
                .toList();

        List<RateBucket> rates = new ArrayList<>();
        List<LocalDate> starts = period.buckets();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i).isBefore(period.first()) ? period.first() : starts.get(i);
            LocalDate to =
                    i + 1 < starts.size() ? starts.get(i + 1) : period.last().plusDays(1);
            RecordingRate r = statistics.recordingRate(start(from), start(to));
            rates.add(new RateBucket(
                    starts.get(i), r.crimeIndicative(), r.recorded(), r.decided(), r.inQueue(), r.overdue(), r.rate()));
        }
        return new CrimeOverview(
                now.size(),
                previous.size(),
                ReportingPeriod.trend(now.size(), previous.size()),
                all.size() - now.size(),
                byType,
                byClassification,
                byBeat,
                new ArrayList<>(series.keySet()),
                new ArrayList<>(series.values()),
                hFrom,
                hTo,
                total(hNow),
                total(hBefore),
                historicByType,
                historicByMonth,
                statistics.recordingRate(
                        start(period.first()), start(period.last().plusDays(1))),
                rates);
    }

    private String beat(CrimeFact c) {
        if (c.latitude() == null || c.longitude() == null) {
            return "";
        }
        return areas.beatAt(new GeoPoint(c.latitude(), c.longitude()))
                .map(Beat::code)
                .orElse("");
    }

    private static Map<String, Long> sumByType(List<HistoricCrimeCount> counts) {
        return counts.stream()
                .collect(Collectors.groupingBy(
                        HistoricCrimeCount::crimeType, Collectors.summingLong(HistoricCrimeCount::count)));
    }

    private static long total(List<HistoricCrimeCount> counts) {
        return counts.stream().mapToLong(HistoricCrimeCount::count).sum();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
