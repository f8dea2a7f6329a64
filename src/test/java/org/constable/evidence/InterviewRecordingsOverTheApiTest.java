package org.constable.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.evidence.RecordingWorld.PURPOSE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.Problems;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An investigator uploads an interview recording made by ffmpeg in the test; the sealed master stays
 * as received while a working copy and a waveform are derived in the background and hashed; the
 * working copy plays with seeking by range requests, each read audited with its purpose; bookmarks
 * with notes are made at timecodes; a working copy changed on disk is never served again.
 */
@ConstableHttpTest
class InterviewRecordingsOverTheApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.constable.testsupport.DatabaseAdmin db;

    @Value("${constable.evidence.storage-dir}")
    Path storage;

    @Autowired
    SuiteStore suites;

    RecordingWorld world;
    Api api;
    String investigator;
    String officer;
    String custodyOfficer;
    TestUsers.TestUser custodyOfficerUser;
    long suite;

    @BeforeEach
    void setUp() {
        TestMedia.requireFfmpeg();
        api = new Api(port);
        world = new RecordingWorld(api, port, clock, api.token(users, users.create(Role.SUPERVISOR)));
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        custodyOfficerUser = users.create(Role.CUSTODY_OFFICER);
        custodyOfficer = api.token(users, custodyOfficerUser);
        suite = suites.open("Interview suite " + System.nanoTime(), List.of("C1", "C2"))
                .id();
    }

    @Test
    void aRecordingIsLinkedOnlyToACustodyInterviewThatExistsAndTheInvestigatorMaySee() throws Exception {
        var keeperUser = users.create(Role.INVESTIGATOR);
        String keeper = api.token(users, keeperUser);
        long exhibit = world.exhibit(keeper, world.crime(), "RI/5", null);
        var interview =
                world.interview(custodyOfficer, suite, world.person(false, "Heldby" + System.nanoTime() % 100000));
        long item = world.upload(keeper, exhibit, "interview-5.wav", "audio/wav", TestMedia.audio(1, 1210));
        String mark = "/api/v1/digital-evidence/" + item + "/recording";

        long none = interview.detention() + 1_000_000;
        var noRecord = api.post(mark, keeper, "{\"detentionId\":" + none + ",\"interview\":1}");
        String missing = Problems.fieldError(noRecord, "detentionId");
        var noInterview = api.post(
                mark,
                keeper,
                "{\"detentionId\":" + interview.detention() + ",\"interview\":" + (interview.number() + 1) + "}");
        assertThat(Problems.fieldError(noInterview, "interview")).contains("no interview");

        // a custody record of a restricted detainee answers to an investigator without need-to-know as a missing one
        long covert = world.person(true, "Hidden" + System.nanoTime() % 100000);
        grant(covert, custodyOfficerUser.id());
        var hidden = world.interview(custodyOfficer, suite, covert);
        var withheld = api.post(mark, keeper, hidden.link());
        assertThat(Problems.fieldError(withheld, "detentionId").replace(Long.toString(hidden.detention()), "N"))
                .isEqualTo(missing.replace(Long.toString(none), "N"));
        assertThat(withheld.body()).doesNotContain("Hidden");

        // none of these changed anything: the file is no recording, and nothing was audited as marked
        assertThat(api.get("/api/v1/recordings/" + item + "?" + PURPOSE, keeper).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM evidence.recording WHERE item_id = ?")
                        .param(item)
                        .query(Long.class)
                        .single())
                .isZero();

        // with need-to-know of the detainee, the same link is made; the recording names the interview
        grant(covert, keeperUser.id());
        var linked = api.post(mark, keeper, hidden.link());
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        var rec = world.awaitDerived(keeper, item);
        assertThat(rec.get("detentionId").asLong()).isEqualTo(hidden.detention());
        assertThat(rec.get("interviewNo").asInt()).isEqualTo(hidden.number());

        // the recording inherits the detainee's restriction: another investigator, who may open the
        // exhibit but has no need-to-know of the detainee, meets it as a missing one everywhere
        String other = api.token(users, users.create(Role.INVESTIGATOR));
        String recording = "/api/v1/recordings/" + item;
        String file = "/api/v1/digital-evidence/" + item;
        List<String> paths = List.of(
                recording + "?" + PURPOSE,
                recording + "/working-copy?" + PURPOSE,
                file + "/content?" + PURPOSE,
                file + "/upload");
        for (String path : paths) {
            assertThat(api.get(path, other).status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/recordings/" + item + "?" + PURPOSE, keeper).status())
                .isEqualTo(200);
    }

    void grant(long person, long userId) {
        var granted = api.post(
                "/api/v1/need-to-know",
                world.supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + person + ",\"userId\":" + userId + "}");
        assertThat(granted.status()).as(granted.body()).isBetween(200, 204);
    }

    @Test
    void aVideoInterviewPlaysFromItsWorkingCopyWithSeekingAndTakesBookmarks() throws Exception {
        long exhibit = world.exhibit(investigator, world.crime(), "RI/1", null);
        byte[] master = TestMedia.video(6);
        var rec = world.recording(
                investigator,
                exhibit,
                "interview-1.mkv",
                "video/x-matroska",
                master,
                world.interview(custodyOfficer, suite, world.person(false, "Heldson" + System.nanoTime() % 100000))
                        .link());
        assertThat(rec.get("state").asString()).as(rec.toString()).isEqualTo("READY");
        long item = rec.get("id").asLong();
        assertThat(rec.get("masterSha256").asString()).isEqualTo(sha(master));
        assertThat(rec.get("interviewNo").asInt()).isEqualTo(1);
        assertThat(rec.get("duration").asString()).startsWith("0:00:0");

        // the whole working copy is what its recorded hash says, and is not the master
        var whole = world.get("/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        byte[] copy = whole.body();
        assertThat(sha(copy)).isEqualTo(rec.get("workingSha256").asString()).isNotEqualTo(sha(master));
        // seeking: the player asks for byte ranges, from the start, into the middle and at the end
        var start = world.get("/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, "bytes=0-1023");
        assertThat(start.statusCode()).isEqualTo(206);
        assertThat(start.body()).isEqualTo(Arrays.copyOfRange(copy, 0, 1024));
        int mid = copy.length / 2;
        var middle = world.get(
                "/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, "bytes=" + mid + "-");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range"))
                .hasValue("bytes " + mid + "-" + (copy.length - 1) + "/" + copy.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(copy, mid, copy.length));
        var tail = world.get("/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, "bytes=-100");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(copy, copy.length - 100, copy.length));
        assertThat(world.get("/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, "bytes=x")
                        .statusCode())
                .isEqualTo(400);
        assertThat(world.get("/api/v1/recordings/" + item + "/working-copy", investigator, null)
                        .statusCode())
                .isEqualTo(400);
        var wave = world.get("/api/v1/recordings/" + item + "/waveform?" + PURPOSE, investigator, null);
        assertThat(wave.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOfRange(wave.body(), 1, 4)).isEqualTo("PNG".getBytes(StandardCharsets.US_ASCII));
        assertThat(sha(wave.body())).isEqualTo(rec.get("waveformSha256").asString());
        // the master is untouched and still served as received
        var original = world.get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, investigator, null);
        assertThat(original.body()).isEqualTo(master);

        // bookmarks at timecodes, in order; a time not in the recording or no note changes nothing
        assertThat(api.post(
                                "/api/v1/recordings/" + item + "/bookmarks",
                                investigator,
                                "{\"at\":\"0:00:04\",\"note\":\"Suspect declines to answer\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/recordings/" + item + "/bookmarks",
                                investigator,
                                "{\"at\":\"1.5\",\"note\":\"Caution given\"}")
                        .status())
                .isEqualTo(201);
        var late = api.post(
                "/api/v1/recordings/" + item + "/bookmarks", investigator, "{\"at\":\"0:10:00\",\"note\":\"x\"}");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("\"at\"").contains("long");
        var bad =
                api.post("/api/v1/recordings/" + item + "/bookmarks", investigator, "{\"at\":\"soon\",\"note\":\"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"at\"").contains("\"note\"");
        var marks = Json.read(api.get("/api/v1/recordings/" + item + "?" + PURPOSE, investigator)
                        .body())
                .get("bookmarks");
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).get("at").asString()).isEqualTo("0:00:01.5");
        assertThat(marks.get(0).get("note").asString()).isEqualTo("Caution given");
        assertThat(marks.get(1).get("seconds").asDouble()).isEqualTo(4.0);

        // every play is a consultation with its purpose; a download for the defence a disclosure
        var given = world.get(
                "/api/v1/recordings/" + item + "/working-copy?" + PURPOSE
                        + "&use=DISCLOSURE&recipient=Defence%20solicitor",
                investigator,
                null);
        assertThat(given.statusCode()).isEqualTo(200);
        assertThat(given.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION'"
                                + " AND purpose = 'Interview review' AND detail LIKE 'played working copy bytes%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE'"
                                + " AND recipient = 'Defence solicitor' AND detail LIKE 'downloaded working copy%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // a response officer's role has no digital evidence: refused, whatever the id
        assertThat(api.get("/api/v1/recordings/" + item + "?" + PURPOSE, officer)
                        .status())
                .isEqualTo(403);
        // the database keeps a bookmark as made: the application may not change it (a trigger refuses it to anyone)
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE evidence.recording_bookmark SET note = 'changed' WHERE item_id = ?")
                                .param(item)
                                .update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void aSoundRecordingGetsAnAudioWorkingCopyAndOnlyAudioOrVideoIsARecording() throws Exception {
        long exhibit = world.exhibit(investigator, world.crime(), "RI/2", null);
        var rec = world.recording(investigator, exhibit, "interview-2.wav", "audio/wav", TestMedia.audio(3), "{}");
        assertThat(rec.get("state").asString()).as(rec.toString()).isEqualTo("READY");
        var copy = world.get(
                "/api/v1/recordings/" + rec.get("id").asLong() + "/working-copy?" + PURPOSE,
                investigator,
                "bytes=0-15");
        assertThat(copy.headers().firstValue("Content-Type")).hasValue("audio/mp4");
        assertThat(new String(copy.body(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        var again = api.post("/api/v1/digital-evidence/" + rec.get("id").asLong() + "/recording", investigator, "{}");
        assertThat(again.status()).isEqualTo(409);

        long text = world.upload(investigator, exhibit, "notes.txt", "text/plain", "Not a recording".getBytes());
        var refused = api.post("/api/v1/digital-evidence/" + text + "/recording", investigator, "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("mediaType");
        var orphan = api.post(
                "/api/v1/digital-evidence/"
                        + world.upload(investigator, exhibit, "b.wav", "audio/wav", TestMedia.audio(1)) + "/recording",
                investigator,
                "{\"interview\":2}");
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.body()).contains("interview");
    }

    @Test
    void aFileThatIsNoRecordingFailsToDeriveInWordsAndTheMasterStaysAsReceived() throws Exception {
        long exhibit = world.exhibit(investigator, world.crime(), "RI/3", null);
        byte[] junk = "this is not a video at all".repeat(100).getBytes(StandardCharsets.UTF_8);
        var rec = world.recording(investigator, exhibit, "broken.mp4", "video/mp4", junk, "{}");
        assertThat(rec.get("state").asString()).isEqualTo("FAILED");
        assertThat(rec.get("stateNote").asString()).contains("could not read").doesNotContain("Invalid data");
        var play = world.get(
                "/api/v1/recordings/" + rec.get("id").asLong() + "/working-copy?" + PURPOSE, investigator, null);
        assertThat(play.statusCode()).isEqualTo(409);
        assertThat(world.get(
                                "/api/v1/digital-evidence/" + rec.get("id").asLong() + "/content?" + PURPOSE,
                                investigator,
                                null)
                        .body())
                .isEqualTo(junk);
    }

    @Test
    void aWorkingCopyChangedOnDiskIsNeverServedAgainAndTheMasterIsUnaffected() throws Exception {
        long exhibit = world.exhibit(investigator, world.crime(), "RI/4", null);
        byte[] master = TestMedia.audio(2);
        var rec = world.recording(investigator, exhibit, "interview-4.wav", "audio/wav", master, "{}");
        long item = rec.get("id").asLong();
        String sha = rec.get("workingSha256").asString();
        Path file = storage.resolve("sha256")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        file.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        var refused = world.get("/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, "bytes=0-99");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("no longer matches");
        var after = Json.read(api.get("/api/v1/recordings/" + item + "?" + PURPOSE, investigator)
                .body());
        assertThat(after.get("state").asString()).isEqualTo("FAILED");
        assertThat(world.get("/api/v1/recordings/" + item + "/working-copy?" + PURPOSE, investigator, "bytes=0-99")
                        .statusCode())
                .isEqualTo(409);
        assertThat(world.get("/api/v1/digital-evidence/" + item + "/content?" + PURPOSE, investigator, null)
                        .body())
                .isEqualTo(master);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ALTERATION' AND outcome = 'FAILED'"
                                        + " AND detail LIKE 'the stored working copy no longer matches%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
