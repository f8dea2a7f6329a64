package org.constable.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.TestUsers.TestUser;

/**
 * A covert operation built over the real API: a senior officer (an inspector), an authorising
 * officer (a superintendent) and an investigator as members, with every text field carrying the
 * given marker; a directed surveillance authorisation applied for and granted; an intelligence
 * report, about the given person, submitted and graded inside the operation by a member analyst.
 */
public final class CovertScene {

    public final TestUser senior;
    public final TestUser officer;
    public final TestUser investigator;
    public final TestUser analyst;
    public String seniorToken;
    public String officerToken;
    public String investigatorToken;
    public String analystToken;
    public final long operation;
    public long authorisation;
    public long report;

    private final Api api;
    private final TestUsers users;

    public CovertScene(Api api, TestUsers users, String marker) {
        this.api = api;
        this.users = users;
        senior = users.create(Rank.INSPECTOR, Role.SUPERVISOR);
        officer = users.create(Rank.SUPERINTENDENT, Role.SUPERVISOR);
        investigator = users.create(Rank.CONSTABLE, Role.INVESTIGATOR);
        analyst = users.create(Role.INTELLIGENCE_ANALYST);
        signIn();
        var opened = api.post(
                "/api/v1/covert/operations",
                seniorToken,
                "{\"name\":\"Operation " + marker + "N\",\"purpose\":\"" + marker + "P\",\"memberIds\":[" + officer.id()
                        + "," + investigator.id() + "," + analyst.id() + "]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        operation = Json.read(opened.body()).get("id").asLong();
    }

    /** The senior officer adds a member. */
    public void addMember(long userId) {
        var added = api.post(
                "/api/v1/covert/operations/" + operation + "/members", seniorToken, "{\"userId\":" + userId + "}");
        assertThat(added.status()).as(added.body()).isEqualTo(204);
    }

    /** Fresh tokens for the members (after the clock moved past their tokens' lifetime). */
    public void signIn() {
        seniorToken = api.token(users, senior);
        officerToken = api.token(users, officer);
        investigatorToken = api.token(users, investigator);
        analystToken = api.token(users, analyst);
    }

    /** Applies (as the investigator) and, if asked, grants (as the authorising officer). */
    public long authorise(String marker, boolean grant) {
        var applied = api.post(
                "/api/v1/covert/operations/" + operation + "/authorisations",
                investigatorToken,
                "{\"authorisingOfficerId\":" + officer.id() + ",\"grounds\":\"" + marker + "G\",\"necessity\":\""
                        + marker + "Y\",\"proportionality\":\"" + marker + "R\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        authorisation = Json.read(applied.body()).get("id").asLong();
        if (grant) {
            var granted = api.post("/api/v1/covert/authorisations/" + authorisation + "/grant", officerToken, "{}");
            assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        }
        return authorisation;
    }

    /** A report naming the person submitted into the operation by the investigator, graded by the member analyst. */
    public long report(String marker, long personId) {
        var submitted = api.post(
                "/api/v1/intelligence/reports",
                investigatorToken,
                "{\"text\":\"" + marker + "T\",\"placeWords\":\"" + marker + "W\",\"sourceType\":\"MEMBER_OF_PUBLIC\","
                        + "\"personIds\":[" + personId + "],\"operationId\":" + operation + "}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        report = Json.read(submitted.body()).get("id").asLong();
        var graded = api.post(
                "/api/v1/intelligence/reports/" + report + "/evaluations",
                analystToken,
                "{\"sourceEvaluation\":2,\"assessment\":\"B\",\"handlingCode\":\"C\",\"handlingConditions\":\"" + marker
                        + "C\",\"riskAssessment\":\"" + marker + "K\",\"sanitisedText\":\"" + marker + "S\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        return report;
    }

    /** A member's work that leaves its text behind: a review and a use of the authorisation. */
    public void work(String marker) {
        var used = api.post(
                "/api/v1/covert/authorisations/" + authorisation + "/uses",
                investigatorToken,
                "{\"activity\":\"" + marker + "A\"}");
        assertThat(used.status()).as(used.body()).isEqualTo(200);
        var reviewed = api.post(
                "/api/v1/covert/authorisations/" + authorisation + "/reviews",
                officerToken,
                "{\"outcome\":\"CONTINUE\",\"notes\":\"" + marker + "V\"}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }
}
