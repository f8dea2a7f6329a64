package org.constable.crime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The closed vocabularies of the police.uk street-level file. A value outside them is never copied
 * through: an unknown crime type is published as "Other crime", an unknown outcome as "Status
 * update unavailable", and an LSOA only if it has the shape of an ONS code and name. This is what
 * stops a free-text field leaking into a column that looks like a category.
 */
public final class PoliceUkCategories {

    public enum CrimeType {
        ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour", "anti-social-behaviour"),
        BICYCLE_THEFT("Bicycle theft", "bicycle-theft"),
        BURGLARY("Burglary", "burglary"),
        CRIMINAL_DAMAGE_AND_ARSON("Criminal damage and arson", "criminal-damage-arson"),
        DRUGS("Drugs", "drugs"),
        OTHER_THEFT("Other theft", "other-theft"),
        POSSESSION_OF_WEAPONS("Possession of weapons", "possession-of-weapons"),
        PUBLIC_ORDER("Public order", "public-order"),
        ROBBERY("Robbery", "robbery"),
        SHOPLIFTING("Shoplifting", "shoplifting"),
        THEFT_FROM_THE_PERSON("Theft from the person", "theft-from-the-person"),
        VEHICLE_CRIME("Vehicle crime", "vehicle-crime"),
        VIOLENCE_AND_SEXUAL_OFFENCES("Violence and sexual offences", "violent-crime"),
        OTHER_CRIME("Other crime", "other-crime");

        private final String label;
        private final String slug;

        CrimeType(String label, String slug) {
            this.label = label;
            this.slug = slug;
        }

        public String label() {
            return label;
        }

        /** The police.uk API's category slug, as the crime module's classification list carries it. */
        public String slug() {
            return slug;
        }

        /** The category for a label, police.uk slug or code as the crime module gives it; anything unknown is "Other crime". */
        public static CrimeType of(String text) {
            if (text == null) {
                return OTHER_CRIME;
            }
            String t = text.trim();
            return Arrays.stream(values())
                    .filter(c -> c.label.equalsIgnoreCase(t)
                            || c.slug.equalsIgnoreCase(t)
                            || c.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_')))
                    .findFirst()
                    .orElse(OTHER_CRIME);
        }
    }

    public static final String UNDER_INVESTIGATION = "Under investigation";
    public static final String STATUS_UPDATE_UNAVAILABLE = "Status update unavailable";

    /** Home Office outcome type number → police.uk "Last outcome category". */
    private static final Map<Integer, String> OUTCOMES = Map.ofEntries(
            Map.entry(1, "Awaiting court outcome"),
            Map.entry(2, "Offender given a caution"),
            Map.entry(3, "Offender given a caution"),
            Map.entry(4, "Suspect charged as part of another case"),
            Map.entry(5, "Investigation complete; no suspect identified"),
            Map.entry(6, "Offender given penalty notice"),
            Map.entry(7, "Offender given a drugs possession warning"),
            Map.entry(8, "Local resolution"),
            Map.entry(9, "Formal action is not in the public interest"),
            Map.entry(10, "Formal action is not in the public interest"),
            Map.entry(11, "Unable to prosecute suspect"),
            Map.entry(12, "Unable to prosecute suspect"),
            Map.entry(13, "Unable to prosecute suspect"),
            Map.entry(14, "Investigation complete; no suspect identified"),
            Map.entry(15, "Unable to prosecute suspect"),
            Map.entry(16, "Unable to prosecute suspect"),
            Map.entry(17, "Unable to prosecute suspect"),
            Map.entry(18, "Investigation complete; no suspect identified"),
            Map.entry(20, "Action to be taken by another organisation"),
            Map.entry(21, "Further investigation is not in the public interest"),
            Map.entry(22, "Local resolution"));

    public static final List<String> OUTCOME_CATEGORIES =
            OUTCOMES.values().stream().distinct().sorted().toList();

    private static final Pattern OUTCOME_NUMBER = Pattern.compile("(\\d{1,2})");
    private static final Pattern LSOA_CODE = Pattern.compile("^[EW]01\\d{6}$");
    private static final Pattern LSOA_NAME = Pattern.compile("^[A-Za-z][A-Za-z ,.'&-]{0,60} \\d{3}[A-Z]$");

    private PoliceUkCategories() {}

    /** The last outcome category for a Home Office outcome type ("18", "OUTCOME_18", "Outcome 18"), or under investigation if none. */
    public static String lastOutcome(@Nullable String homeOfficeOutcomeType) {
        if (homeOfficeOutcomeType == null || homeOfficeOutcomeType.isBlank()) {
            return UNDER_INVESTIGATION;
        }
        Matcher m = OUTCOME_NUMBER.matcher(homeOfficeOutcomeType.toUpperCase(Locale.ROOT));
        if (!m.find()) {
            return STATUS_UPDATE_UNAVAILABLE;
        }
        return OUTCOMES.getOrDefault(Integer.parseInt(m.group(1)), STATUS_UPDATE_UNAVAILABLE);
    }

    /** The LSOA code and name if both have the shape ONS gives them; otherwise neither is published. */
    public static Optional<String[]> lsoa(@Nullable String code, @Nullable String name) {
        if (code != null
                && name != null
                && LSOA_CODE.matcher(code.trim()).matches()
                && LSOA_NAME.matcher(name.trim()).matches()) {
            return Optional.of(new String[] {code.trim(), name.trim()});
        }
        return Optional.empty();
    }
}
