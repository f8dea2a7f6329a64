package org.constable.contact.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.contact.CallAnswerTimes;
import org.constable.contact.domain.Channel;
import org.constable.contact.persistence.CallStore;
import org.constable.dispatch.ResponseTimes;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answer times per channel (the UK 999 target: 90% within 10 seconds) and, from dispatch, time to
 * dispatch and to arrival against target per grade, for a period.
 */
@Service
public class ResponseReport implements CallAnswerTimes {

    public record Report(
            Instant from, Instant to, List<Figures> answerTimes, List<ResponseTimes.GradeFigures> grades) {}

    private final CallStore calls;
    private final ResponseTimes responseTimes;
    private final AccessPolicy policy;

    public ResponseReport(CallStore calls, ResponseTimes responseTimes, AccessPolicy policy) {
        this.calls = calls;
        this.responseTimes = responseTimes;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public Report between(Actor actor, Instant from, Instant to) {
        policy.require(actor, Permission.RESPONSE_REPORTS);
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > 366) {
            throw new InvalidInput("to", "Choose a period of up to a year that ends after it starts.");
        }
        return new Report(from, to, between(from, to), responseTimes.between(from, to));
    }

    /** Answer times per channel; no personal data, so other modules' reports may read it without a permission of their own. */
    @Override
    @Transactional(readOnly = true)
    public List<Figures> between(Instant from, Instant to) {
        List<Figures> answers = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            List<Double> seconds = calls.answerSeconds(channel.name(), from, to);
            long[] histogram = new long[BUCKETS.size() + 1];
            long within10 = 0;
            for (double s : seconds) {
                int b = 0;
                while (b < BUCKETS.size() && s > BUCKETS.get(b)) {
                    b++;
                }
                histogram[b]++;
                if (s <= 10) {
                    within10++;
                }
            }
            answers.add(new Figures(
                    channel.name(),
                    seconds.size(),
                    percentile(seconds, 0.5),
                    percentile(seconds, 0.9),
                    seconds.isEmpty() ? null : (double) within10 / seconds.size(),
                    java.util.Arrays.stream(histogram).boxed().toList()));
        }
        return answers;
    }

    static @Nullable Double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
