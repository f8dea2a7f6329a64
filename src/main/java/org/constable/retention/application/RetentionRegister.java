package org.constable.retention.application;

import java.util.List;
import java.util.Map;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeRetention;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.IncidentRaised;
import org.constable.dispatch.IncidentRetention;
import org.constable.intelligence.ReportRetention;
import org.constable.intelligence.ReportSubmitted;
import org.constable.people.PersonChanged;
import org.constable.people.PersonRetention;
import org.constable.retention.domain.RetentionRules;
import org.constable.retention.domain.RetentionRules.Placement;
import org.constable.retention.persistence.RetentionStore;
import org.constable.retention.persistence.RetentionStore.Entry;
import org.constable.shared.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the retention register complete (ADR 0092). At start it places every crime, incident,
 * intelligence report and person not yet placed (a back-fill that resumes where it stopped, in id
 * order, in batches); afterwards each new or changed record is placed when its owner says so
 * (crime recorded, incident raised or changed, intelligence report submitted, person changed), and
 * the sweep at each start catches anything an event did not (ADR 0109).
 */
@Component
@Order(80)
public class RetentionRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RetentionRegister.class);
    private static final int BATCH = 500;

    private final RetentionStore store;
    private final RetentionRules rules;
    private final CrimeRetention crimes;
    private final IncidentRetention incidents;
    private final ReportRetention reports;
    private final PersonRetention persons;

    RetentionRegister(
            RetentionStore store,
            RetentionRules rules,
            CrimeRetention crimes,
            IncidentRetention incidents,
            ReportRetention reports,
            PersonRetention persons) {
        this.store = store;
        this.rules = rules;
        this.crimes = crimes;
        this.incidents = incidents;
        this.reports = reports;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        int placed = backFill();
        if (placed > 0) {
            log.info("Retention register: {} records placed in their retention groups", placed);
        }
    }

    /** Places every record not yet in the register; returns how many. */
    public int backFill() {
        int n = 0;
        for (List<CrimeRetention.Fact> b = crimes.after(store.highestId(RecordType.CRIME), BATCH);
                !b.isEmpty();
                b = crimes.after(b.get(b.size() - 1).id(), BATCH)) {
            b.forEach(this::place);
            n += b.size();
        }
        for (List<IncidentRetention.Fact> b = incidents.after(store.highestId(RecordType.INCIDENT), BATCH);
                !b.isEmpty();
                b = incidents.after(b.get(b.size() - 1).id(), BATCH)) {
            b.forEach(this::place);
            n += b.size();
        }
        for (List<ReportRetention.Fact> b = reports.after(store.highestId(RecordType.INTELLIGENCE_REPORT), BATCH);
                !b.isEmpty();
                b = reports.after(b.get(b.size() - 1).id(), BATCH)) {
            b.forEach(this::place);
            n += b.size();
        }
        for (List<PersonRetention.Fact> b = persons.after(store.highestId(RecordType.PERSON), BATCH);
                !b.isEmpty();
                b = persons.after(b.get(b.size() - 1).id(), BATCH)) {
            placePersons(b);
            n += b.size();
        }
        return n;
    }

    @ApplicationModuleListener
    void on(CrimeRecorded e) {
        crimes.of(e.crimeId()).ifPresent(this::place);
    }

    @ApplicationModuleListener
    void on(IncidentRaised e) {
        incidents.of(e.incidentId()).ifPresent(this::place);
    }

    @ApplicationModuleListener
    void on(ReportSubmitted e) {
        reports.of(e.reportId()).ifPresent(this::place);
    }

    @ApplicationModuleListener
    void on(IncidentChanged e) {
        incidents.of(e.incidentId()).ifPresent(this::place);
    }

    @ApplicationModuleListener
    void on(PersonChanged e) {
        persons.of(e.personId()).ifPresent(p -> placePersons(List.of(p)));
    }

    void place(CrimeRetention.Fact c) {
        Placement p = rules.crime(c.classificationCode(), c.category(), c.homeOfficeGroup());
        store.place(new Entry(
                RecordType.CRIME,
                c.id(),
                c.reference(),
                p.group(),
                p.basis(),
                c.lastActivity(),
                rules.nextReview(p.group(), c.lastActivity()),
                null,
                false));
    }

    void place(IncidentRetention.Fact i) {
        Placement p = rules.incident(i.callType());
        store.place(new Entry(
                RecordType.INCIDENT,
                i.id(),
                i.reference(),
                p.group(),
                p.basis(),
                i.lastActivity(),
                rules.nextReview(p.group(), i.lastActivity()),
                null,
                false));
    }

    void place(ReportRetention.Fact r) {
        Placement p = rules.intelligence();
        store.place(new Entry(
                RecordType.INTELLIGENCE_REPORT,
                r.id(),
                "Intelligence report " + r.id(),
                p.group(),
                p.basis(),
                r.lastActivity(),
                rules.nextReview(p.group(), r.lastActivity()),
                null,
                false));
    }

    void placePersons(List<PersonRetention.Fact> batch) {
        Map<Long, List<CrimeRetention.Offence>> offences = crimes.suspectedOffences(
                batch.stream().map(PersonRetention.Fact::id).toList());
        for (PersonRetention.Fact f : batch) {
            List<Placement> asSuspect = offences.getOrDefault(f.id(), List.of()).stream()
                    .map(o -> rules.crime(o.classificationCode(), o.category(), o.homeOfficeGroup()))
                    .toList();
            Placement p = rules.person(asSuspect, f.warningMarkers());
            store.place(new Entry(
                    RecordType.PERSON,
                    f.id(),
                    "Person " + f.id(),
                    p.group(),
                    p.basis(),
                    f.lastActivity(),
                    rules.nextReview(p.group(), f.lastActivity()),
                    rules.keepUntil(p.group(), f.dateOfBirth()),
                    false));
        }
    }
}
