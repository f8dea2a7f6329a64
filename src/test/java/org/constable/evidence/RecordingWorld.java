package org.constable.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import tools.jackson.databind.JsonNode;

/** A crime, its exhibits and interview recordings uploaded over the real API, for the recording tests. */
final class RecordingWorld {

    static final String PURPOSE = "purpose=Interview%20review";

    final Api api;
    final int port;
    final MutableClock clock;
    final String supervisor;
    final HttpClient http = HttpClient.newHttpClient();
    private final java.util.Map<Long, String> references = new java.util.HashMap<>();

    RecordingWorld(Api api, int port, MutableClock clock, String supervisor) {
        this.api = api;
        this.port = port;
        this.clock = clock;
        this.supervisor = supervisor;
    }

    long person(boolean restricted, String surname) {
        var r = api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Rae\",\"surname\":\"" + surname + "\",\"restricted\":" + restricted + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /** A custody record and the interview scheduled on it, to link a recording to. */
    record Interview(long detention, int number) {

        String link() {
            return "{\"detentionId\":" + detention + ",\"interview\":" + number + "}";
        }
    }

    /** Books the person into the suite, authorises detention and schedules an interview, as a custody officer. */
    Interview interview(String custodyOfficer, long suite, long person) {
        Instant arrived = clock.instant().minus(Duration.ofMinutes(30));
        var booked = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                custodyOfficer,
                "{\"personId\":" + person + ",\"arrestingOfficer\":\"PC 9 Webb\",\"arrestGrounds\":\"Seen striking\","
                        + "\"offences\":[{\"description\":\"Assault\",\"indictable\":true}],"
                        + "\"arrestedAt\":\"" + arrived.minus(Duration.ofMinutes(20)) + "\",\"arrivedAt\":\""
                        + arrived + "\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        long detention = Json.read(booked.body()).get("id").asLong();
        String record = "/api/v1/custody/detentions/" + detention;
        var authorised = api.post(
                record + "/authorisation", custodyOfficer, "{\"grounds\":\"To obtain evidence by questioning\"}");
        assertThat(authorised.status()).as(authorised.body()).isBetween(200, 204);
        var scheduled = api.post(
                record + "/interviews",
                custodyOfficer,
                "{\"scheduledFor\":\"" + clock.instant().plus(Duration.ofMinutes(30))
                        + "\",\"officer\":\"DC 31 Rowe\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return new Interview(
                detention, Json.read(scheduled.body()).get("interview").asInt());
    }

    long crime() {
        var at = CommandAndControl.freshArea();
        var loc = api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"5 Tape Lane\",\"town\":\"Testford\",\"latitude\":" + at.latitude() + ",\"longitude\":"
                        + at.longitude() + ",\"restricted\":false}");
        assertThat(loc.status()).as(loc.body()).isEqualTo(201);
        var occurred = clock.instant().minus(Duration.ofHours(5));
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + Json.read(loc.body()).get("id").asLong()
                        + ",\"victims\":[{\"personId\":" + person(false, "Victimson" + System.nanoTime() % 100000)
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Assault\",\"officerInCharge\":\""
                        + api.username(supervisor) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        long id = Json.read(crime.body()).get("id").asLong();
        references.put(id, Json.read(crime.body()).get("reference").asString());
        return id;
    }

    /** The reference of a crime made here, as an officer types it. */
    String reference(long crime) {
        return references.get(crime);
    }

    long exhibit(String token, long crime, String ref, Long personId) {
        var r = api.post(
                "/api/v1/exhibits",
                token,
                "{\"crimeId\":" + crime + ",\"reference\":\"" + ref
                        + "\",\"description\":\"Interview recording, DVD master\",\"seizedWhere\":\"Custody suite\","
                        + "\"seal\":\"T0001\",\"seizedAt\":\"" + clock.instant().minus(Duration.ofHours(1)) + "\""
                        + (personId == null ? "" : ",\"personId\":" + personId) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /** Uploads a file in one part and answers the sealed item's id. */
    long upload(String token, long exhibit, String fileName, String type, byte[] bytes) throws Exception {
        var r = api.post(
                "/api/v1/exhibits/" + exhibit + "/digital-evidence",
                token,
                "{\"fileName\":\"" + fileName + "\",\"mediaType\":\"" + type + "\",\"size\":" + bytes.length + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long item = Json.read(r.body()).get("id").asLong();
        var done = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/digital-evidence/" + item + "/upload"))
                        .header("Authorization", "Bearer " + token)
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return item;
    }

    /** Uploads and marks a recording, then waits for its working copy. */
    JsonNode recording(String token, long exhibit, String fileName, String type, byte[] bytes, String link)
            throws Exception {
        long item = upload(token, exhibit, fileName, type, bytes);
        var marked = api.post("/api/v1/digital-evidence/" + item + "/recording", token, link);
        assertThat(marked.status()).as(marked.body()).isEqualTo(201);
        return awaitDerived(token, item);
    }

    JsonNode awaitDerived(String token, long item) {
        return api.getJsonUntil(
                "/api/v1/recordings/" + item + "?" + PURPOSE,
                token,
                Duration.ofSeconds(120),
                j -> !j.get("state").asString().equals("WAITING")
                        && !j.get("state").asString().equals("DERIVING"));
    }

    HttpResponse<byte[]> get(String path, String token, String range) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token);
        if (range != null) {
            b.header("Range", range);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String base() {
        return "http://localhost:" + port;
    }
}
