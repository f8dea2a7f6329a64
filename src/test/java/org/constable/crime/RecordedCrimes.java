package org.constable.crime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records CrimeRecorded events once their transaction has committed, for tests to inspect. */
@Component
class RecordedCrimes {

    private final List<CrimeRecorded> recorded = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(CrimeRecorded e) {
        recorded.add(e);
    }

    List<CrimeRecorded> of(long crimeId) {
        return recorded.stream().filter(e -> e.crimeId() == crimeId).toList();
    }
}
