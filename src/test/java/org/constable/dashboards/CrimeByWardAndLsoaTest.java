package org.constable.dashboards;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.identity.Role;
import org.constable.mapping.BritishNationalGrid;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ImportFolders;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An analyst reads crime by ward and by LSOA. Two synthetic 1 km wards on the British National Grid
 * (test-wards.geojson, West and East); crimes recorded today at places in them, outside them and
 * with no place; and two months of synthetic police.uk rows, so that every figure can be counted
 * by hand. The wards are configured as a force would, by file. Because it counts every crime
 * recorded today, also those outside the wards, it has an application context (and a database) of
 * its own, closed afterwards (ADR 0062).
 */
@ConstableHttpTest
@TestPropertySource(properties = "constable.dashboard.wards-file=classpath:dashboard/test-wards.geojson")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrimeByWardAndLsoaTest {

    private static final BritishNationalGrid BNG = new BritishNationalGrid();
    private static final double[] WEST = BNG.degrees(400500, 300500),
            EAST = BNG.degrees(401500, 300500),
            OUTSIDE = BNG.degrees(405000, 300500);
    private static final String MARCH = "from=2011-03-01&to=2011-03-31";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    PoliceUkImport imports;

    Api api;
    String analyst;
    String today;

    @BeforeAll
    void seed() throws Exception {
        Path folder = ImportFolders.fresh(imports.folder());
        LocalDate day = clock.dayClearOfMidnight(ZoneId.of("Europe/London"));
        api = new Api(port);
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        today = "from=" + day + "&to=" + day;
        // recorded today: two in West, one in East, one outside both wards, one with no place
        for (double[] at : new double[][] {WEST, WEST, EAST, OUTSIDE, null}) {
            record(investigator, at);
        }
        // police.uk, February: West 1, East 2; March: West 3, East 1, outside 1, one row with no location and no LSOA
        StringBuilder feb = header(), mar = header();
        row(feb, "2011-02", WEST, "E01090001", "Testshire 001A");
        row(feb, "2011-02", EAST, "E01090002", "Testshire 001B");
        row(feb, "2011-02", EAST, "E01090002", "Testshire 001B");
        row(mar, "2011-03", WEST, "E01090001", "Testshire 001A");
        row(mar, "2011-03", WEST, "E01090001", "Testshire 001A");
        row(mar, "2011-03", WEST, "E01090001", "Testshire 001A");
        row(mar, "2011-03", EAST, "E01090002", "Testshire 001B");
        row(mar, "2011-03", OUTSIDE, "E01090003", "Elsewhere 001C");
        row(mar, "2011-03", null, "", "");
        Files.writeString(folder.resolve("2011-02-test-street.csv"), feb.toString());
        Files.writeString(folder.resolve("2011-03-test-street.csv"), mar.toString());
        PoliceUkImport.RunResult run =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});
        assertThat(run.status()).isEqualTo(ImportRunStatus.COMPLETED);
    }

    @Test
    void recordedCrimesAreCountedByTheWardTheirPlaceIsInAndNoneIsDropped() {
        var response = api.get("/api/v1/dashboards/areas?" + today, analyst);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode areas = Json.read(response.body());
        assertThat(areas.get("wards").asInt()).isEqualTo(2);
        assertThat(areas.get("wardSource").asString())
                .contains("test-wards.geojson")
                .contains("EPSG:27700");
        JsonNode byWard = areas.get("recordedByWard");
        assertThat(row(byWard, "T05000001").get("count").asLong()).isEqualTo(2);
        assertThat(row(byWard, "T05000001").get("label").asString()).isEqualTo("Test ward West");
        assertThat(row(byWard, "T05000002").get("count").asLong()).isEqualTo(1);
        assertThat(row(byWard, "(outside)").get("count").asLong()).isEqualTo(1);
        assertThat(row(byWard, "(outside)").get("label").asString()).isEqualTo("Outside known wards");
        assertThat(row(byWard, "(no location)").get("count").asLong()).isEqualTo(1);
        assertThat(byWard).hasSize(4);
        assertThat(byWard.get(0).get("key").asString()).as("largest first").isEqualTo("T05000001");
        assertThat(row(byWard, "T05000001").get("previous").asLong()).isZero();
        assertThat(row(byWard, "T05000001").get("series")).hasSize(1);
        // recorded crimes have no LSOA: the LSOA figures hold none of them
        assertThat(areas.get("lsoas")).isEmpty();
    }

    @Test
    void historicPoliceUkCrimesAreCountedByWardAndByLsoaAgainstTheMonthBefore() {
        JsonNode areas =
                Json.read(api.get("/api/v1/dashboards/areas?" + MARCH, analyst).body());
        JsonNode byWard = areas.get("historicByWard");
        assertThat(count(byWard, "T05000001")).containsExactly(3, 1);
        assertThat(count(byWard, "T05000002")).containsExactly(1, 2);
        assertThat(count(byWard, "(outside)")).containsExactly(1, 0);
        assertThat(count(byWard, "(no location)")).containsExactly(1, 0);
        assertThat(row(byWard, "T05000002").get("trend").asDouble()).isEqualTo(-0.5);
        assertThat(row(byWard, "T05000001").get("trend").asDouble()).isEqualTo(2.0);
        assertThat(areas.get("historicMonths")).hasSize(1);
        assertThat(areas.get("recordedByWard").get(0).get("count").asLong())
                .as("nothing was recorded in March 2011")
                .isZero();

        JsonNode lsoas = areas.get("lsoas");
        assertThat(count(lsoas, "E01090001")).containsExactly(3, 1);
        assertThat(count(lsoas, "E01090002")).containsExactly(1, 2);
        assertThat(count(lsoas, "E01090003")).containsExactly(1, 0);
        assertThat(count(lsoas, "(no LSOA)")).containsExactly(1, 0);
        assertThat(row(lsoas, "E01090001").get("label").asString()).isEqualTo("Testshire 001A");
        assertThat(areas.get("topLsoas"))
                .extracting(l -> l.get("key").asString())
                .containsExactly("E01090001", "E01090002", "E01090003");

        var csv = api.send("GET", "/api/v1/dashboards/lsoas.csv?" + MARCH, analyst, null, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("""
                LSOA code,LSOA name,Crimes 2011-03 to 2011-03,Crimes 2011-02 to 2011-02
                E01090001,Testshire 001A,3,1
                E01090002,Testshire 001B,1,2
                E01090003,Elsewhere 001C,1,0
                ,No LSOA given,1,0
                """);

        JsonNode map = Json.read(api.get("/api/v1/dashboards/wards", analyst).body());
        assertThat(map.get("features")).hasSize(2);
        assertThat(map.get("features").get(0).get("properties").get("name").asString())
                .isEqualTo("Test ward West");
    }

    @Test
    void onlyThoseWhoMayReadDashboardsReadAreasAndABadPeriodIsRefused() {
        for (Role role : new Role[] {Role.SUPERVISOR, Role.CRIME_REGISTRAR}) {
            String token = api.token(users, users.create(role));
            assertThat(api.get("/api/v1/dashboards/areas?" + MARCH, token).status())
                    .as(role.name())
                    .isEqualTo(200);
        }
        for (Role role : new Role[] {Role.CALL_HANDLER, Role.DISPATCHER, Role.INVESTIGATOR}) {
            String token = api.token(users, users.create(role));
            assertThat(api.get("/api/v1/dashboards/areas?" + MARCH, token).status())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/dashboards/lsoas.csv?" + MARCH, token).status())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/dashboards/wards", token).status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/v1/dashboards/areas?" + MARCH, null).status()).isEqualTo(401);
        var backwards = api.get("/api/v1/dashboards/areas?from=2011-03-31&to=2011-03-01", analyst);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("ends on or after");
    }

    @Test
    void theWardMapAndTablesShowOnAPhone() {
        Browser.requireChromium();
        TestUsers.TestUser supervisor = users.create(Role.SUPERVISOR);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = context.newPage();
            Browser.signIn(page, port, "/dashboards?" + MARCH, users, supervisor);
            page.navigate("http://localhost:" + port + "/dashboards?" + MARCH);
            assertThat(page.locator("#historic-by-ward tr[data-key='T05000001']"))
                    .containsText("Test ward West");
            assertThat(page.locator("#historic-by-ward tr[data-key='T05000001'] td")
                            .nth(1))
                    .hasText("3");
            assertThat(page.locator("#historic-by-ward tr[data-key='(outside)']"))
                    .containsText("Outside known wards");
            assertThat(page.locator("#top-lsoas tbody tr").first()).containsText("Testshire 001A");
            assertThat(page.locator("#lsoa-note")).containsText("no LSOA");
            // the choropleth: one shaded shape a ward, drawn with no tile server
            page.locator("#ward-map").scrollIntoViewIfNeeded();
            assertThat(page.locator("#ward-map[data-drawn='2']")).isVisible();
            assertThat(page.locator("#ward-map path.leaflet-interactive")).hasCount(2);
            // nothing was recorded in March 2011, so the map opens on historic crime: West (3) darkest, East (1) a
            // third of it
            assertThat(page.locator("#ward-map")).hasAttribute("data-shaded-by", "historic");
            assertThat(opacities(page)).containsExactly("0.28", "0.75");
            page.locator("#ward-shade").selectOption("recorded");
            assertThat(page.locator("#ward-map")).hasAttribute("data-shaded-by", "recorded");
            assertThat(opacities(page)).containsExactly("0.05", "0.05");
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            // the full LSOA table downloads from the page with the same session
            com.microsoft.playwright.Download download =
                    page.waitForDownload(() -> page.locator("#lsoa-csv").click());
            assertThat(download.suggestedFilename()).isEqualTo("lsoa-crime-2011-03-01-2011-03-31.csv");
            try {
                assertThat(Files.readString(download.path())).contains("E01090001,Testshire 001A,3,1\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Object cut =
                    page.evaluate("() => [...document.querySelectorAll('table.areas')].filter(t => t.offsetParent && "
                            + "t.parentElement.scrollWidth > t.parentElement.clientWidth).length");
            assertThat(((Number) cut).intValue())
                    .as("no ward or LSOA table needs scrolling sideways at 360 px")
                    .isZero();
        }
    }

    /** The wards' fill opacities on the map, two decimals, in ascending order. */
    private static java.util.List<String> opacities(Page page) {
        page.waitForFunction("() => document.querySelectorAll('#ward-map path.leaflet-interactive').length === 2");
        @SuppressWarnings("unchecked")
        java.util.List<String> values = (java.util.List<String>)
                page.evaluate("() => [...document.querySelectorAll('#ward-map path.leaflet-interactive')]"
                        + ".map(p => Number(p.getAttribute('fill-opacity')).toFixed(2)).sort()");
        return values;
    }

    private void record(String investigator, double[] at) {
        long victim = Json.read(
                        api.post("/api/v1/persons", investigator, "{\"forename\":\"Test\",\"surname\":\"Resident\"}")
                                .body())
                .get("id")
                .asLong();
        Instant occurred = clock.instant().minusSeconds(3600);
        String where = at == null
                ? "\"locationText\":\"Somewhere unknown\""
                : String.format(
                        Locale.ROOT,
                        "\"latitude\":%.7f,\"longitude\":%.7f,\"locationText\":\"Test place\"",
                        at[1],
                        at[0]);
        var crime = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"classificationCode\":\"28E\",\"occurredFrom\":\"" + occurred
                        + "\",\"occurredTo\":\"" + occurred.plusSeconds(600) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(900) + "\"," + where + ",\"victims\":[{\"personId\":" + victim
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Shed broken into\",\"officerInCharge\":\""
                        + api.username(investigator) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
    }

    private static StringBuilder header() {
        return new StringBuilder(
                "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                        + "Crime type,Last outcome category,Context\n");
    }

    private static void row(StringBuilder csv, String month, double[] at, String lsoa, String lsoaName)
            throws Exception {
        String id = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest((month + csv.length() + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
        csv.append(id)
                .append(',')
                .append(month)
                .append(",Test Police,Test Police,")
                .append(at == null ? "," : String.format(Locale.ROOT, "%.6f,%.6f", at[0], at[1]))
                .append(at == null ? ",No location," : ",On or near Test Street,")
                .append(lsoa)
                .append(',')
                .append(lsoaName)
                .append(",Burglary,Under investigation,\n");
    }

    private static JsonNode row(JsonNode counts, String key) {
        for (JsonNode c : counts) {
            if (c.get("key").asString().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no row " + key + " in " + counts);
    }

    private static long[] count(JsonNode counts, String key) {
        JsonNode row = row(counts, key);
        return new long[] {row.get("count").asLong(), row.get("previous").asLong()};
    }
}
