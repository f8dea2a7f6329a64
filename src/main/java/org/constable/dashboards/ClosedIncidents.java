package org.constable.dashboards;

import java.time.Instant;
import java.util.List;
import org.constable.dashboards.facts.IncidentFacts;
import org.springframework.stereotype.Service;

/**
 * The closed incidents dashboards keep from dispatch's IncidentClosed (no personal fields, no
 * location text), for open data's anti-social behaviour rows. Dashboards owns the read model; other
 * modules read it only here.
 */
@Service
public class ClosedIncidents {

    private final IncidentFacts facts;

    ClosedIncidents(IncidentFacts facts) {
        this.facts = facts;
    }

    /** Incidents reported in [from, to), oldest first. */
    public List<IncidentFact> reportedBetween(Instant from, Instant to) {
        return facts.reportedBetween(from, to);
    }
}
