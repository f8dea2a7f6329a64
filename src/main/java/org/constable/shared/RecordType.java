package org.constable.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of kinds of record one module may name to another, to the audit trail and to
 * access decisions. The code is what the audit trail and stored grants hold ("person"); a module
 * that adds a kind of record adds it here, so no module has to trust another's string.
 */
public enum RecordType {
    PERSON("person"),
    LOCATION("location"),
    VEHICLE("vehicle"),
    COMBINATION("combination"),
    CALL("call"),
    INCIDENT("incident"),
    UNIT("unit"),
    CRIME("crime"),
    VICTIM_CARE("victim-care"),
    CASE_EVENT("case-event"),
    DETENTION("detention"),
    INTELLIGENCE_REPORT("intelligence-report"),
    CUSTODY_SUITE("custody-suite"),
    CRIME_IMPORT_RUN("crime-import-run"),
    CRIME_IMPORT_FILE("crime-import-file"),
    PUBLISHED_FORECAST("published-forecast"),
    PATROL_DOSAGE("patrol-dosage"),
    BACKTEST("backtest"),
    OPEN_DATA_EXPORT("open-data-export"),
    USER("user"),
    TERMINAL("terminal"),
    NEED_TO_KNOW("need-to-know"),
    ROLE_CHANGE("role-change"),
    INVESTIGATION("investigation"),
    INVESTIGATION_ACTION("investigation-action"),
    LINE_OF_ENQUIRY("line-of-enquiry"),
    SUPERVISORY_REVIEW("supervisory-review"),
    WARRANT("warrant"),
    EXHIBIT("exhibit"),
    PROPERTY_STORE("property-store"),
    DIGITAL_EVIDENCE("digital-evidence"),
    CASE_FILE("case-file"),
    SAFEGUARDING_REFERRAL("safeguarding-referral"),
    RISK_ASSESSMENT("risk-assessment"),
    /** A covert human intelligence source: only ever its opaque number, never its pseudonym (ADR 0104). */
    SOURCE("source"),
    COVERT_OPERATION("covert-operation"),
    DIRECTED_SURVEILLANCE("directed-surveillance");

    private static final Map<String, RecordType> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RecordType::code, Function.identity()));

    private final String code;

    RecordType(String code) {
        this.code = code;
    }

    /** The stored and printed name, e.g. "victim-care". */
    public String code() {
        return code;
    }

    /** The kind with this code, if it is one. */
    public static Optional<RecordType> fromCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The kind with this code; a code that is none is a programming error, never a user's. */
    public static RecordType ofCode(String code) {
        RecordType type = code == null ? null : BY_CODE.get(code);
        if (type == null) {
            throw new IllegalArgumentException("not a record type: " + code);
        }
        return type;
    }

    /** In words for people, e.g. "victim care". */
    public String words() {
        return code.replace('-', ' ');
    }

    @Override
    public String toString() {
        return code;
    }
}
