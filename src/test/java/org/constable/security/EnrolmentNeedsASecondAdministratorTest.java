package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.identity.Role;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.Api;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, H3: an administrator who makes an account knows its first password, and could sign in
 * as it and set up its authenticator. Now such an account enrols only with a one-time code issued
 * by a second administrator (not the one who made it), and the secret is made afresh and shown only
 * in the session that redeemed the code.
 */
@SecurityHttpTest
class EnrolmentNeedsASecondAdministratorTest {

    private static final String FIRST_PASSWORD = "a long and unusual passphrase";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    @Test
    void theAdministratorWhoMadeAnAccountCannotCompleteItsEnrolment() {
        Api api = new Api(port);
        String a = api.token(users, users.create(Role.ADMINISTRATOR));
        String b = api.token(users, users.create(Role.ADMINISTRATOR));
        String username = "newbie" + System.nanoTime() % 100000;
        var created = api.post(
                "/api/v1/users",
                a,
                "{\"username\":\"" + username + "\",\"displayName\":\"New Officer\",\"password\":\"" + FIRST_PASSWORD
                        + "\",\"roles\":[\"DISPATCHER\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        String storedSecret = accounts.findById(id).orElseThrow().totpSecret();

        // the maker signs in with the first password: asked for an enrolment code, shown no secret
        FormBrowser maker = new FormBrowser(port);
        assertThat(maker.signInWithPasswordOnly(username, FIRST_PASSWORD).statusCode())
                .isEqualTo(302);
        String page = maker.get("/login/totp").body();
        assertThat(page).contains("Enrolment code").doesNotContain(storedSecret).doesNotContain("totp-secret");
        // nor is a code from the secret accepted (say it leaked) before an enrolment code was redeemed
        clock.advance(Duration.ofSeconds(30));
        var token = api.post(
                "/api/v1/tokens",
                null,
                "{\"username\":\"" + username + "\",\"password\":\"" + FIRST_PASSWORD + "\",\"code\":\""
                        + Rfc6238Totp.codeAt(storedSecret, clock.instant()) + "\"}");
        assertThat(token.status()).isEqualTo(401);

        // the maker cannot issue the enrolment code; a second administrator can
        assertThat(api.post("/api/v1/users/" + id + "/enrolment-code", a, null).status())
                .isEqualTo(403);
        var issued = api.post("/api/v1/users/" + id + "/enrolment-code", b, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String code = Json.read(issued.body()).get("code").asString();

        // the new officer redeems it and sees a fresh secret, in this session only
        FormBrowser officer = new FormBrowser(port);
        officer.signInWithPasswordOnly(username, FIRST_PASSWORD);
        officer.get("/login/totp");
        var redeemed = officer.postForm("/login/enrolment", Map.of("enrolmentCode", code, "_csrf", officer.csrf()));
        assertThat(redeemed.statusCode()).isEqualTo(302);
        String setUp = officer.get("/login/totp").body();
        Matcher m = SECRET.matcher(setUp);
        assertThat(m.find()).as(setUp).isTrue();
        String secret = m.group(1);
        assertThat(secret).isNotEqualTo(storedSecret);

        FormBrowser makerAgain = new FormBrowser(port);
        makerAgain.signInWithPasswordOnly(username, FIRST_PASSWORD);
        assertThat(makerAgain.get("/login/totp").body())
                .as("another session of the same account still needs a code")
                .doesNotContain(secret)
                .contains("Enrolment code");

        clock.advance(Duration.ofSeconds(30));
        var signedIn = officer.postForm(
                "/login/totp", Map.of("code", Rfc6238Totp.codeAt(secret, clock.instant()), "_csrf", officer.csrf()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        assertThat(accounts.findById(id).orElseThrow().totpEnrolled()).isTrue();

        var reused = officer.postForm("/login/enrolment", Map.of("enrolmentCode", code, "_csrf", officer.csrf()));
        assertThat(reused.statusCode()).isIn(302, 403);
    }
}
