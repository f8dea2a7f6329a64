package org.constable.retention.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.contact.CallRetention;
import org.constable.crime.CrimeRetention;
import org.constable.dispatch.IncidentRetention;
import org.constable.intelligence.ReportRetention;
import org.constable.people.PersonRetention;
import org.constable.shared.FreeTextRedactor;
import org.constable.shared.NameRedaction;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * Erases a disposed record's personal data through the module that owns it (ADRs 0093, 0109): a
 * person (after its names are redacted from free text held anywhere), a crime, an incident with its
 * calls, an intelligence report. Runs inside the disposal's transaction; says what was erased and
 * where text was redacted, for the ERASURE entry, never the data itself.
 */
@Component
class RecordDisposal {

    /** What a disposal took away: the kinds of data, and the places where a name was redacted. */
    record Erased(List<String> kinds, List<String> redactedIn) {}

    private final PersonRetention persons;
    private final CrimeRetention crimes;
    private final IncidentRetention incidents;
    private final CallRetention calls;
    private final ReportRetention reports;
    private final List<FreeTextRedactor> freeText;

    RecordDisposal(
            PersonRetention persons,
            CrimeRetention crimes,
            IncidentRetention incidents,
            CallRetention calls,
            ReportRetention reports,
            List<FreeTextRedactor> freeText) {
        this.persons = persons;
        this.crimes = crimes;
        this.incidents = incidents;
        this.calls = calls;
        this.reports = reports;
        this.freeText = freeText;
    }

    Erased erase(RecordType type, long id) {
        return switch (type) {
            case PERSON -> {
                NameRedaction names = persons.namesOf(id);
                List<String> redacted = new ArrayList<>();
                freeText.forEach(holder -> redacted.addAll(holder.redact(names)));
                persons.erase(id);
                redacted.sort(null);
                yield new Erased(PersonRetention.ERASED, redacted);
            }
            case CRIME -> {
                crimes.erase(id);
                yield new Erased(CrimeRetention.ERASED, List.of());
            }
            case INCIDENT -> {
                incidents.erase(id);
                calls.eraseCallsOn(id);
                List<String> kinds = new ArrayList<>(IncidentRetention.ERASED);
                kinds.addAll(CallRetention.ERASED);
                yield new Erased(kinds, List.of());
            }
            case INTELLIGENCE_REPORT -> {
                reports.erase(id);
                yield new Erased(ReportRetention.ERASED, List.of());
            }
            default -> throw new IllegalArgumentException("retention review does not cover " + type.words());
        };
    }
}
