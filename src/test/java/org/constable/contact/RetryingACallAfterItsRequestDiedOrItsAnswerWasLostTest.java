package org.constable.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.LostCommitAnswers;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: 999 calls posted by a telephony integration with an Idempotency-Key. A key whose
 * request died stayed at 409 "Request in progress" for ever, so its caller could never learn
 * whether the call was taken; and a call committed while the database was restarting answered 500,
 * gave its key up, and its retry raised a second incident. A retry now learns the one outcome.
 */
@ConstableHttpTest
class RetryingACallAfterItsRequestDiedOrItsAnswerWasLostTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String handler;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handler = api.token(users, users.create(Role.CALL_HANDLER));
    }

    @Test
    void aKeyLeftClaimedByARequestThatDiedCanBeRetriedAndTheRetryTakesTheCallOnce() throws Exception {
        String what = "Retry after a crash " + System.nanoTime();
        String body = call(what);
        String key = "died-" + System.nanoTime();
        // what a request that died leaves: its claim committed on its own, no answer, no live transaction
        db.tamper(
                "INSERT INTO platform.idempotency_key (owner, idem_key, method, path, request_hash, created_at) "
                        + "VALUES (?, ?, 'POST', '/api/v1/calls', ?, ?)",
                api.username(handler),
                key,
                sha256("POST /api/v1/calls\n" + body),
                Timestamp.from(Instant.now().minusSeconds(60)));

        var retry = api.post("/api/v1/calls", handler, body, "Idempotency-Key", key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        var again = api.post("/api/v1/calls", handler, body, "Idempotency-Key", key);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(ids(again.body())).isEqualTo(ids(retry.body()));
        assertThat(callsAbout(what)).as("calls taken").isEqualTo(1);
        assertThat(incidentsAbout(what)).as("incidents raised").isEqualTo(1);
    }

    @Test
    void aRetryAfterACommittedCallWhoseAnswerWasLostGetsThatCallAndRaisesNoSecondIncident() {
        String what = "Answer lost in a database restart " + System.nanoTime();
        String body = call(what);
        String key = "lost-" + System.nanoTime();

        var first = api.post("/api/v1/calls", handler, body, "Idempotency-Key", key, LostCommitAnswers.HEADER, "yes");
        var retry = api.post("/api/v1/calls", handler, body, "Idempotency-Key", key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(callsAbout(what)).as("calls taken").isEqualTo(1);
        assertThat(incidentsAbout(what)).as("incidents raised").isEqualTo(1);
        assertThat(first.status())
                .as("the first answer is the committed call, or says to retry: %s", first.body())
                .isIn(201, 503);
        assertThat(first.body()).doesNotContain("terminating connection");
        JsonNode committed = Json.read(retry.body());
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE id = ? AND incident_id = ?",
                        committed.path("callId").asLong(),
                        committed.path("incidentId").asLong()))
                .as("the retry answers with the call that was committed")
                .isEqualTo(1);
        if (first.status() == 201) {
            assertThat(ids(first.body())).isEqualTo(ids(retry.body()));
        }
    }

    @Test
    void fourRequestsWithOneKeyAtOnceTakeOneCallAndAllGetItsAnswer() throws Exception {
        String what = "Sent twice at once " + System.nanoTime();
        String body = call(what);
        String key = "twice-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<Api.Response> post = () -> {
                    start.await();
                    return api.post("/api/v1/calls", handler, body, "Idempotency-Key", key);
                };
                sent.add(pool.submit(post));
            }
            start.countDown();
            int replayed = 0;
            for (Future<Api.Response> f : sent) {
                Api.Response r = f.get();
                // a duplicate waits for the first request's commit and is answered with it (ADR 0113)
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                assertThat(ids(r.body())).isEqualTo(ids(sent.get(0).get().body()));
                replayed += r.headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
            }
            assertThat(replayed).as("answered from the first request's commit").isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        var after = api.post("/api/v1/calls", handler, body, "Idempotency-Key", key);
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        assertThat(callsAbout(what)).isEqualTo(1);
    }

    private long callsAbout(String what) {
        return db.count("SELECT count(*) FROM contact.call WHERE what_happened = ?", what);
    }

    private long incidentsAbout(String what) {
        return db.count("SELECT count(*) FROM dispatch.incident WHERE summary = ?", what);
    }

    private static List<Long> ids(String body) {
        JsonNode n = Json.read(body);
        return List.of(n.path("callId").asLong(), n.path("incidentId").asLong());
    }

    private static String call(String what) {
        String level = "{\"level\":\"LOW\",\"note\":\"\"}";
        return "{\"channel\":\"EMERGENCY_999\",\"caller\":{\"anonymous\":true},"
                + "\"location\":{\"latitude\":53.45,\"longitude\":-2.2,\"text\":\"By the canal\"},"
                + "\"whatHappened\":\"" + what + "\",\"callType\":\"CONCERN_FOR_WELFARE\",\"thrive\":{"
                + "\"threat\":" + level + ",\"harm\":" + level + ",\"risk\":" + level + ",\"investigation\":"
                + level + ",\"vulnerability\":" + level + ",\"engagement\":" + level + "}}";
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
