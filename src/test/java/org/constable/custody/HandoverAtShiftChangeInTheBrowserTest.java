package org.constable.custody;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium: at shift change the outgoing custody sergeant reads the suite's handover on a desk
 * (1440x900), the juvenile without an appropriate adult first, and hands over to the incoming
 * sergeant by name; the incoming sergeant reads the same handover on a 360 px phone, without
 * sideways scrolling, and accepts it with one tap; the suite's record shows both names.
 */
@ConstableHttpTest
class HandoverAtShiftChangeInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SuiteStore suites;

    @Autowired
    MutableClock clock;

    @Test
    void theOutgoingSergeantHandsOverOnADeskAndTheIncomingOneAcceptsOnAPhone() {
        Browser.requireChromium();
        Api api = new Api(port);
        TestUsers.TestUser outgoing = users.create(Role.CUSTODY_OFFICER);
        TestUsers.TestUser incoming = users.create(Role.CUSTODY_OFFICER);
        String token = api.token(users, outgoing);
        String surname = "Shiftly" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        long personId = Json.read(
                        api.post("/api/v1/persons", token, "{\"forename\":\"Kai\",\"surname\":\"" + surname + "\"}")
                                .body())
                .get("id")
                .asLong();
        SuiteStore.Suite suite = suites.open("Handover browser suite " + System.nanoTime(), List.of("H1", "H2"));
        long cell = suites.cells(suite.id()).get(1).id();
        var booked = api.post(
                "/api/v1/custody/suites/" + suite.id() + "/detentions",
                token,
                "{\"personId\":" + personId + ",\"cellId\":" + cell
                        + ",\"arrestingOfficer\":\"PC 8 Ray\",\"arrestGrounds\":\"Seen damaging a car\","
                        + "\"offences\":[{\"description\":\"Criminal damage\",\"indictable\":true}],\"arrestedAt\":\""
                        + clock.instant().minus(Duration.ofMinutes(40)) + "\",\"juvenile\":true,"
                        + "\"risk\":{\"selfHarm\":true}}");
        org.assertj.core.api.Assertions.assertThat(booked.status())
                .as(booked.body())
                .isEqualTo(201);
        String base = "http://localhost:" + port;
        String handover = base + "/custody/suites/" + suite.id() + "/handover";

        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext desk = browser.newContext(new NewContextOptions().setViewportSize(1440, 900));
                BrowserContext phone = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = desk.newPage();
            page.navigate(handover);
            Browser.signIn(page, users, outgoing);
            page.navigate(handover);
            assertThat(page.locator("h1")).containsText("Handover");
            var line = page.locator("#handover-list > li", new Page.LocatorOptions().setHasText(surname));
            assertThat(line).containsText("H2");
            assertThat(line).containsText("Overdue: Appropriate adult needed");
            assertThat(line).containsText("Decision to detain not yet made");
            assertThat(line).containsText("self-harm");
            assertThat(page.locator("#overdue-count")).containsText("1 with something overdue now");
            page.getByLabel("Incoming custody officer (user name)").fill(incoming.username());
            page.getByLabel("Notes for the incoming officer").fill("H2 is 15: mother called, on her way");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand over"))
                    .click();
            assertThat(page.locator("#handovers")).containsText("handed over to " + incoming.username());
            assertThat(page.locator("#handovers")).containsText("Not yet accepted");
            // the outgoing officer is not offered the acceptance
            assertThat(page.locator("#accept-handover")).hasCount(0);

            Page mobile = phone.newPage();
            mobile.navigate(handover);
            Browser.signIn(mobile, users, incoming);
            mobile.navigate(handover);
            assertThat(mobile.locator("#handover-list")).containsText(surname);
            assertThat(mobile.locator("#handovers")).containsText("mother called");
            int width = ((Number) mobile.evaluate("document.documentElement.scrollWidth")).intValue();
            org.assertj.core.api.Assertions.assertThat(width)
                    .as("no sideways scrolling at 360 px")
                    .isLessThanOrEqualTo(360);
            mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept handover"))
                    .click();
            assertThat(mobile.locator("#handovers")).containsText("Accepted by " + incoming.username());

            page.reload();
            assertThat(page.locator("#handovers"))
                    .containsText(outgoing.username() + " handed over to " + incoming.username());
            assertThat(page.locator("#handovers")).containsText("Accepted by " + incoming.username());
        }
    }
}
