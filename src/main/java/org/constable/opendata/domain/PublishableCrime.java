package org.constable.opendata.domain;

import java.time.YearMonth;
import org.constable.crime.PoliceUkCategories;
import org.jspecify.annotations.Nullable;

/**
 * One crime as police.uk may publish it and nothing more: every field here is either a fixed
 * category, the month, the force's name, an anonymous snap point, a statistical area or a keyed
 * hash. There is deliberately no field that could carry a name, an exact date or free text.
 */
public record PublishableCrime(
        @Nullable String crimeIdHash,
        YearMonth month,
        String force,
        @Nullable SnapPoint snap,
        @Nullable String lsoaCode,
        @Nullable String lsoaName,
        PoliceUkCategories.CrimeType crimeType,
        @Nullable String lastOutcomeCategory) {}
