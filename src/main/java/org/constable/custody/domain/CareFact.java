package org.constable.custody.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded fact of a detainee's care under PACE Code C: the rights given and what the detainee
 * chose, the solicitor, the person to be told, the interpreter, property, meals, medical attention,
 * visitors and interviews. Each is recorded at {@code at} by {@code by} and never changed; the
 * custody record's state ({@link CustodyCare}) is what the facts add up to.
 */
public sealed interface CareFact {

    EntryKind kind();

    Instant at();

    String by();

    /** The rights and entitlements given (Code C 3.1): legal advice, someone informed, the codes of practice. */
    record RightsGiven(Instant at, String by, RightsOccasion occasion, boolean codesOffered) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.RIGHTS_GIVEN;
        }
    }

    /** The detainee's answer to the offer of free legal advice, with the solicitor named if one is asked for. */
    record LegalAdvice(
            Instant at,
            String by,
            boolean requested,
            @Nullable String solicitor,
            @Nullable String note) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.LEGAL_ADVICE;
        }
    }

    record SolicitorContacted(Instant at, String by, String solicitor, Instant contactedAt) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.SOLICITOR_CONTACTED;
        }
    }

    record SolicitorArrived(Instant at, String by, String solicitor, Instant arrivedAt) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.SOLICITOR_ARRIVED;
        }
    }

    /** The appropriate adult named on the record arrived at the suite (Code C 3.15-3.17). */
    record AppropriateAdultArrived(Instant at, String by, String adult, Instant arrivedAt) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.APPROPRIATE_ADULT_ARRIVED;
        }
    }

    /** PACE s.56: the person the detainee wants told of the arrest. */
    record InformRequested(Instant at, String by, String who) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.INFORM_REQUESTED;
        }
    }

    record PersonInformed(Instant at, String by, String who, Instant informedAt) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.PERSON_INFORMED;
        }
    }

    /** PACE s.56(2): telling someone is delayed on an inspector's authority, with the grounds. */
    record InformingDelayed(Instant at, String by, String who, String inspector, String grounds) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.INFORMING_DELAYED;
        }
    }

    record Interpreter(Instant at, String by, String language, String name, Instant arrivedAt) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.INTERPRETER;
        }
    }

    /** An item taken from the detainee; {@code item} numbers it within the record. */
    record PropertyTaken(
            Instant at,
            String by,
            int item,
            String description,
            @Nullable String bag) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.PROPERTY_TAKEN;
        }
    }

    /** The item handed back ({@code retained} false) or kept as evidence ({@code retained} true). */
    record PropertyDealtWith(
            Instant at,
            String by,
            int item,
            boolean retained,
            @Nullable String note) implements CareFact {
        @Override
        public EntryKind kind() {
            return retained ? EntryKind.PROPERTY_RETAINED : EntryKind.PROPERTY_RETURNED;
        }
    }

    record Meal(Instant at, String by, String offered, boolean taken) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.MEAL;
        }
    }

    /**
     * A healthcare professional called or seen, what they said, and whether the detainee is fit to be
     * detained and to be interviewed (null: not said).
     */
    record Medical(
            Instant at,
            String by,
            String professional,
            boolean seen,
            String said,
            @Nullable Boolean fitToDetain,
            @Nullable Boolean fitToInterview)
            implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.MEDICAL;
        }
    }

    /** Someone who visited the detainee (not a cell check). */
    record Visitor(
            Instant at, String by, String who, @Nullable String purpose) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.VISITOR;
        }
    }

    record InterviewScheduled(Instant at, String by, int interview, Instant scheduledFor, String officer)
            implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.INTERVIEW_SCHEDULED;
        }
    }

    /** An interview begins, with who is present, and the grounds for going ahead where a safeguard is missing. */
    record InterviewStarted(
            Instant at,
            String by,
            int interview,
            boolean solicitorPresent,
            boolean appropriateAdultPresent,
            boolean interpreterPresent,
            @Nullable String groundsToProceed)
            implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.INTERVIEW_STARTED;
        }
    }

    /** The interview ends; the recording is a plain reference until the evidence module keeps recordings. */
    record InterviewEnded(Instant at, String by, int interview, String recordingReference) implements CareFact {
        @Override
        public EntryKind kind() {
            return EntryKind.INTERVIEW_ENDED;
        }
    }
}
