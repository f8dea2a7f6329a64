package org.constable.contact;

import java.util.List;
import org.constable.contact.persistence.CallErasureStore;
import org.constable.shared.FreeTextRedactor;
import org.constable.shared.NameRedaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls under retention review (ADR 0109): a call is part of the incident it raised or joined, so
 * disposing of the incident erases its calls' caller, place, words and people named (the channel,
 * times, grade and THRIVE stay for the answer-time and grading counts); a disposed person's names
 * are redacted from every call. The caller audits.
 */
@Service
public class CallRetention implements FreeTextRedactor {

    /** The kinds of data an erasure removes from the incident's calls, in words for the ERASURE entry. */
    public static final List<String> ERASED =
            List.of("callers' names and numbers", "calls' places and words", "people named in the calls");

    private final CallErasureStore store;

    CallRetention(CallErasureStore store) {
        this.store = store;
    }

    /** Erases the calls on the incident (joins the caller's transaction); returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseCallsOn(long incidentId) {
        return store.eraseCallsOn(incidentId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> redact(NameRedaction names) {
        return names.isEmpty() ? List.of() : store.redact(names);
    }
}
