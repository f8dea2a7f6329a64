package org.constable.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.constable.identity.Role;
import org.constable.opendata.domain.CrimeIdHash;
import org.constable.opendata.persistence.OpenDataStore;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst publishes a month of street-level data. Canary markers are seeded in every personal
 * field a call, a person, an address and a recorded crime (victim, suspect, witness, narrative, MO,
 * outcome) can hold; none of them, and no exact date, may appear in
 * the file, its name or its headers. The export is a disclosure in the audit trail.
 */
@ConstableHttpTest
class PublishingAMonthOfOpenDataTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Autowired
    OpenDataStore store;

    final List<String> canaries = new ArrayList<>();

    String canary(String field) {
        String marker = "CANARY" + field.toUpperCase(Locale.ROOT)
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        canaries.add(marker);
        return marker;
    }

    @Test
    void noPersonalFieldNorExactDateReachesTheFileAndTheExportIsARecordedDisclosure() throws Exception {
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        Area area = CommandAndControl.freshArea();

        // a victim with an address, every field a marker
        var location = api.post(
                "/api/v1/locations",
                handler,
                "{\"premises\":\"" + canary("premises") + "\",\"street\":\"1 "
                        + canary("street") + " Road\",\"locality\":\"" + canary("locality") + "\",\"town\":\""
                        + canary("town") + "\","
                        + "\"latitude\":" + area.latitude() + ",\"longitude\":" + area.longitude()
                        + ",\"restricted\":false}");
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        long locationId = Json.read(location.body()).get("id").asLong();
        LocalDate dateOfBirth = LocalDate.of(1961, 2, 17);
        var person = api.post(
                "/api/v1/persons",
                handler,
                "{\"forename\":\"" + canary("forename") + "\",\"middleNames\":\""
                        + canary("middle") + "\",\"surname\":\"" + canary("surname") + "\",\"dateOfBirth\":\""
                        + dateOfBirth + "\","
                        + "\"description\":\"" + canary("description") + "\",\"restricted\":false}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        long personId = Json.read(person.body()).get("id").asLong();
        assertThat(api.post(
                                "/api/v1/persons/" + personId + "/addresses",
                                handler,
                                "{\"locationId\":" + locationId + ",\"kind\":\"HOME\"}")
                        .status())
                .isBetween(200, 204);

        // the call about anti-social behaviour there, with a narrative, a caller and THRIVE notes
        String thrive =
                thrive("LOW", "LOW", "LOW", "LOW").replace("\"note\":\"t\"", "\"note\":\"" + canary("thrive") + "\"");
        var call = api.post(
                "/api/v1/calls",
                handler,
                "{\"channel\":\"NON_EMERGENCY_101\",\"caller\":{\"anonymous\":false,\"name\":\""
                        + canary("caller") + "\",\"phone\":\"07700900417\",\"personId\":" + personId
                        + "},\"location\":{\"locationId\":" + locationId
                        + ",\"latitude\":" + area.latitude() + ",\"longitude\":" + area.longitude() + ",\"text\":\""
                        + canary("locationtext")
                        + "\"},\"whatHappened\":\"" + canary("narrative")
                        + " youths shouting\",\"callType\":\"ASB\",\"thrive\":" + thrive + "}");
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incidentId = Json.read(call.body()).get("incidentId").asLong();
        var closed = api.post(
                "/api/v1/incidents/" + incidentId + "/closure",
                dispatcher,
                "{\"classification\":\"ASB\",\"note\":\"" + canary("closing") + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        awaitFact(incidentId);

        // a crime recorded through the crime module: victim, suspect and witness with marked names,
        // dates of birth and home addresses; a marked narrative, MO, place description and outcome
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        String registrar = api.token(users, users.create(Role.CRIME_REGISTRAR));
        LocalDate victimBorn = LocalDate.of(1974, 8, 23);
        LocalDate suspectBorn = LocalDate.of(1988, 3, 9);
        LocalDate witnessBorn = LocalDate.of(1992, 11, 30);
        long victim = markedPerson(api, investigator, "victim", victimBorn, area);
        long suspect = markedPerson(api, investigator, "suspect", suspectBorn, area);
        long witness = markedPerson(api, investigator, "witness", witnessBorn, area);
        java.time.Instant occurred = clock.instant().minus(Duration.ofHours(3));
        var crime = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred
                        + "\",\"occurredTo\":\"" + occurred.plusSeconds(600) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(3600) + "\",\"latitude\":"
                        + area.offset(250, 0).latitude()
                        + ",\"longitude\":" + area.longitude() + ",\"locationText\":\"" + canary("crimeplace") + "\","
                        + "\"victims\":[{\"personId\":" + victim + ",\"vulnerableOrIntimidated\":true}],\"suspects\":["
                        + suspect
                        + "],\"witnesses\":[" + witness + "],\"narrative\":\"" + canary("crimenarrative")
                        + " pushed to the ground\","
                        + "\"modusOperandi\":\"" + canary("mo") + "\",\"officerInCharge\":\""
                        + users.createNamed(canary("officer").toLowerCase(Locale.ROOT), Role.INVESTIGATOR)
                                .username()
                        + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        long crimeId = Json.read(crime.body()).get("id").asLong();
        String reference = Json.read(crime.body()).get("reference").asString();
        assertThat(api.post(
                                "/api/v1/crimes/" + crimeId + "/outcomes",
                                investigator,
                                "{\"outcomeType\":\"1\",\"decidedOn\":\""
                                        + LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))
                                        + "\",\"decidedBy\":\"" + canary("decidedby")
                                        + "\",\"note\":\"" + canary("outcomenote") + "\"}")
                        .status())
                .isEqualTo(204);

        // a crime cancelled by the registrar was never a crime: it is not published
        long burgled = markedPerson(api, investigator, "burgled", LocalDate.of(1950, 1, 2), area);
        var cancelled = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"classificationCode\":\"28E\",\"occurredFrom\":\"" + occurred
                        + "\",\"occurredTo\":\"" + occurred.plusSeconds(600) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(3600) + "\",\"latitude\":"
                        + area.offset(250, 0).latitude()
                        + ",\"longitude\":" + area.longitude() + ",\"locationText\":\"" + canary("cancelledplace")
                        + "\","
                        + "\"victims\":[{\"personId\":" + burgled + ",\"vulnerableOrIntimidated\":false}],"
                        + "\"narrative\":\"" + canary("cancellednarrative") + "\",\"officerInCharge\":\""
                        + api.username(investigator) + "\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(201);
        long cancelledId = Json.read(cancelled.body()).get("id").asLong();
        var request = api.post(
                "/api/v1/crimes/" + cancelledId + "/change-requests",
                investigator,
                "{\"kind\":\"CANCEL\",\"ground\":\"ADDITIONAL_VERIFIABLE_INFORMATION\",\"reason\":\""
                        + canary("cancelreason") + "\"}");
        assertThat(request.status()).as(request.body()).isBetween(200, 201);
        assertThat(api.post(
                                "/api/v1/crime-change-requests/"
                                        + Json.read(request.body()).get("id").asLong() + "/decision",
                                registrar,
                                "{\"approve\":true}")
                        .status())
                .isEqualTo(204);

        // the street of the address has one address: it may never be a published place
        YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        String exactDay =
                LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).toString();
        clock.advance(Duration.ofDays(32));
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        var derived = api.post("/api/v1/open-data/snap-points/derivation", analyst, "");
        assertThat(derived.status()).as(derived.body()).isEqualTo(200);
        // a file's address counts are capped at the gazetteer's own addresses nearest each point (ADR 0046):
        // Broad Street's point covers these ten
        String recorder = api.token(users, users.create(Role.CALL_HANDLER));
        for (int i = 0; i < 10; i++) {
            var address = api.post(
                    "/api/v1/locations",
                    recorder,
                    "{\"street\":\"" + (i + 1) + " Broad Street\",\"town\":\"Testford\",\"latitude\":"
                            + area.offset(250 + 5 * i, 0).latitude() + ",\"longitude\":" + area.longitude()
                            + ",\"restricted\":false}");
            assertThat(address.status()).as(address.body()).isEqualTo(201);
        }
        var replaced = api.send(
                "PUT",
                "/api/v1/open-data/snap-points",
                analyst,
                "name,latitude,longitude,addresses\n"
                        + "On or near Tiny Row," + area.latitude() + "," + area.longitude() + ",7\n"
                        + "On or near Broad Street," + area.offset(250, 0).latitude() + "," + area.longitude()
                        + ",25\n");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);

        String recipient = "data.police.uk " + UUID.randomUUID();
        var export = api.post(
                "/api/v1/open-data/exports",
                analyst,
                "{\"month\":\"" + month + "\",\"recipient\":\"" + recipient
                        + "\",\"justification\":\"Monthly street-level publication\"}");
        assertThat(export.status()).as(export.body()).isEqualTo(201);
        long exportId = Json.read(export.body()).get("id").asLong();

        var file = api.get(
                "/api/v1/open-data/exports/" + exportId + "/file?purpose=Checking%20the%20publication", analyst);
        assertThat(file.status()).isEqualTo(200);
        String content = file.body();
        assertThat(content)
                .contains("Anti-social behaviour")
                .contains("On or near Broad Street")
                .doesNotContain("Tiny Row");
        // other tests record crimes in the same month: find ours by its keyed hash
        CrimeIdHash hash = new CrimeIdHash(store.crimeIdKey());
        List<String> ours = content.lines()
                .filter(l -> l.startsWith(hash.of(crimeId) + ","))
                .toList();
        assertThat(ours)
                .as("the recorded crime is published once, at the snap point, with its outcome")
                .hasSize(1);
        assertThat(ours.get(0))
                .contains("Violence and sexual offences")
                .contains("On or near Broad Street")
                .contains("Awaiting court outcome")
                .contains(month.toString())
                .doesNotContain(reference)
                .doesNotContain("," + crimeId + ",");
        assertThat(content.lines().filter(l -> l.startsWith(hash.of(cancelledId) + ",")))
                .as("the cancelled burglary is not published")
                .isEmpty();
        StringBuilder everything = new StringBuilder(content);
        file.headers()
                .map()
                .forEach((name, values) ->
                        everything.append('\n').append(name).append(": ").append(String.join(",", values)));
        everything.append('\n').append(export.body());
        String all = everything.toString().toUpperCase(Locale.ROOT);
        for (String marker : canaries) {
            assertThat(all).as("canary " + marker).doesNotContain(marker);
        }
        for (LocalDate born : List.of(victimBorn, suspectBorn, witnessBorn)) {
            assertThat(all)
                    .doesNotContain(born.toString())
                    .doesNotContain(born.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        assertThat(all)
                .doesNotContain(reference.toUpperCase(Locale.ROOT))
                .doesNotContain(occurred.toString().substring(0, 10));
        assertThat(all)
                .doesNotContain(dateOfBirth.toString())
                .doesNotContain(dateOfBirth.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain("07700900417")
                .doesNotContain(exactDay);
        assertThat(content.getBytes(StandardCharsets.UTF_8))
                .doesNotContain(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + month + "-constable-demonstration-police-street.csv\"");

        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE' AND recipient = ? "
                                + "AND purpose = 'Monthly street-level publication' AND record_refs LIKE ?",
                        recipient,
                        "%open-data-export:" + exportId + "%"))
                .isEqualTo(1);
    }

    @Test
    void anExportWithoutRecipientOrJustificationOrOfAMonthNotYetEndedIsRefusedAndDisclosesNothing() {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        long before = db.count("SELECT count(*) FROM analytics.open_data_export");
        String lastMonth = YearMonth.now(clock).minusMonths(1).toString();

        assertThat(api.post(
                                "/api/v1/open-data/exports",
                                supervisor,
                                "{\"month\":\"" + lastMonth + "\",\"recipient\":\"\"," + "\"justification\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/open-data/exports",
                                supervisor,
                                "{\"month\":\"" + lastMonth + "\",\"recipient\":\"Home Office\"}")
                        .status())
                .isEqualTo(400);
        var current = api.post(
                "/api/v1/open-data/exports",
                supervisor,
                "{\"month\":\"" + YearMonth.now(clock).plusMonths(1)
                        + "\",\"recipient\":\"Home Office\",\"justification\":\"Publication\"}");
        assertThat(current.status()).isEqualTo(400);
        assertThat(current.body()).contains("only after it has ended");
        assertThat(api.post(
                                "/api/v1/open-data/exports",
                                investigator,
                                "{\"month\":\"" + lastMonth + "\",\"recipient\":\"Home Office\","
                                        + "\"justification\":\"Publication\"}")
                        .status())
                .isEqualTo(403);

        assertThat(db.count("SELECT count(*) FROM analytics.open_data_export")).isEqualTo(before);
    }

    /** A person with a marked name, date of birth and home address, through the people API. */
    private long markedPerson(Api api, String token, String role, LocalDate born, Area area) {
        var location = api.post(
                "/api/v1/locations",
                token,
                "{\"premises\":\"" + canary(role + "premises") + "\",\"street\":\"2 "
                        + canary(role + "street") + " Lane\",\"town\":\"" + canary(role + "town") + "\",\"latitude\":"
                        + area.latitude()
                        + ",\"longitude\":" + area.longitude() + ",\"restricted\":false}");
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        var person = api.post(
                "/api/v1/persons",
                token,
                "{\"forename\":\"" + canary(role + "forename") + "\",\"surname\":\""
                        + canary(role + "surname") + "\",\"dateOfBirth\":\"" + born + "\",\"description\":\""
                        + canary(role + "description")
                        + "\",\"restricted\":false}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        long id = Json.read(person.body()).get("id").asLong();
        assertThat(api.post(
                                "/api/v1/persons/" + id + "/addresses",
                                token,
                                "{\"locationId\":"
                                        + Json.read(location.body()).get("id").asLong() + ",\"kind\":\"HOME\"}")
                        .status())
                .isBetween(200, 204);
        return id;
    }

    private void awaitFact(long incidentId) throws InterruptedException {
        await("the closed incident " + incidentId + " reaches the analytics read model")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> db.count("SELECT count(*) FROM analytics.incident_fact WHERE incident_id = ?", incidentId)
                        == 1);
    }
}
