package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.constable.identity.Role;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.LoopbackClient;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, M1: 60 parallel wrong passwords never locked the account, because each attempt read the
 * failure count, added one and wrote it back, and parallel attempts overwrote each other. The count
 * and the lock are now one SQL statement.
 */
@SecurityHttpTest
class ParallelWrongPasswordsLockTheAccountTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @AfterEach
    void newWindow() {
        clock.advance(Duration.ofMinutes(16));
    }

    @Test
    void sixtyParallelWrongPasswordsLockTheAccountAndEveryCheckedOneIsCounted() throws Exception {
        var user = users.create(Role.DISPATCHER);
        long auditBefore = failures(user.username());
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(60);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 60; i++) {
            String from = LoopbackClient.address(100 + i);
            pool.submit(() -> {
                go.await();
                answers.merge(
                        LoopbackClient.postJson(
                                        port,
                                        from,
                                        "/api/v1/tokens",
                                        "{\"username\":\"" + user.username()
                                                + "\",\"password\":\"a wrong password\",\"code\":\"123456\"}")
                                .status(),
                        1,
                        Integer::sum);
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        System.out.println("M1: 60 parallel wrong passwords answered " + new TreeMap<>(answers));

        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        assertThat(answers.keySet()).isSubsetOf(401, 429);
        int checked = answers.getOrDefault(401, 0);
        assertThat(checked).as("at least the lockout's five were checked").isGreaterThanOrEqualTo(5);

        var account = accounts.findById(user.id()).orElseThrow();
        assertThat(account.lockedUntil())
                .as("the account is locked")
                .isNotNull()
                .isAfter(clock.instant());
        long wrong = entries(user.username(), "detail LIKE 'wrong password%'");
        long locks = entries(user.username(), "detail = 'wrong password; account locked'");
        long refusedAsLocked = entries(user.username(), "detail LIKE 'account locked%'");
        assertThat(wrong).as("wrong passwords counted").isGreaterThanOrEqualTo(5);
        assertThat(wrong + refusedAsLocked)
                .as("every checked attempt is in the audit trail")
                .isEqualTo(checked);
        // every wrong password was counted exactly once: a lock at each fifth, the rest still counted
        assertThat(locks).as("locks").isEqualTo(wrong / 5);
        assertThat(account.failedLogins()).isEqualTo((int) (wrong % 5));
        assertThat(failures(user.username()) - auditBefore).isEqualTo(checked);

        var right = LoopbackClient.postJson(
                port,
                LoopbackClient.address(199),
                "/api/v1/tokens",
                "{\"username\":\"" + user.username() + "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\""
                        + users.freshCode(user) + "\"}");
        assertThat(right.status())
                .as("the right password is refused while locked")
                .isIn(401, 429);
    }

    /** The form's password step was tried a second time by the global authentication manager: counted twice. */
    @Test
    void aWrongPasswordOnTheSignInFormCountsOnce() {
        var user = users.create(Role.DISPATCHER);
        FormBrowser browser = new FormBrowser(port);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signInWithPasswordOnly(user.username(), "not the password")
                            .statusCode())
                    .isEqualTo(302);
        }
        var account = accounts.findById(user.id()).orElseThrow();
        assertThat(account.failedLogins()).isEqualTo(4);
        assertThat(account.lockedUntil()).isNull();
        assertThat(failures(user.username())).isEqualTo(4);
    }

    private long entries(String username, String condition) {
        return db.count(
                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'SIGN_IN_FAILED' AND actor = ? AND "
                        + condition,
                username);
    }

    /** Failed sign-ins of the account in the audit trail, not counting the one note that it was throttled. */
    private long failures(String username) {
        return entries(username, "detail NOT LIKE 'throttled%'");
    }
}
