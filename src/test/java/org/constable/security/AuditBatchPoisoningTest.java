package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, M6: a NUL byte in one reader's purpose made PostgreSQL refuse the whole group-commit
 * batch of consultation entries, so every other reader in that batch got 503. Now a purpose with a
 * control character is refused up front (400 naming purpose), and a batch that fails for any other
 * reason is written again entry by entry, so only the bad entry's reader fails.
 */
@SecurityHttpTest
class AuditBatchPoisoningTest {

    /** The advisory lock the audit chain is appended under (AuditEntries.CHAIN_LOCK). */
    private static final long CHAIN_LOCK = 0x436f6e7374L;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void aNulByteInOnePurposeIsRefusedUpFrontAndTheOthersInItsBatchAreServed() throws Exception {
        Api api = new Api(port);
        String token = api.token(users, users.create(Role.INVESTIGATOR));
        long person = person(api, token);
        Map<String, Integer> answers = readTogether(api, token, person, "Investigation%00poison");
        assertThat(answers).containsEntry("poisoned", 400).containsEntry("others", 200);
        var poisoned = api.get("/api/v1/persons/" + person + "?purpose=Investigation%00poison", token);
        assertThat(Json.read(poisoned.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("purpose");
    }

    @Test
    void aBatchTheDatabaseRefusesIsWrittenAgainOneByOneSoOnlyTheBadEntryFails() throws Exception {
        Api api = new Api(port);
        String token = api.token(users, users.create(Role.INVESTIGATOR));
        long person = person(api, token);
        // stands in for any entry the database refuses that no check up front can foresee
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION audit.test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN IF NEW.purpose = 'refused by the database' THEN RAISE EXCEPTION 'poison'; END IF; "
                    + "RETURN NEW; END $$");
            s.execute("CREATE TRIGGER test_refuse_poison BEFORE INSERT ON audit.audit_entry "
                    + "FOR EACH ROW EXECUTE FUNCTION audit.test_refuse_poison()");
        }
        try {
            Map<String, Integer> answers = readTogether(api, token, person, "refused%20by%20the%20database");
            assertThat(answers).containsEntry("poisoned", 503).containsEntry("others", 200);
        } finally {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER test_refuse_poison ON audit.audit_entry");
                s.execute("DROP FUNCTION audit.test_refuse_poison()");
            }
        }
        var verified =
                api.get("/api/v1/audit/verification?purpose=check", api.token(users, users.create(Role.AUDITOR)));
        assertThat(Json.read(verified.body()).get("intact").asBoolean())
                .as(verified.body())
                .isTrue();
    }

    /**
     * Ten ordinary reads and one with the given purpose, queued together while the chain's lock is
     * held, so the writer takes them as one batch when it is let go: a first read is sent alone and
     * waits for the lock, the eleven queue behind it. Returns the poisoned read's status and the worst
     * of the others' (200 only if every one of them was 200).
     */
    private Map<String, Integer> readTogether(Api api, String token, long person, String poison) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        try (Connection lock = db.connect()) {
            try (Statement s = lock.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + CHAIN_LOCK + ")");
            }
            Future<Integer> first = pool.submit(() -> read(api, token, person, "Investigation"));
            awaitWriterWaitingForTheLock();
            Future<Integer> bad = pool.submit(() -> read(api, token, person, poison));
            List<Future<Integer>> good = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                good.add(pool.submit(() -> read(api, token, person, "Investigation")));
            }
            // the eleven reads reach the writer's queue within milliseconds; give a loaded machine a second
            Thread.sleep(1000);
            try (Statement s = lock.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + CHAIN_LOCK + ")");
            }
            assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            answers.put("poisoned", bad.get(60, TimeUnit.SECONDS));
            Map<Integer, Integer> others = new TreeMap<>();
            for (Future<Integer> f : good) {
                others.merge(f.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            answers.put(
                    "others",
                    others.keySet().stream().filter(k -> k != 200).findFirst().orElse(200));
        } finally {
            pool.shutdownNow();
        }
        return answers;
    }

    private static int read(Api api, String token, long person, String purpose) {
        return api.get("/api/v1/persons/" + person + "?purpose=" + purpose, token)
                .status();
    }

    private void awaitWriterWaitingForTheLock() throws InterruptedException {
        await("the writer waits for the chain lock")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> db.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0);
    }

    private static long person(Api api, String token) {
        return Json.read(api.post(
                                "/api/v1/persons",
                                token,
                                "{\"forename\":\"Pat\",\"surname\":\"Batch\",\"restricted\":false}")
                        .body())
                .get("id")
                .asLong();
    }
}
