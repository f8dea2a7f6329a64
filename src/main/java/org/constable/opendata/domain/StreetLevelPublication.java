package org.constable.opendata.domain;

import java.time.YearMonth;
import org.constable.crime.PoliceUkCategories;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Turns a recorded crime into its publishable form: hashed id, month only, the force, the snap
 * point instead of the place, categories from the closed vocabularies. Anything else the source
 * knows is simply not an input here.
 */
public final class StreetLevelPublication {

    /** What the publication reads of a crime; the month is already reduced from the date by the caller. */
    public record SourceCrime(
            long crimeId,
            YearMonth month,
            @Nullable GeoPoint place,
            String policeUkCategory,
            @Nullable String homeOfficeOutcome,
            @Nullable String lsoaCode,
            @Nullable String lsoaName) {}

    private final String force;
    private final PoliceUkSnapPointRule snapRule;
    private final CrimeIdHash hash;

    public StreetLevelPublication(String force, PoliceUkSnapPointRule snapRule, CrimeIdHash hash) {
        this.force = force;
        this.snapRule = snapRule;
        this.hash = hash;
    }

    public PublishableCrime publish(SourceCrime crime) {
        var lsoa = PoliceUkCategories.lsoa(crime.lsoaCode(), crime.lsoaName());
        return new PublishableCrime(
                hash.of(crime.crimeId()),
                crime.month(),
                force,
                snapRule.snap(crime.place()).orElse(null),
                lsoa.map(l -> l[0]).orElse(null),
                lsoa.map(l -> l[1]).orElse(null),
                PoliceUkCategories.CrimeType.of(crime.policeUkCategory()),
                PoliceUkCategories.lastOutcome(crime.homeOfficeOutcome()));
    }

    /** An anti-social behaviour incident: no crime id and no outcome, as police.uk publishes them. */
    public PublishableCrime publishAntiSocialBehaviour(YearMonth month, @Nullable GeoPoint place) {
        return new PublishableCrime(
                null,
                month,
                force,
                snapRule.snap(place).orElse(null),
                null,
                null,
                PoliceUkCategories.CrimeType.ANTI_SOCIAL_BEHAVIOUR,
                null);
    }
}
