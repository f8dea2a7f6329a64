package org.constable.dispatch;

import java.util.List;
import org.constable.dispatch.domain.Words;

/**
 * What a call is about, as the call handler picks it and the board shows it: a code stored on the
 * incident (ASSAULT, CONCERN_FOR_WELFARE) and the words people read. A code sent through the API
 * that is not listed here is shown as its words.
 */
public final class CallTypes {

    public record CallType(String code, String label) {}

    public static final List<CallType> STANDARD = List.of(
            new CallType("ASSAULT", "Assault"),
            new CallType("BURGLARY", "Burglary"),
            new CallType("THEFT", "Theft"),
            new CallType("ROBBERY", "Robbery"),
            new CallType("DOMESTIC", "Domestic incident"),
            new CallType("CRIMINAL_DAMAGE", "Criminal damage"),
            new CallType("CONCERN_FOR_WELFARE", "Concern for welfare"),
            new CallType("SUSPICIOUS_ACTIVITY", "Suspicious activity"),
            new CallType("ROAD_TRAFFIC_COLLISION", "Road traffic collision"),
            new CallType("PUBLIC_DISORDER", "Public disorder"),
            new CallType("ANTI_SOCIAL_BEHAVIOUR", "Anti-social behaviour"),
            new CallType("MISSING_PERSON", "Missing person"),
            new CallType("OTHER", "Other"));

    private CallTypes() {}

    public static String label(String code) {
        if (code == null) {
            return "";
        }
        return STANDARD.stream()
                .filter(t -> t.code().equals(code))
                .map(CallType::label)
                .findFirst()
                .orElseGet(() -> Words.fromCode(code));
    }
}
