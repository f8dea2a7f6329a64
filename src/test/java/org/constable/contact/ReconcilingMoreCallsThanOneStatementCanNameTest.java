package org.constable.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: the calls reconciliation answered 409 "Conflict" once a force had more than 65,535 calls,
 * because it named every incident id as its own bind parameter and PostgreSQL's protocol allows no
 * more in one statement. A force takes that many calls in weeks. Here 70,000 calls point at incidents
 * that do not exist (copies of one real call, made straight in the database): the reconciliation
 * answers, counts them all and names them as orphans. The copies are removed afterwards.
 */
@ConstableHttpTest
class ReconcilingMoreCallsThanOneStatementCanNameTest {

    private static final int COPIES = 70_000;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void seventy_thousand_calls_are_reconciled_and_their_missing_incidents_named() {
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        Api.Response call = api.post(
                "/api/v1/calls",
                handler,
                CommandAndControl.callAt(
                        CommandAndControl.freshArea(), CommandAndControl.thrive("LOW", "LOW", "LOW", "LOW"), ""));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long callId = Json.read(call.body()).get("callId").asLong();
        long before = orphans(api, dispatcher);
        try {
            assertThat(db.tamper(
                            "INSERT INTO contact.call (reference, channel, received_at, presented_at, answered_at,"
                                    + " handled_by, caller_anonymous, caller_name, caller_phone, caller_person_id,"
                                    + " location_text, latitude, longitude, location_id, location_unverified,"
                                    + " what_happened, call_type, thrive, proposed_grade, grade, grade_reason,"
                                    + " incident_id, joined_existing) SELECT 'RECON-' || n, channel, received_at,"
                                    + " presented_at, answered_at, handled_by, caller_anonymous, caller_name,"
                                    + " caller_phone, caller_person_id, location_text, latitude, longitude, location_id,"
                                    + " location_unverified, what_happened, call_type, thrive, proposed_grade, grade,"
                                    + " grade_reason, -n, joined_existing FROM contact.call, generate_series(1, ?) n"
                                    + " WHERE id = ?",
                            COPIES,
                            callId))
                    .isEqualTo(COPIES);

            Api.Response r = api.get("/api/v1/calls/reconciliation", dispatcher);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode report = Json.read(r.body());
            assertThat(report.get("calls").asLong()).isGreaterThan(COPIES);
            assertThat(report.get("orphanCalls").size()).isEqualTo(before + COPIES);
            assertThat(report.get("calls").asLong() - report.get("withIncident").asLong())
                    .isEqualTo(before + COPIES);
            assertThat(report.get("orphanCalls").toString()).contains("RECON-1\"", "RECON-70000\"");
        } finally {
            db.tamper("DELETE FROM contact.call WHERE reference LIKE 'RECON-%'");
        }
    }

    private static long orphans(Api api, String token) {
        Api.Response r = api.get("/api/v1/calls/reconciliation", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body()).get("orphanCalls").size();
    }
}
