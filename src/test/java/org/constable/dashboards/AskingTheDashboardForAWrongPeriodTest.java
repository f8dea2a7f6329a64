package org.constable.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.fieldError;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A period the dashboard cannot show (ending before it starts, or longer than two years) is refused
 * with a problem naming the parameter at fault and what is allowed, on every figure of the API, and
 * leaves nothing behind in the audit trail.
 */
@ConstableHttpTest
class AskingTheDashboardForAWrongPeriodTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void aPeriodEndingBeforeItStartsOrLongerThanTwoYearsIsRefusedNamingTheParameter() {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        long audited = db.count("SELECT count(*) FROM audit.audit_entry");

        for (String figures : new String[] {"overview", "areas", "lsoas.csv"}) {
            String backwards = fieldError(
                    api.get("/api/v1/dashboards/" + figures + "?from=2026-03-10&to=2026-03-01", supervisor), "to");
            assertThat(backwards).contains("to not before from").contains("2026-03-17");

            String tooLong = fieldError(
                    api.get("/api/v1/dashboards/" + figures + "?from=2023-01-01&to=2026-03-01", supervisor), "from");
            assertThat(tooLong).contains("up to two years").contains("732 days");
        }

        assertThat(db.count("SELECT count(*) FROM audit.audit_entry")).isEqualTo(audited);
    }
}
