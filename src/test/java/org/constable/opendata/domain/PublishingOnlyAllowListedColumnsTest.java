package org.constable.opendata.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.constable.opendata.application.StreetLevelCsv;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Test;

/** The street-level file has exactly police.uk's twelve columns, and free text cannot ride in on a category. */
class PublishingOnlyAllowListedColumnsTest {

    static final byte[] KEY = "a key of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8);
    static final SnapPoint STREET = new SnapPoint("On or near High Street", new GeoPoint(53.45, -2.2), 12);

    @Test
    void theFileHasPoliceUksTwelveColumnsInOrderAndAnEmptyContext() {
        var publication = new StreetLevelPublication(
                "Test Police", new PoliceUkSnapPointRule(List.of(STREET)), new CrimeIdHash(KEY));
        var crime = publication.publish(new StreetLevelPublication.SourceCrime(
                42,
                YearMonth.of(2026, 10),
                new GeoPoint(53.4501, -2.2001),
                "Burglary",
                "OUTCOME_18",
                "E01005131",
                "Manchester 045A"));

        String csv = new String(StreetLevelCsv.write(List.of(crime)), StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");

        assertThat(lines[0])
                .isEqualTo("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                        + "Crime type,Last outcome category,Context");
        assertThat(lines[1].split(",", -1))
                .containsExactly(
                        new CrimeIdHash(KEY).of(42),
                        "2026-10",
                        "Test Police",
                        "Test Police",
                        "-2.200000",
                        "53.450000",
                        "On or near High Street",
                        "E01005131",
                        "Manchester 045A",
                        "Burglary",
                        "Investigation complete; no suspect identified",
                        "");
        assertThat(Arrays.stream(StreetLevelColumn.values()).map(StreetLevelColumn::header))
                .hasSize(12);
    }

    @Test
    void aCategoryOrOutcomeOutsideTheVocabularyIsNeverCopiedThrough() {
        var publication = new StreetLevelPublication(
                "Test Police", new PoliceUkSnapPointRule(List.of(STREET)), new CrimeIdHash(KEY));
        var crime = publication.publish(new StreetLevelPublication.SourceCrime(
                7,
                YearMonth.of(2026, 10),
                null,
                "Assault on Jane Doe at 4 Elm Road",
                "victim Jane Doe withdrew",
                "Jane Doe's house",
                "4 Elm Road"));

        String csv = new String(StreetLevelCsv.write(List.of(crime)), StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain("Jane").doesNotContain("Elm");
        assertThat(csv.split("\n")[1].split(",", -1))
                .containsExactly(
                        new CrimeIdHash(KEY).of(7),
                        "2026-10",
                        "Test Police",
                        "Test Police",
                        "",
                        "",
                        "No Location",
                        "",
                        "",
                        "Other crime",
                        "Status update unavailable",
                        "");
    }

    @Test
    void theCrimeIdIsAKeyedHashThatDiffersUnderAnotherKey() {
        String id = new CrimeIdHash(KEY).of(1);
        assertThat(id).matches("[0-9a-f]{64}");
        assertThat(new CrimeIdHash("another key, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8)).of(1))
                .isNotEqualTo(id);
    }
}
