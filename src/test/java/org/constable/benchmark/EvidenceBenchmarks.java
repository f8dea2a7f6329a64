package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.Json;

/** What the evidence benchmarks share: an exhibit of a recorded crime to hang media on, and a median. */
final class EvidenceBenchmarks {

    private EvidenceBenchmarks() {}

    /**
     * An exhibit (an interview recording) of a crime recorded over the API at a new address with one
     * victim, so that digital evidence can be uploaded to it as an investigator would.
     */
    static long exhibitOfARecordedCrime(
            Api api, String supervisor, Instant now, String street, String surname, String reference, String seal) {
        var at = CommandAndControl.freshArea();
        var loc = api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"" + street + "\",\"town\":\"Testford\",\"latitude\":" + at.latitude() + ",\"longitude\":"
                        + at.longitude() + ",\"restricted\":false}");
        assertThat(loc.status()).as(loc.body()).isEqualTo(201);
        var person = api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Ivy\",\"surname\":\"" + surname + "\",\"restricted\":false}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        var occurred = now.minus(Duration.ofHours(3));
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + Json.read(loc.body()).get("id").asLong()
                        + ",\"victims\":[{\"personId\":"
                        + Json.read(person.body()).get("id").asLong()
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Struck\",\"officerInCharge\":\""
                        + api.username(supervisor) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        var e = api.post(
                "/api/v1/exhibits",
                supervisor,
                "{\"crimeId\":" + Json.read(crime.body()).get("id").asLong()
                        + ",\"reference\":\"" + reference + "\",\"description\":\"Interview recording\","
                        + "\"seizedWhere\":\"Custody\",\"seal\":\"" + seal + "\",\"seizedAt\":\""
                        + now.minus(Duration.ofHours(2)) + "\"}");
        assertThat(e.status()).as(e.body()).isEqualTo(201);
        return Json.read(e.body()).get("id").asLong();
    }

    static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
