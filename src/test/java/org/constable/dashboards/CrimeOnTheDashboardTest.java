package org.constable.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ImportFolders;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An analyst reads crime on the dashboard: crimes recorded through the crime module by police.uk
 * type and HO classification, the NCRS recording rate over the crime-indicative incidents, and the
 * historic police.uk crimes imported for the months of the period, counted apart.
 */
@ConstableHttpTest
class CrimeOnTheDashboardTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    PoliceUkImport imports;

    @Test
    void recordedCrimesTheRecordingRateAndHistoricPoliceUkCrimesAreCountedApart() throws Exception {
        LocalDate today = clock.dayClearOfMidnight(ZoneId.of("Europe/London"));
        Path folder = ImportFolders.fresh(imports.folder());
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        String todays = "/api/v1/dashboards/overview?from=" + today + "&to=" + today;
        JsonNode before = Json.read(api.get(todays, analyst).body()).get("crimes");

        // two burglaries closed as crime-indicative; a crime is recorded for one of them only
        long recordedFor = closed(api, handler, dispatcher);
        closed(api, handler, dispatcher);
        long victim = Json.read(
                        api.post("/api/v1/persons", investigator, "{\"forename\":\"Test\",\"surname\":\"Householder\"}")
                                .body())
                .get("id")
                .asLong();
        Instant occurred = clock.instant().minusSeconds(3600);
        var crime = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"fromIncidentId\":" + recordedFor + ",\"classificationCode\":\"28E\","
                        + "\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\"" + occurred.plusSeconds(600)
                        + "\",\"victims\":[{\"personId\":"
                        + victim
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Back door forced\",\"officerInCharge\":\""
                        + api.username(investigator) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);

        JsonNode after = Json.read(api.get(todays, analyst).body()).get("crimes");
        assertThat(after.get("recorded").asLong() - before.get("recorded").asLong())
                .isEqualTo(1);
        assertThat(count(after.get("byType"), "Burglary") - count(before.get("byType"), "Burglary"))
                .isEqualTo(1);
        assertThat(count(after.get("byClassification"), "28E") - count(before.get("byClassification"), "28E"))
                .isEqualTo(1);
        JsonNode rate = after.get("recordingRate");
        JsonNode rateBefore = before.get("recordingRate");
        assertThat(rate.get("crimeIndicative").asLong()
                        - rateBefore.get("crimeIndicative").asLong())
                .isEqualTo(2);
        assertThat(rate.get("recorded").asLong() - rateBefore.get("recorded").asLong())
                .isEqualTo(1);
        assertThat(rate.get("inQueue").asLong() - rateBefore.get("inQueue").asLong())
                .isEqualTo(1);
        assertThat(rate.get("rate").asDouble())
                .isCloseTo(
                        (double) rate.get("recorded").asLong()
                                / rate.get("crimeIndicative").asLong(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.get("recordingRates")).hasSize(1);
        assertThat(after.get("recordingRates").get(0).get("crimeIndicative").asLong())
                .isEqualTo(rate.get("crimeIndicative").asLong());

        // a synthetic police.uk month: three burglaries, two violent crimes, one anti-social behaviour
        String nonce = UUID.randomUUID().toString();
        StringBuilder csv = new StringBuilder(
                "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                        + "Crime type,Last outcome category,Context\n");
        for (String type : new String[] {
            "Burglary", "Burglary", "Burglary", "Violence and sexual offences", "Violence and sexual offences"
        }) {
            csv.append(HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest((nonce + csv.length()).getBytes(StandardCharsets.UTF_8))))
                    .append(",2012-05,Test Police,Test Police,-0.091,51.512,On or near Test Street,"
                            + "E01000001,Test 001A,")
                    .append(type)
                    .append(",Under investigation,\n");
        }
        csv.append(
                ",2012-05,Test Police,Test Police,-0.091,51.512,On or near Test Street,E01000001,Test 001A,Anti-social behaviour,,\n");
        Files.writeString(folder.resolve("2012-05-test-street.csv"), csv.toString());
        JsonNode historicBefore = Json.read(
                        api.get("/api/v1/dashboards/overview?from=2012-05-01&to=2012-05-31", analyst)
                                .body())
                .get("crimes");
        PoliceUkImport.RunResult run =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});
        assertThat(run.status()).isEqualTo(ImportRunStatus.COMPLETED);

        var may = api.get("/api/v1/dashboards/overview?from=2012-05-01&to=2012-05-31", analyst);
        assertThat(may.status()).as(may.body()).isEqualTo(200);
        JsonNode historic = Json.read(may.body()).get("crimes");
        assertThat(historic.get("historicFrom").asString()).isEqualTo("2012-05");
        assertThat(historic.get("historicTotal").asLong()
                        - historicBefore.get("historicTotal").asLong())
                .isEqualTo(6);
        assertThat(count(historic.get("historicByType"), "Burglary")
                        - count(historicBefore.get("historicByType"), "Burglary"))
                .isEqualTo(3);
        assertThat(count(historic.get("historicByType"), "Violence and sexual offences")
                        - count(historicBefore.get("historicByType"), "Violence and sexual offences"))
                .isEqualTo(2);
        assertThat(historic.get("recorded").asLong())
                .as("historic rows are not recorded crimes")
                .isZero();
        assertThat(Json.read(api.get(todays, analyst).body())
                        .get("crimes")
                        .get("historicTotal")
                        .asLong())
                .as("they count only for their own month")
                .isEqualTo(after.get("historicTotal").asLong());
    }

    private long closed(Api api, String handler, String dispatcher) {
        var call = api.post(
                "/api/v1/calls",
                handler,
                callAt(CommandAndControl.freshArea(), thrive("LOW", "LOW", "LOW", "LOW"), null));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incident = Json.read(call.body()).get("incidentId").asLong();
        var closed = api.post(
                "/api/v1/incidents/" + incident + "/closure", dispatcher, "{\"classification\":\"CRIME_BURGLARY\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        return incident;
    }

    private static long count(JsonNode counts, String label) {
        for (JsonNode c : counts) {
            if (c.get("label").asString().equals(label)) {
                return c.get("count").asLong();
            }
        }
        return 0;
    }
}
