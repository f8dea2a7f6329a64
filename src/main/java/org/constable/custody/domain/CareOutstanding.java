package org.constable.custody.domain;

import java.util.ArrayList;
import java.util.List;
import org.constable.custody.domain.CareFact.InformRequested;
import org.constable.custody.domain.CareFact.InformingDelayed;
import org.constable.custody.domain.CareFact.LegalAdvice;
import org.constable.custody.domain.CareFact.PersonInformed;
import org.constable.custody.domain.CareFact.SolicitorArrived;
import org.constable.custody.domain.CareFact.SolicitorContacted;
import org.constable.shared.ForceTime;

/**
 * What a custody sergeant must still do for the detainee's rights and care, in words: rights not
 * given, legal advice not asked or the solicitor not yet contacted or arrived, the person to be told
 * not told (nor the telling delayed on authority), no appropriate adult, unfit to be detained, and
 * property not handed back when the detainee has left.
 */
public final class CareOutstanding {

    private CareOutstanding() {}

    public static List<String> of(CustodyCare care, Detention detention) {
        List<String> out = new ArrayList<>();
        List<CareFact> facts = care.facts();
        boolean open = detention.status().open();
        if (open && care.last(CareFact.RightsGiven.class).isEmpty()) {
            out.add("Rights not yet given");
        }
        var advice = care.last(LegalAdvice.class);
        if (open && care.last(CareFact.RightsGiven.class).isPresent() && advice.isEmpty()) {
            out.add("Legal advice: the detainee's answer is not recorded");
        }
        if (open && advice.map(LegalAdvice::requested).orElse(false)) {
            int asked = facts.lastIndexOf(advice.get());
            var contacted = after(facts, asked, SolicitorContacted.class);
            var arrived = after(facts, asked, SolicitorArrived.class);
            if (contacted.isEmpty() && arrived.isEmpty()) {
                out.add("Legal advice asked for "
                        + ForceTime.dateTime(advice.get().at()) + ": solicitor not yet contacted");
            } else if (arrived.isEmpty()) {
                out.add("Solicitor contacted "
                        + ForceTime.dateTime(contacted.get(contacted.size() - 1).contactedAt()) + ", not yet arrived");
            }
        }
        for (CareFact f : facts) {
            if (open && f instanceof InformRequested r) {
                int i = facts.indexOf(f);
                boolean dealt = facts.subList(i, facts.size()).stream()
                        .anyMatch(g -> (g instanceof PersonInformed p && p.who().equals(r.who()))
                                || (g instanceof InformingDelayed d && d.who().equals(r.who())));
                if (!dealt) {
                    out.add(r.who() + " not yet told of the arrest");
                }
            }
        }
        if (open && detention.needsAppropriateAdult() && detention.snapshot().appropriateAdult() == null) {
            out.add("Appropriate adult needed, not yet recorded");
        } else if (open
                && detention.needsAppropriateAdult()
                && care.appropriateAdultArrivedAt().isEmpty()) {
            out.add("Appropriate adult " + detention.snapshot().appropriateAdult() + " not yet arrived");
        }
        if (open && !care.fitToDetain().orElse(true)) {
            out.add("A healthcare professional says the detainee is NOT fit to be detained");
        }
        if (!open && !care.heldProperty().isEmpty()) {
            out.add("Property not yet returned: "
                    + String.join(
                            ", ",
                            care.heldProperty().stream()
                                    .map(p -> "item " + p.item() + " " + p.description())
                                    .toList()));
        }
        return out;
    }

    private static <T extends CareFact> List<T> after(List<CareFact> facts, int index, Class<T> type) {
        return facts.subList(index, facts.size()).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
