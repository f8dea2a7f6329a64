package org.constable.custody.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.custody.application.CustodyCareQueries.Right;
import org.constable.custody.domain.CareFact;
import org.constable.custody.domain.CustodyCare;
import org.constable.custody.domain.Detention;
import org.constable.shared.ForceTime;

/** Each right and entitlement of a detainee in one line of words, as the custody record page shows them. */
final class CareSummary {

    private CareSummary() {}

    static List<Right> rights(CustodyCare c, Detention d) {
        List<Right> rights = new ArrayList<>();
        List<CareFact.RightsGiven> given = of(c, CareFact.RightsGiven.class);
        rights.add(new Right(
                "Rights given",
                given.isEmpty()
                        ? "Not yet given"
                        : String.join(
                                "; ",
                                given.stream()
                                        .map(g -> g.occasion().label() + " " + ForceTime.dateTime(g.at()))
                                        .toList()),
                !given.isEmpty()));
        boolean codes = given.stream().anyMatch(CareFact.RightsGiven::codesOffered);
        rights.add(new Right("Codes of practice", codes ? "Offered" : "Not yet offered", codes));
        rights.add(legalAdvice(c));
        rights.add(informed(c));
        if (d.needsAppropriateAdult()) {
            String adult = d.snapshot().appropriateAdult();
            var arrived = c.appropriateAdultArrivedAt();
            rights.add(new Right(
                    "Appropriate adult",
                    adult == null
                            ? "Needed, not yet recorded"
                            : adult
                                    + arrived.map(at -> ", arrived " + ForceTime.dateTime(at))
                                            .orElse(", not yet arrived"),
                    adult != null && arrived.isPresent()));
        }
        rights.add(c.last(CareFact.Interpreter.class)
                .map(i -> new Right(
                        "Interpreter",
                        i.language() + ": " + i.name() + " from " + ForceTime.dateTime(i.arrivedAt()),
                        true))
                .orElse(new Right("Interpreter", "None recorded", true)));
        rights.add(c.last(CareFact.Medical.class)
                .map(m -> new Right(
                        "Medical",
                        m.professional()
                                + (m.seen() ? " saw the detainee " : " called ")
                                + ForceTime.dateTime(m.at())
                                + fitness("detain", c.fitToDetain().orElse(null))
                                + fitness("interview", c.fitToInterview().orElse(null)),
                        c.fitToDetain().orElse(true) && c.fitToInterview().orElse(true)))
                .orElse(new Right("Medical", "No healthcare professional called", true)));
        return rights;
    }

    private static Right legalAdvice(CustodyCare c) {
        var advice = c.last(CareFact.LegalAdvice.class);
        if (advice.isEmpty()) {
            return new Right("Legal advice", "Not yet asked", false);
        }
        if (!advice.get().requested()) {
            return new Right(
                    "Legal advice",
                    "Declined " + ForceTime.dateTime(advice.get().at()),
                    true);
        }
        String words = "Requested " + ForceTime.dateTime(advice.get().at())
                + (advice.get().solicitor() == null
                        ? " (duty solicitor)"
                        : ": " + advice.get().solicitor());
        var contacted = c.last(CareFact.SolicitorContacted.class);
        var arrived = c.last(CareFact.SolicitorArrived.class);
        if (contacted.isPresent()) {
            words += "; contacted " + ForceTime.dateTime(contacted.get().contactedAt());
        }
        if (arrived.isPresent()) {
            words += "; " + arrived.get().solicitor() + " arrived "
                    + ForceTime.dateTime(arrived.get().arrivedAt());
        }
        return new Right("Legal advice", words, arrived.isPresent());
    }

    private static Right informed(CustodyCare c) {
        List<String> parts = new ArrayList<>();
        boolean settled = true;
        for (CareFact.InformRequested r : of(c, CareFact.InformRequested.class)) {
            var told = of(c, CareFact.PersonInformed.class).stream()
                    .filter(p -> p.who().equals(r.who()))
                    .findFirst();
            var delayed = of(c, CareFact.InformingDelayed.class).stream()
                    .filter(p -> p.who().equals(r.who()))
                    .findFirst();
            if (told.isPresent()) {
                parts.add(r.who() + ": told " + ForceTime.dateTime(told.get().informedAt()));
            } else if (delayed.isPresent()) {
                parts.add(r.who() + ": delayed on the authority of "
                        + delayed.get().inspector());
            } else {
                parts.add(r.who() + ": not yet told");
                settled = false;
            }
        }
        return new Right("Someone informed", parts.isEmpty() ? "No one asked for" : String.join("; ", parts), settled);
    }

    private static String fitness(String what, @org.jspecify.annotations.Nullable Boolean fit) {
        return fit == null ? "" : fit ? "; fit to " + what : "; NOT fit to " + what;
    }

    private static <T extends CareFact> List<T> of(CustodyCare c, Class<T> type) {
        return c.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
