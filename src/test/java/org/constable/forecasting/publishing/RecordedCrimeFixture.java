package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.Json;

/** Crimes recorded through the crime module's own API, as an investigator records them: made-up victims and places. */
final class RecordedCrimeFixture {

    private RecordedCrimeFixture() {}

    /** A made-up person to name as the victim of property crimes. */
    static long victim(Api api, String investigator) {
        var person = api.post(
                "/api/v1/persons",
                investigator,
                "{\"forename\":\"Vera\",\"surname\":\"Testcase\",\"dateOfBirth\":\"1970-05-06\",\"restricted\":false}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        return Json.read(person.body()).get("id").asLong();
    }

    /** Records a crime of the Home Office classification whose offence began at {@code from}, at the place. */
    static void crime(Api api, String investigator, long victim, String classification, Instant from, Area where) {
        var r = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"classificationCode\":\"" + classification + "\",\"occurredFrom\":\"" + from
                        + "\",\"occurredTo\":\"" + from.plusSeconds(600) + "\",\"reportedAt\":\""
                        + from.plusSeconds(1800) + "\",\"latitude\":"
                        + where.latitude() + ",\"longitude\":" + where.longitude()
                        + ",\"locationText\":\"Test place\",\"victims\":[{\"personId\":"
                        + victim
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Made-up test crime\",\"officerInCharge\":\""
                        + api.username(investigator) + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
