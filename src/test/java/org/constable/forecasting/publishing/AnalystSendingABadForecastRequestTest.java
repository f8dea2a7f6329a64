package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.fieldError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each wrong value of a forecast request is refused with a problem naming its field and what is
 * allowed (ADR 0058), before any crime is read, and no forecast is stored.
 */
@ConstableHttpTest
class AnalystSendingABadForecastRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void everyWrongValueIsRefusedNamingItsFieldAndNothingIsStored() {
        Api api = new Api(port);
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        long before = db.count("SELECT count(*) FROM analytics.published_forecast");

        assertThat(fieldError(publish(api, analyst, "\"horizon\":\"fortnight\","), "horizon"))
                .contains("use next-day, next-week or next-month");
        assertThat(fieldError(publish(api, analyst, "\"source\":\"rumour\","), "source"))
                .contains("use historic")
                .contains("or recorded");
        assertThat(fieldError(publish(api, analyst, "\"cellSize\":10,"), "cellSize"))
                .contains("between 50 and 2000 metres");
        assertThat(fieldError(publish(api, analyst, "\"topCells\":500,"), "topCells"))
                .contains("between 1 and 200");
        assertThat(fieldError(publish(api, analyst, "\"cellScheme\":\"h3\",\"h3Resolution\":4,"), "h3Resolution"))
                .contains("from 7")
                .contains("to 11");
        assertThat(fieldError(publish(api, analyst, "\"crimeType\":\"Mischief\","), "crimeType"))
                .contains("police.uk category");
        assertThat(fieldError(publish(api, analyst, "\"windowTo\":\"2015-13\","), "windowTo"))
                .contains("months 01 to 12");
        assertThat(fieldError(publish(api, analyst, "\"method\":\"crystal-ball\","), "method"))
                .contains("Unknown method 'crystal-ball'")
                .contains("naive, naive-<n>d|m");
        assertThat(fieldError(publish(api, analyst, "\"method\":\"naive-0d\","), "method"))
                .contains("a number out of range");
        assertThat(fieldError(publish(api, analyst, "\"method\":\"prohot-30-8\","), "method"))
                .contains("from 1 to 20");
        assertThat(fieldError(
                        publish(api, analyst, "\"method\":\"sepp\",\"cellScheme\":\"h3\",\"h3Resolution\":9,"),
                        "method"))
                .contains("not available on H3 cells");

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast"))
                .isEqualTo(before);
    }

    /**
     * A good request of historic burglary, naive on 250 m squares, with the fields given (JSON members,
     * each followed by a comma) in place of the good ones.
     */
    private static Api.Response publish(Api api, String analyst, String fields) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("crimeType", "\"Burglary\"");
        members.put("method", "\"naive\"");
        members.put("windowFrom", "\"2015-01\"");
        members.put("windowTo", "\"2015-03\"");
        members.put("topCells", "5");
        for (String member : fields.split(",")) {
            String[] nameAndValue = member.split(":", 2);
            members.put(nameAndValue[0].replace("\"", ""), nameAndValue[1]);
        }
        String body = members.entrySet().stream()
                .map(m -> "\"" + m.getKey() + "\":" + m.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        return api.post("/api/v1/analytics/forecasts", analyst, body);
    }
}
