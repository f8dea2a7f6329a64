package org.constable.investigation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.investigation.domain.CaseFileContent;
import org.constable.investigation.domain.CaseFilePackageKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Case file versions (investigation.case_file) as JSON documents, the offences table and the exports. */
@Repository
public class CaseFileStore {

    public record VersionRow(
            long id,
            long investigationId,
            int version,
            @Nullable Integer basedOn,
            boolean submitted,
            CaseFileContent content,
            int revision,
            String startedBy,
            Instant startedAt,
            @Nullable String submittedBy,
            @Nullable Instant submittedAt) {}

    public record Offence(String code, String title, String wording, String legislation) {}

    public record ExportRow(
            long id,
            CaseFilePackageKind kind,
            String recipient,
            String exportedBy,
            Instant exportedAt,
            String manifestSha256) {}

    private static final String COLUMNS = "id, investigation_id, version, based_on, status, content::text, revision,"
            + " started_by, started_at, submitted_by, submitted_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseFileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(
            long investigationId,
            int version,
            @Nullable Integer basedOn,
            CaseFileContent content,
            String by,
            Instant at) {
        return jdbc.sql("INSERT INTO investigation.case_file (investigation_id, version, based_on, status, content,"
                        + " started_by, started_at) VALUES (?, ?, ?, 'DRAFT', ?::jsonb, ?, ?) RETURNING id")
                .param(investigationId)
                .param(version)
                .param(basedOn)
                .param(json.writeValueAsString(content))
                .param(by)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public Optional<VersionRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.case_file WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The row, locked for a change. */
    public Optional<VersionRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.case_file WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::row)
                .optional();
    }

    public List<VersionRow> ofInvestigation(long investigationId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM investigation.case_file WHERE investigation_id = ? ORDER BY version")
                .param(investigationId)
                .query(this::row)
                .list();
    }

    public int lastVersion(long investigationId) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM investigation.case_file WHERE investigation_id = ?")
                .param(investigationId)
                .query(Integer.class)
                .single();
    }

    /** Writes a draft's content if it is still at the revision read; answers whether it was. */
    public boolean write(long id, int revision, CaseFileContent content) {
        return jdbc.sql("UPDATE investigation.case_file SET content = ?::jsonb, revision = revision + 1"
                                + " WHERE id = ? AND status = 'DRAFT' AND revision = ?")
                        .params(json.writeValueAsString(content), id, revision)
                        .update()
                == 1;
    }

    public boolean submit(long id, CaseFileContent content, String by, Instant at) {
        return jdbc.sql(
                                "UPDATE investigation.case_file SET content = ?::jsonb, revision = revision + 1,"
                                        + " status = 'SUBMITTED', submitted_by = ?, submitted_at = ? WHERE id = ? AND status = 'DRAFT'")
                        .params(json.writeValueAsString(content), by, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    public List<Offence> offences() {
        return jdbc.sql("SELECT code, title, wording, legislation FROM investigation.offence ORDER BY title")
                .query((rs, n) -> new Offence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Offence> offence(String code) {
        return offences().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public void exported(
            long caseFileId, CaseFilePackageKind kind, String recipient, String by, Instant at, String manifestSha256) {
        jdbc.sql("INSERT INTO investigation.case_file_export (case_file_id, kind, recipient, exported_by, exported_at,"
                        + " manifest_sha256) VALUES (?, ?, ?, ?, ?, ?)")
                .params(caseFileId, kind.name(), recipient, by, Timestamp.from(at), manifestSha256)
                .update();
    }

    public List<ExportRow> exports(long caseFileId) {
        return jdbc.sql("SELECT id, kind, recipient, exported_by, exported_at, manifest_sha256"
                        + " FROM investigation.case_file_export WHERE case_file_id = ? ORDER BY id")
                .param(caseFileId)
                .query((rs, n) -> new ExportRow(
                        rs.getLong(1),
                        CaseFilePackageKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    private VersionRow row(ResultSet rs, int n) throws SQLException {
        int basedOn = rs.getInt(4);
        boolean noBase = rs.wasNull();
        Timestamp submitted = rs.getTimestamp(11);
        return new VersionRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                noBase ? null : basedOn,
                "SUBMITTED".equals(rs.getString(5)),
                json.readValue(rs.getString(6), CaseFileContent.class),
                rs.getInt(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10),
                submitted == null ? null : submitted.toInstant());
    }
}
