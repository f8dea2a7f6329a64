package org.constable.dashboards.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.contact.CallAnswerTimes;
import org.constable.dashboards.IncidentFact;
import org.constable.dashboards.domain.ReportingPeriod;
import org.constable.dashboards.facts.IncidentFacts;
import org.constable.dispatch.ClosingClassifications;
import org.constable.dispatch.ResponseTimes;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' and analysts' dashboard for a period: closed incidents by classification and by
 * beat with the trend against the period before, a series over time, answer times against the 999
 * target and attendance against the grade targets. Counts only: nothing here names a person.
 */
@Service
public class Dashboards {

    /** The UK 999 answering target: 90% within 10 seconds. */
    public static final double ANSWER_TARGET_SHARE = 0.90;

    public record Count(
            String key,
            String label,
            long count,
            long previous,
            @Nullable Double trend) {}

    public record Series(String bucket, List<LocalDate> starts, List<Long> crimeIndicative, List<Long> allIncidents) {}

    public record Overview(
            LocalDate first,
            LocalDate last,
            long incidents,
            long previousIncidents,
            @Nullable Double incidentTrend,
            long crimeIndicative,
            long previousCrimeIndicative,
            @Nullable Double crimeIndicativeTrend,
            List<Count> byClassification,
            List<Count> byBeat,
            Series series,
            List<CallAnswerTimes.Figures> answerTimes,
            double answerTargetShare,
            List<ResponseTimes.GradeFigures> attendance,
            CrimeFigures.CrimeOverview crimes) {}

    private final IncidentFacts facts;
    private final CrimeFigures crimeFigures;
    private final ClosingClassifications classifications;
    private final CallAnswerTimes answerTimes;
    private final ResponseTimes responseTimes;
    private final AccessPolicy policy;
    private final ZoneId zone;

    Dashboards(
            IncidentFacts facts,
            CrimeFigures crimeFigures,
            ClosingClassifications classifications,
            CallAnswerTimes answerTimes,
            ResponseTimes responseTimes,
            AccessPolicy policy,
            @Value("${constable.open-data.zone}") ZoneId zone) {
        this.facts = facts;
        this.crimeFigures = crimeFigures;
        this.classifications = classifications;
        this.answerTimes = answerTimes;
        this.responseTimes = responseTimes;
        this.policy = policy;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public Overview overview(Actor actor, ReportingPeriod period) {
        policy.require(actor, Permission.DASHBOARD_READ);
        List<IncidentFact> now =
                facts.reportedBetween(start(period.first()), start(period.last().plusDays(1)));
        ReportingPeriod before = period.previous();
        List<IncidentFact> previous =
                facts.reportedBetween(start(before.first()), start(before.last().plusDays(1)));

        List<Count> byClassification = counts(
                now,
                previous,
                IncidentFact::classification,
                code -> classifications
                        .find(code)
                        .map(ClosingClassifications.Classification::label)
                        .orElse(code));
        List<Count> byBeat = counts(
                now.stream().filter(IncidentFact::crimeIndicative).toList(),
                previous.stream().filter(IncidentFact::crimeIndicative).toList(),
                f -> f.beat() == null ? "" : f.beat(),
                beat -> beat.isEmpty() ? "Outside every beat" : beat);
        long crime = now.stream().filter(IncidentFact::crimeIndicative).count();
        long crimeBefore =
                previous.stream().filter(IncidentFact::crimeIndicative).count();
        Instant from = start(period.first());
        Instant to = start(period.last().plusDays(1));
        return new Overview(
                period.first(),
                period.last(),
                now.size(),
                previous.size(),
                ReportingPeriod.trend(now.size(), previous.size()),
                crime,
                crimeBefore,
                ReportingPeriod.trend(crime, crimeBefore),
                byClassification,
                byBeat,
                series(period, now),
                answerTimes.between(from, to),
                ANSWER_TARGET_SHARE,
                responseTimes.between(from, to),
                crimeFigures.of(period));
    }

    private Series series(ReportingPeriod period, List<IncidentFact> facts) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        period.buckets().forEach(b -> counts.put(b, new long[2]));
        for (IncidentFact f : facts) {
            long[] c = counts.get(period.bucketOf(LocalDate.ofInstant(f.reportedAt(), zone)));
            if (c != null) {
                c[1]++;
                if (f.crimeIndicative()) {
                    c[0]++;
                }
            }
        }
        return new Series(
                period.bucket().name(),
                new ArrayList<>(counts.keySet()),
                counts.values().stream().map(c -> c[0]).toList(),
                counts.values().stream().map(c -> c[1]).toList());
    }

    static <T> List<Count> counts(
            List<T> now, List<T> previous, Function<T, String> key, Function<String, String> label) {
        return countsOf(
                now.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting())),
                previous.stream().collect(Collectors.groupingBy(key, Collectors.counting())),
                label);
    }

    /** Counts per key with the count of the period before and the trend, largest first. */
    static List<Count> countsOf(Map<String, Long> current, Map<String, Long> before, Function<String, String> label) {
        List<Count> counts = new ArrayList<>();
        current.forEach((k, n) -> counts.add(new Count(
                k,
                label.apply(k),
                n,
                before.getOrDefault(k, 0L),
                ReportingPeriod.trend(n, before.getOrDefault(k, 0L)))));
        before.forEach((k, n) -> {
            if (!current.containsKey(k)) {
                counts.add(new Count(k, label.apply(k), 0, n, -1.0));
            }
        });
        counts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
        return counts;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
