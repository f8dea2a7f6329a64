package org.constable.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.fieldError;

import java.time.YearMonth;
import java.time.ZoneId;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open-data export of a month not yet over, and a snap-point file with a wrong line, are refused
 * with a problem naming the field (the column, for the file, with its line but never the value found
 * there), and neither the register of exports nor the snap-point set changes.
 */
@ConstableHttpTest
class ABadExportOrSnapPointFileChangesNothingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Test
    void aMonthNotYetOverIsRefusedNamingTheMonthAndNothingIsPublished() {
        Api api = new Api(port);
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        YearMonth thisMonth = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        long exports = db.count("SELECT count(*) FROM analytics.open_data_export");

        String message = fieldError(
                api.post(
                        "/api/v1/open-data/exports",
                        analyst,
                        "{\"month\":\"" + thisMonth
                                + "\",\"recipient\":\"data.police.uk\",\"justification\":\"Monthly\"}"),
                "month");

        assertThat(message).isEqualTo("A month can be published only after it has ended.");
        assertThat(db.count("SELECT count(*) FROM analytics.open_data_export")).isEqualTo(exports);
    }

    @Test
    void aSnapPointFileWithAWrongLineIsRefusedNamingTheColumnAndLineAndTheSetStaysAsItWas() {
        Api api = new Api(port);
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        String before = api.get("/api/v1/open-data/snap-points", analyst).body();

        String latitude = fieldError(
                api.send(
                        "PUT",
                        "/api/v1/open-data/snap-points",
                        analyst,
                        "name,latitude,longitude,addresses\nOn or near Good Row,53.4,-2.2,30\n"
                                + "On or near Secret Lane,SECRETVALUE,-2.2,30\n"),
                "latitude");
        assertThat(latitude)
                .contains("line 3")
                .contains("latitude must be a number from -90 to 90")
                .doesNotContain("SECRETVALUE");

        String addresses = fieldError(
                api.send(
                        "PUT",
                        "/api/v1/open-data/snap-points",
                        analyst,
                        "name,latitude,longitude\nOn or near Good Row,53.4,-2.2\n"),
                "addresses");
        assertThat(addresses).contains("line 2").contains("the column addresses is missing");

        assertThat(api.get("/api/v1/open-data/snap-points", analyst).body()).isEqualTo(before);
    }
}
