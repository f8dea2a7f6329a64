package org.constable.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.constable.evidence.application.DigitalIntegrity;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An officer records an exhibit and its movements, an investigator uploads its digital copy over a
 * connection that breaks and resumes, plays it with seeking, and a file changed on disk is caught
 * and never served; every read names its purpose and each role gets only what the matrix allows.
 */
@ConstableHttpTest
class ExhibitsAndDigitalEvidenceOverTheApiTest {

    static final String PURPOSE = "purpose=Case%20preparation";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DigitalIntegrity integrity;

    @Autowired
    org.constable.testsupport.DatabaseAdmin db;

    @Value("${constable.evidence.storage-dir}")
    Path storage;

    Api api;
    String officer;
    String investigator;
    String supervisor;
    String callHandler;
    String officerName;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        var o = users.create(Role.RESPONSE_OFFICER);
        officerName = o.username();
        officer = api.token(users, o);
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        callHandler = api.token(users, users.create(Role.CALL_HANDLER));
    }

    long person(boolean restricted) {
        var r = api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Eve\",\"surname\":\"Exhibitson" + System.nanoTime() % 100000 + "\",\"restricted\":"
                        + restricted + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    long crime() {
        var at = CommandAndControl.freshArea();
        var loc = api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"3 Evidence Row\",\"town\":\"Testford\"," + "\"latitude\":" + at.latitude()
                        + ",\"longitude\":" + at.longitude() + ",\"restricted\":false}");
        assertThat(loc.status()).as(loc.body()).isEqualTo(201);
        long location = Json.read(loc.body()).get("id").asLong();
        var occurred = clock.instant().minus(Duration.ofHours(3));
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\""
                        + occurred + "\",\"occurredTo\":\"" + occurred.plusSeconds(60) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(300) + "\",\"locationId\":" + location + ",\"victims\":[{\"personId\":"
                        + person(false)
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Struck\",\"officerInCharge\":\""
                        + api.username(supervisor) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        return Json.read(crime.body()).get("id").asLong();
    }

    long exhibit(String token, long crime, String ref, Long personId) {
        var r = api.post(
                "/api/v1/exhibits",
                token,
                "{\"crimeId\":" + crime + ",\"reference\":\"" + ref
                        + "\",\"description\":\"Kitchen knife, black handle\",\"seizedWhere\":\"12 High Street\","
                        + "\"seal\":\"S0001\",\"seizedAt\":\"" + clock.instant().minus(Duration.ofHours(2)) + "\""
                        + (personId == null ? "" : ",\"personId\":" + personId) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    Api.Response move(String token, long exhibit, String json) {
        return api.post("/api/v1/exhibits/" + exhibit + "/movements", token, json);
    }

    @Test
    void anOfficersChainShowsAGapAndAChangedSealInWordsAndTheDatabaseRefusesToRewriteIt() {
        long crime = crime();
        long id = exhibit(officer, crime, "ab/1", null);
        var dup = api.post(
                "/api/v1/exhibits",
                officer,
                "{\"crimeId\":" + crime + ",\"reference\":\"AB/1\","
                        + "\"description\":\"x\",\"seizedWhere\":\"y\",\"seal\":\"z\"}");
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.body()).contains("reference").contains("AB/1");
        var unknown = api.post(
                "/api/v1/exhibits",
                officer,
                "{\"crimeId\":" + crime + ",\"reference\":\"AB/2\","
                        + "\"description\":\"x\",\"seizedWhere\":\"y\",\"seal\":\"z\",\"personId\":987654321,"
                        + "\"seizedBy\":\"nobody.here\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("personId").contains("seizedBy");

        var first = move(
                officer,
                id,
                "{\"kind\":\"HANDED_TO\",\"toHolder\":\"DC Brown\",\"toPlace\":\"Central station\","
                        + "\"sealSeen\":\"S0001\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = move(
                officer,
                id,
                "{\"kind\":\"SENT_TO_LABORATORY\",\"fromHolder\":\"DC Green\",\"fromPlace\":"
                        + "\"North station\",\"toHolder\":\"Forensic lab\",\"toPlace\":\"Lab, Chorley\",\"sealSeen\":\"S0002\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        var view = api.get("/api/v1/exhibits/" + id + "?" + PURPOSE, investigator);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        JsonNode v = Json.read(view.body());
        assertThat(v.get("reference").asString()).isEqualTo("AB/1");
        assertThat(v.get("chain")).hasSize(2);
        assertThat(v.get("flags").toString())
                .contains("Gap in continuity")
                .contains("DC Green at North station")
                .contains("Seal number changed")
                .contains("S0002");
        assertThat(v.get("heldBy").asString()).isEqualTo("Forensic lab");
        assertThat(api.get("/api/v1/exhibits/" + id, investigator).status()).isEqualTo(400);

        // the application's role may not rewrite the chain, and even the owner is stopped by the trigger
        assertThatThrownBy(
                        () -> jdbc.sql("UPDATE evidence.continuity_entry SET seal_seen = 'S0001' WHERE exhibit_id = ?")
                                .param(id)
                                .update())
                .isNotNull();
        for (String sql : new String[] {
            "UPDATE evidence.continuity_entry SET seal_seen = 'S0001' WHERE exhibit_id = " + id,
            "DELETE FROM evidence.continuity_entry WHERE exhibit_id = " + id
        }) {
            assertThatThrownBy(() -> {
                        try (var c = db.connect();
                                var st = c.createStatement()) {
                            st.executeUpdate(sql);
                        }
                    })
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aStoreCheckReportsTheDifferencesAndADisposedExhibitMovesOnlyAsAnError() {
        long crime = crime();
        var store = api.post(
                "/api/v1/property-stores",
                supervisor,
                "{\"name\":\"Store " + System.nanoTime() + "\",\"address\":\"Central station basement\"}");
        assertThat(store.status()).as(store.body()).isEqualTo(201);
        long storeId = Json.read(store.body()).get("id").asLong();
        long a = exhibit(officer, crime, "CD/1", null);
        long b = exhibit(officer, crime, "CD/2", null);
        for (long e : new long[] {a, b}) {
            var s = move(
                    officer,
                    e,
                    "{\"kind\":\"STORED_AT\",\"toHolder\":\"Property officer\",\"storeId\":" + storeId
                            + ",\"sealSeen\":\"S0001\"}");
            assertThat(s.status()).as(s.body()).isEqualTo(201);
        }
        var held = Json.read(api.get("/api/v1/property-stores/" + storeId + "?" + PURPOSE, officer)
                .body());
        assertThat(held.get("held")).hasSize(2);
        String label = held.get("held").get(0).get("label").asString();
        var check = api.post(
                "/api/v1/property-stores/" + storeId + "/checks",
                supervisor,
                "{\"found\":[\"" + label + "\",\"CRM-0 ZZ/9\"]}");
        assertThat(check.status()).as(check.body()).isEqualTo(201);
        JsonNode result = Json.read(check.body()).get("result");
        assertThat(result.get("missing")).hasSize(1);
        assertThat(result.get("unexpected").toString()).contains("CRM-0 ZZ/9");
        assertThat(api.post("/api/v1/property-stores/" + storeId + "/checks", officer, "{\"found\":[]}")
                        .status())
                .isEqualTo(403);

        assertThat(move(
                                officer,
                                a,
                                "{\"kind\":\"DISPOSED\",\"toHolder\":\"Destruction\",\"toPlace\":\"Incinerator\","
                                        + "\"sealSeen\":\"S0001\",\"authority\":\"Insp. Jones\"}")
                        .status())
                .isEqualTo(403);
        var noAuthority = move(
                supervisor,
                a,
                "{\"kind\":\"DISPOSED\",\"toHolder\":\"Destruction\",\"toPlace\":"
                        + "\"Incinerator\",\"sealSeen\":\"S0001\"}");
        assertThat(noAuthority.status()).isEqualTo(400);
        assertThat(noAuthority.body()).contains("authority");
        assertThat(move(
                                supervisor,
                                a,
                                "{\"kind\":\"DISPOSED\",\"fromHolder\":\"Property officer\",\"toHolder\":"
                                        + "\"Destruction\",\"toPlace\":\"Incinerator\",\"sealSeen\":\"S0001\",\"authority\":\"Insp. Jones,"
                                        + " court order 12\"}")
                        .status())
                .isEqualTo(201);
        var after = move(
                officer,
                a,
                "{\"kind\":\"HANDED_TO\",\"toHolder\":\"DC Brown\",\"toPlace\":\"Desk\"," + "\"sealSeen\":\"S0001\"}");
        assertThat(after.status()).isEqualTo(400);
        assertThat(after.body()).contains("inError");
        assertThat(move(
                                officer,
                                a,
                                "{\"kind\":\"HANDED_TO\",\"toHolder\":\"DC Brown\",\"toPlace\":\"Desk\","
                                        + "\"sealSeen\":\"S0001\",\"inError\":true,\"note\":\"Scanned the wrong bag\"}")
                        .status())
                .isEqualTo(201);
        var view = Json.read(
                api.get("/api/v1/exhibits/" + a + "?" + PURPOSE, officer).body());
        assertThat(view.get("ended").asBoolean()).isTrue();
        assertThat(view.get("flags").toString()).contains("Recorded after the chain ended");
        var now = Json.read(api.get("/api/v1/property-stores/" + storeId + "?" + PURPOSE, officer)
                .body());
        assertThat(now.get("held")).hasSize(1);
    }

    @Test
    void anInterruptedUploadResumesEndsWithTheRightHashAndPlaysWithSeeking() throws Exception {
        long id = exhibit(officer, crime(), "EF/1", null);
        byte[] file = new byte[3 * 1024 * 1024 + 17];
        new Random(18).nextBytes(file);
        long item = create(investigator, id, file.length);
        assertThat(api.post(
                                "/api/v1/exhibits/" + id + "/digital-evidence",
                                officer,
                                "{\"fileName\":\"cctv.mp4\",\"mediaType\":\"video/mp4\",\"size\":10}")
                        .status())
                .isEqualTo(403);

        // the connection breaks after a million bytes of the three announced
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("PATCH /api/v1/digital-evidence/" + item + "/upload HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + investigator + "\r\nUpload-Offset: 0\r\n"
                            + "Content-Type: application/offset+octet-stream\r\nContent-Length: " + file.length
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(file, 0, 1_000_000);
            out.flush();
            Thread.sleep(300);
        }
        long offset = awaitOffset(item, 1_000_000);
        assertThat(offset).isEqualTo(1_000_000);
        // until the server has seen the connection end, a new part is told to wait (409) and tried again
        var wrong = patch(item, 5, Arrays.copyOfRange(file, 5, 10));
        for (int i = 0; i < 100 && wrong.body().contains("Another request"); i++) {
            Thread.sleep(100);
            wrong = patch(item, 5, Arrays.copyOfRange(file, 5, 10));
        }
        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(wrong.body()).contains("1000000");
        var rest = patch(item, offset, Arrays.copyOfRange(file, (int) offset, file.length));
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(Json.read(rest.body()).get("sha256").asString()).isEqualTo(sha);
        assertThat(patch(item, file.length, new byte[1]).statusCode()).isEqualTo(409);

        var noPurpose = get("/api/v1/digital-evidence/" + item + "/content", null);
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        var range = get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, "bytes=2000000-2000099");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 2000000-2000099/" + file.length);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(file, 2_000_000, 2_000_100));
        assertThat(range.headers().allValues("Content-Security-Policy").toString())
                .contains("sandbox");
        var seek = get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, "bytes=-10");
        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(seek.body()).isEqualTo(Arrays.copyOfRange(file, file.length - 10, file.length));
        var whole =
                get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE + "&use=DISCLOSURE&recipient=CPS", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(file);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE' AND recipient = 'CPS'"
                                        + " AND purpose = 'Case preparation'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aStoredFileChangedOnDiskIsMarkedTamperedAuditedAndNeverServed() throws Exception {
        long id = exhibit(officer, crime(), "GH/1", null);
        byte[] file = "Interview recording, tape 1 of 1.".repeat(1000).getBytes(StandardCharsets.UTF_8);
        long item = create(investigator, id, file.length);
        var done = patch(item, 0, file);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        String sha = Json.read(done.body()).get("sha256").asString();
        assertThat(get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, null)
                        .statusCode())
                .isEqualTo(200);

        flipAByte(sha, false);
        var refused = get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, "bytes=0-9");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .contains("tampered")
                .doesNotContain("Interview");
        var view = Json.read(
                api.get("/api/v1/exhibits/" + id + "?" + PURPOSE, investigator).body());
        assertThat(view.get("digital").get(0).get("status").asString()).startsWith("Tampered");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ALTERATION' AND outcome = 'FAILED'"
                                        + " AND detail LIKE '%no longer matches%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theScheduledCheckFindsAChangeThatKeptTheFilesTimeAndSize() throws Exception {
        long id = exhibit(officer, crime(), "IJ/1", null);
        byte[] file = new byte[200_000];
        new Random(7).nextBytes(file);
        long item = create(investigator, id, file.length);
        String sha = Json.read(patch(item, 0, file).body()).get("sha256").asString();
        flipAByte(sha, true);
        // a full read within the interval hashes as it streams and breaks off before the last bytes
        assertThatThrownBy(() -> get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, null))
                .isInstanceOf(java.io.IOException.class);
        clock.advance(Duration.ofHours(25));
        integrity.checkDue();
        assertThat(jdbc.sql("SELECT status FROM evidence.digital_item WHERE id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("TAMPERED");
    }

    @Test
    void anExhibitLinkedToARestrictedPersonAnswersAsMissingWithoutNeedToKnow() {
        long crime = crime();
        long restricted = person(true);
        var keeper = users.create(Role.SUPERVISOR);
        var granted = api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + restricted + ",\"userId\":" + keeper.id() + "}");
        assertThat(granted.status()).as(granted.body()).isBetween(200, 204);
        long id = exhibit(api.token(users, keeper), crime, "KL/1", restricted);
        assertThat(api.get("/api/v1/exhibits/" + id + "?" + PURPOSE, api.token(users, keeper))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/exhibits/" + id + "?" + PURPOSE, investigator)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/exhibits/999999999?" + PURPOSE, investigator)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/exhibits?" + PURPOSE, investigator).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.get("/api/v1/exhibits/" + id + "?" + PURPOSE, callHandler)
                        .status())
                .isEqualTo(403);
    }

    long create(String token, long exhibit, long size) {
        var r = api.post(
                "/api/v1/exhibits/" + exhibit + "/digital-evidence",
                token,
                "{\"fileName\":\"cctv.mp4\",\"mediaType\":\"video/mp4\",\"size\":" + size + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    long awaitOffset(long item, long atLeast) throws InterruptedException {
        long offset = -1;
        for (int i = 0; i < 100; i++) {
            var p = api.get("/api/v1/digital-evidence/" + item + "/upload", investigator);
            offset = Long.parseLong(p.headers().firstValue("Upload-Offset").orElse("-1"));
            if (offset >= atLeast) {
                return offset;
            }
            Thread.sleep(100);
        }
        return offset;
    }

    HttpResponse<String> patch(long item, long offset, byte[] bytes) throws Exception {
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/digital-evidence/" + item + "/upload"))
                        .header("Authorization", "Bearer " + investigator)
                        .header("Upload-Offset", Long.toString(offset))
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> get(String path, String range) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + investigator);
        if (range != null) {
            b.header("Range", range);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    void flipAByte(String sha, boolean keepTime) throws Exception {
        Path p = storage.resolve("sha256")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        FileTime time = Files.getLastModifiedTime(p);
        p.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x01);
        }
        if (keepTime) {
            Files.setLastModifiedTime(p, time);
        } else {
            Files.setLastModifiedTime(p, FileTime.fromMillis(time.toMillis() + 5000));
        }
    }
}
