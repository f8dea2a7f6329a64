package org.constable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConstableHttpTest
class SigningInWithTwoFactorsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aUserWithPasswordAndCurrentCodeGetsATokenThatOpensTheApi() {
        var user = users.create(Role.DISPATCHER);
        String token = api.token(users, user);
        var me = api.get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains(user.username()).contains("DISPATCHER");
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        var r = api.get("/api/v1/me", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).contains("application/problem+json"));
    }
}
