package org.constable.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.evidence.RecordingWorld.PURPOSE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The canary over every evidence page and endpoint: an exhibit linked to a restricted person holds
 * an interview recording whose file name and bookmark carry a covert-style marker. Every GET route
 * of the evidence module, found from the application's own mappings (so a new one is covered
 * without editing this test), is called with the restricted exhibit's and item's ids by investigators
 * and supervisors without need-to-know, over the API and as pages; no answer carries the marker and
 * each answers as a missing record does. The holder of the grant sees the marker (the control).
 */
@ConstableHttpTest
class NoEvidenceEndpointRevealsARestrictedRecordingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noEvidenceRouteShowsARestrictedRecordingOrItsMarkerToACallerWithoutNeedToKnow() throws Exception {
        TestMedia.requireFfmpeg();
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        var world = new RecordingWorld(api, port, clock, supervisor);
        String marker = "OPKESTREL" + System.nanoTime() % 1_000_000;
        long restricted = world.person(true, "Covert" + marker);
        var keeper = users.create(Role.INVESTIGATOR);
        var granted = api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + restricted + ",\"userId\":" + keeper.id() + "}");
        assertThat(granted.status()).as(granted.body()).isBetween(200, 204);
        String keeperToken = api.token(users, keeper);
        long exhibit = world.exhibit(keeperToken, world.crime(), "CV/1", restricted);
        var rec = world.recording(
                keeperToken,
                exhibit,
                "source-" + marker + ".wav",
                "audio/wav",
                TestMedia.audio(
                        2,
                        1500 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000)),
                "{}");
        long item = rec.get("id").asLong();
        assertThat(api.post(
                                "/api/v1/recordings/" + item + "/bookmarks",
                                keeperToken,
                                "{\"at\":\"0:00:01\",\"note\":\"Handler " + marker + " named\"}")
                        .status())
                .isEqualTo(201);
        // the control: the holder of the grant sees the marker
        assertThat(api.get("/api/v1/recordings/" + item + "?" + PURPOSE, keeperToken)
                        .body())
                .contains(marker);

        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.constable.evidence")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String p : info.getPatternValues()) {
                boolean ofItem = p.contains("digital-evidence") || p.contains("recordings");
                paths.add(p.replace("{id}", Long.toString(ofItem ? item : exhibit)));
            }
        });
        assertThat(paths).anyMatch(p -> p.contains("/recordings/" + item + "/working-copy"));
        assertThat(paths).anyMatch(p -> p.startsWith("/recordings/"));
        assertThat(paths).anyMatch(p -> p.startsWith("/exhibits/"));

        for (Role role : List.of(Role.INVESTIGATOR, Role.SUPERVISOR)) {
            var outsider = users.create(role);
            String token = api.token(users, outsider);
            FormBrowser pages = new FormBrowser(port);
            pages.signIn(users, outsider);
            for (String path : paths) {
                String withPurpose = path + (path.contains("?") ? "&" : "?") + PURPOSE;
                for (String range : new String[] {null, "bytes=0-99"}) {
                    var r = world.get(path.startsWith("/api/") ? withPurpose : path, token, range);
                    String body = new String(r.body(), StandardCharsets.ISO_8859_1);
                    assertThat(body)
                            .as(role + " GET " + path)
                            .doesNotContain(marker)
                            .doesNotContain("Covert");
                    if (path.contains("/" + item) || path.contains("/" + exhibit)) {
                        assertThat(r.statusCode()).as(role + " GET " + path).isIn(403, 404);
                    }
                }
                if (!path.startsWith("/api/")) {
                    var page = pages.get(path);
                    assertThat(page.body()).as(role + " page " + path).doesNotContain(marker);
                    assertThat(page.statusCode()).as(role + " page " + path).isIn(200, 403, 404);
                }
            }
        }
    }
}
