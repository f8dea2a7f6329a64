package org.constable.investigation.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.constable.shared.NameRedaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The redaction of a disposed person's names from investigations' free text (ADR 0109): titles and
 * plans, plan versions, lines of enquiry, actions, supervisory reviews, safeguarding referrals and
 * risk assessments. Each place is one UPDATE over the columns that hold words.
 */
@Repository
public class FreeTextRedactionStore {

    /** A table, its columns of free text, and how a changed row is named (an SQL expression). */
    private record Field(String table, List<String> columns, String named) {}

    private static final List<Field> FIELDS = List.of(
            new Field("investigation.investigation", List.of("title", "plan"), "'investigation ' || reference"),
            new Field(
                    "investigation.plan_version",
                    List.of("text"),
                    "'investigation ' || investigation_id || ' plan version ' || version"),
            new Field(
                    "investigation.line_of_enquiry",
                    List.of("description", "result"),
                    "'investigation ' || investigation_id || ' line of enquiry ' || id"),
            new Field(
                    "investigation.investigation_action",
                    List.of("description", "result"),
                    "'investigation ' || investigation_id || ' action ' || id"),
            new Field(
                    "investigation.supervisory_review",
                    List.of("decisions"),
                    "'investigation ' || investigation_id || ' supervisory review ' || id"),
            new Field(
                    "investigation.safeguarding_referral",
                    List.of("subject", "concerns", "outcome"),
                    "'safeguarding referral ' || id"),
            new Field("investigation.risk_assessment", List.of("subject", "notes"), "'risk assessment ' || id"));

    private final JdbcClient jdbc;

    public FreeTextRedactionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Redacts the names wherever an investigation holds words; returns where. */
    public List<String> redact(NameRedaction names) {
        List<String> places = new ArrayList<>();
        for (Field f : FIELDS) {
            String set = f.columns().stream()
                    .map(c -> c + " = regexp_replace(" + c + ", :re, :mark, 'gi')")
                    .collect(Collectors.joining(", "));
            String where = f.columns().stream().map(c -> c + " ~* :re").collect(Collectors.joining(" OR "));
            places.addAll(
                    jdbc.sql("UPDATE " + f.table() + " SET " + set + " WHERE " + where + " RETURNING " + f.named())
                            .params(names.binding())
                            .query(String.class)
                            .list());
        }
        return places;
    }
}
