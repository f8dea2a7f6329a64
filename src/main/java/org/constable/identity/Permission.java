package org.constable.identity;

/** What an endpoint or use case needs. Roles are granted permissions; nobody holds a permission directly. */
public enum Permission {
    /** Any signed-in user: home page, own account. */
    SIGNED_IN,
    PERSON_READ,
    PERSON_WRITE,
    LOCATION_READ,
    LOCATION_WRITE,
    VEHICLE_READ,
    VEHICLE_WRITE,
    WARNING_MARKER_WRITE,
    AUDIT_READ,
    USER_ADMIN,
    NEED_TO_KNOW_GRANT,
    TERMINAL_ADMIN,
    METRICS_READ,
    /** Take a call and record it: every contact becomes or joins an incident. */
    CALL_HANDLE,
    INCIDENT_READ,
    /** Assign units, change an incident's grade, close it. */
    DISPATCH,
    /** An officer's own status and the log of the incident they attend. */
    UNIT_STATUS,
    INCIDENT_LOG_WRITE,
    /** Unit positions from the automatic vehicle location feed. */
    AVL_FEED,
    RESPONSE_REPORTS,
    /** See likely duplicate persons and combine two records of one person into one (and undo it). */
    PERSON_COMBINE,
    /** Import legacy crime data (police.uk street-level files) as historic crime records. */
    CRIME_IMPORT,
    /** Predictive mapping: run backtests and read forecasts (counts per cell, no personal data). */
    ANALYTICS_READ,
    /** Crime, call and attendance dashboards: counts and rates, no personal data. */
    DASHBOARD_READ,
    /** Publish the anonymised police.uk street-level file: a recorded disclosure. */
    OPEN_DATA_EXPORT,
    /** Read crime records. */
    CRIME_READ,
    /** Record a crime and ask for its re-classification or cancellation. */
    CRIME_RECORD,
    /** Record a crime's Home Office outcome. */
    CRIME_OUTCOME,
    /** The crime registrar's decisions: approve re-classification and cancellation, decide "no crime" on the NCRS monitor. */
    CRIME_REGISTRAR_DECIDE,
    /** The NCRS integrity monitor: queue and recording rate. */
    CRIME_MONITOR_READ,
    /** Victims' Code: record case events and victim contacts, see one's own due/overdue list. */
    VICTIM_CARE,
    /** Victims' Code: see the due/overdue list of the whole team (or force, for a supervisor without a team). */
    VICTIM_CARE_OVERSIGHT,
    /** Custody: read the suite board and custody records (the detainees in a suite, their clocks and log). */
    CUSTODY_READ,
    /** Custody officer: book in, decide detention, set observation levels, visit, record warrants and the disposal. */
    CUSTODY_RECORD,
    /**
     * Supervisors: review detention (PACE s.40), postpone a review and delay informing (an inspector or
     * above), extend detention (s.42, a superintendent or above); the rank is checked too (ADR 0071).
     */
    CUSTODY_REVIEW,
    /** Submit an intelligence report, and follow the reports one submitted: every operational role. */
    INTELLIGENCE_SUBMIT,
    /** Read graded intelligence, sanitised, with its grade: those who act on it (ADR 0075). */
    INTELLIGENCE_READ,
    /** The intelligence unit: evaluate (3x5x2), sanitise, read the original text, disseminate. */
    INTELLIGENCE_EVALUATE,
    /** Publish a hotspot forecast for patrol deployment (an operational decision, audited). */
    FORECAST_PUBLISH,
    /** Record patrol time spent in the cells of a published forecast ("dosage"). */
    DOSAGE_RECORD,
    /** Investigations: read an investigation, its plan, lines of enquiry, actions and reviews; one's own day. */
    INVESTIGATION_READ,
    /** Investigations: open one, write its plan, add and close lines of enquiry, raise, reassign and complete actions, finalise. */
    INVESTIGATION_WORK,
    /** Supervisory review: the review queue, recording a review, and the team's actions. */
    INVESTIGATION_REVIEW,
    /** Evidence: read exhibits, their continuity and the property stores (what is held where). */
    EVIDENCE_READ,
    /** Evidence: record an exhibit seized and each movement of it (handed to, stored, sent to a laboratory...). */
    EXHIBIT_RECORD,
    /** Evidence: open property stores, check a store against the records, record a disposal or return with its authority. */
    PROPERTY_STORE_MANAGE,
    /** Evidence: upload digital evidence (files, recordings) and download or play it (each an audited consultation or disclosure). */
    DIGITAL_EVIDENCE,
    /** Case files: build a prosecution file from an investigation, submit a version, export it (a recorded disclosure). */
    CASE_FILE,
    /** Retention review (MoPI): the queue of records due for review; retain with a reason, or dispose (erase). */
    RETENTION_REVIEW,
    /** Safeguarding: make a referral to a partner agency, complete a domestic-abuse risk assessment, work one's referrals. */
    SAFEGUARDING_REFER,
    /** Safeguarding: the team's and each agency's referral queues, and the referrals escalated to one (ADR 0089). */
    SAFEGUARDING_OVERSIGHT,
    /**
     * Covert human intelligence sources (ADR 0104): open the sources area, and work the sources one is
     * named on as handler or controller. The role alone shows no source: each is seen only by its own
     * handler, controller and the source registrars.
     */
    SOURCE_WORK,
    /** The source registrar: register sources, name their handler and controller, see every source and its true identity. */
    SOURCE_REGISTER,
    /**
     * Covert compartments: the covert area itself. Every role holds it; what anyone sees in it is
     * decided by membership of each operation alone (ADR 0101): to a non-member an operation is missing.
     */
    COVERT_COMPARTMENT,
    /** Open a covert operation and become its senior officer (ADR 0101). */
    COVERT_OPERATION_OPEN
}
