package org.constable.crime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constable.crime.persistence.CrimeRetentionStore;
import org.constable.shared.FreeTextRedactor;
import org.constable.shared.NameRedaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crimes as retention review (MoPI) needs them, and their disposal (ADR 0093). A system read: only
 * references, classifications and dates. Erasure removes the narrative, the modus operandi, the
 * place in words and the persons linked (victims, suspects, witnesses); the reference,
 * classification, dates and outcome stay, so the force's counts remain true. A disposed person's
 * names are redacted from every crime's narrative, modus operandi and place (ADR 0109). The caller audits.
 */
@Service
public class CrimeRetention implements FreeTextRedactor {

    /** A crime's classification (code, police.uk category, Home Office group) and its last activity. */
    public record Fact(
            long id,
            String reference,
            String classificationCode,
            String category,
            String homeOfficeGroup,
            LocalDate lastActivity) {}

    /** A classification of a crime a person is a suspect in. */
    public record Offence(String classificationCode, String category, String homeOfficeGroup) {}

    public static final List<String> ERASED =
            List.of("narrative", "modus operandi", "place in words", "victims, suspects and witnesses linked");

    private final CrimeRetentionStore store;
    private final Clock clock;

    CrimeRetention(CrimeRetentionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Up to {@code limit} crimes not erased with ids above {@code afterId}, in id order. */
    @Transactional(readOnly = true)
    public List<Fact> after(long afterId, int limit) {
        return store.after(afterId, null, limit).stream()
                .filter(r -> !r.erased())
                .map(CrimeRetention::fact)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Fact> of(long id) {
        return store.after(id - 1, id, 1).stream()
                .filter(r -> !r.erased())
                .map(CrimeRetention::fact)
                .findFirst();
    }

    /** For each person who is a suspect in a recorded crime, the classifications of those crimes. */
    @Transactional(readOnly = true)
    public Map<Long, List<Offence>> suspectedOffences(Collection<Long> personIds) {
        Map<Long, List<Offence>> out = new HashMap<>();
        for (var p : store.suspects(List.copyOf(personIds))) {
            out.computeIfAbsent(p.personId(), k -> new ArrayList<>())
                    .add(new Offence(p.classificationCode(), p.category(), p.homeOfficeGroup()));
        }
        return out;
    }

    /** Erases the crime's personal data (joins the caller's transaction); false if erased already or not there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(long crimeId) {
        return store.erase(crimeId, clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> redact(NameRedaction names) {
        return names.isEmpty() ? List.of() : store.redact(names);
    }

    private static Fact fact(CrimeRetentionStore.Row r) {
        return new Fact(
                r.id(), r.reference(), r.classificationCode(), r.category(), r.homeOfficeGroup(), r.lastActivity());
    }
}
