package org.constable.custody.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.shared.ForceTime;
import org.jspecify.annotations.Nullable;

/**
 * What one detention needs of the incoming shift, in words, most pressing first: what is overdue
 * now, then the visit, the review and the detention limit that fall within the shift, and what is
 * still outstanding on the record. Read from the same PACE clock as the board, so the handover can
 * never call something fine that the board shows as overdue.
 */
public final class ShiftDue {

    /** One detention's handover: what is overdue now and what falls due in the shift. */
    public record Items(List<String> overdue, List<String> due) {}

    private ShiftDue() {}

    public static Items of(Detention d, PaceClock.Reading r, HandoverWindow w) {
        List<String> overdue = new ArrayList<>();
        List<String> due = new ArrayList<>();
        Instant now = r.now();
        Instant end = w.until();
        for (Breach b : r.breaches()) {
            overdue.add(b.label()
                    + switch (b) {
                        case VISIT_OVERDUE -> " (due " + at(r.visitDue(), now) + ")";
                        case REVIEW_OVERDUE -> " (due " + at(r.reviewDue(), now) + ")";
                        case LIMIT_PASSED -> " (" + at(r.limit(), now) + ")";
                        default -> "";
                    });
        }
        if (d.status() == DetentionStatus.AWAITING_DECISION) {
            due.add("Decision to detain not yet made");
        }
        Instant visit = r.visitDue();
        Instant review = r.reviewDue();
        if (visit != null && !visit.isAfter(end) && !now.isAfter(visit)) {
            due.add("Cell visit at " + at(visit, now)
                    + d.level()
                            .visitInterval()
                            .map(i -> ", then at least every " + i.toMinutes() + " min")
                            .orElse(""));
        } else if (visit == null && d.status().open()) {
            due.add(d.level().label() + " all shift");
        }
        if (review != null && !review.isAfter(end) && !now.isAfter(review)) {
            due.add("Review at " + at(review, now) + (r.reviewPostponed() ? " (postponed)" : ""));
        }
        if (!r.limit().isAfter(end) && !now.isAfter(r.limit())) {
            due.add("Detention limit at " + at(r.limit(), now)
                    + ": release, charge or the authority for longer detention before then");
        }
        return new Items(List.copyOf(overdue), List.copyOf(due));
    }

    private static String at(@Nullable Instant t, Instant now) {
        return t == null ? "" : ForceTime.clock(t, now);
    }
}
