package org.constable.forecasting.publishing.domain;

import java.util.Locale;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Which crimes a forecast was made from. Historic police.uk crimes are known only to the month;
 * the force's own recorded crimes carry the time the offence began, so only they support a
 * next-day or next-week forecast (ADR 0033).
 */
public enum DataSource {
    POLICE_UK_MONTHS("historic police.uk crimes (known to the month)"),
    RECORDED_EXACT("the force's recorded crimes (exact offence times)");

    private final String label;

    DataSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "historic" or "police-uk" (the default when nothing is given), or "recorded". */
    public static DataSource parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return POLICE_UK_MONTHS;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "historic", "police-uk", "police-uk-months" -> POLICE_UK_MONTHS;
            case "recorded", "recorded-exact" -> RECORDED_EXACT;
            default ->
                throw new InvalidInput(
                        "source",
                        "Unknown data source '" + text
                                + "': use historic (police.uk months) or recorded (the force's recorded crimes)");
        };
    }
}
