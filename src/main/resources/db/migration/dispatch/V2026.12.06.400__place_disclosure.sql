-- Disclosures of a restricted incident address by dispatch (ADR 0045): sending a unit to a live
-- incident at a restricted address discloses the address to the officers crewing it, and only to
-- them. One row per incident and officer; the audit trail holds the disclosure with its recipients.
CREATE TABLE dispatch.place_disclosure (
    incident_id  BIGINT      NOT NULL REFERENCES dispatch.incident (id),
    user_id      BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL REFERENCES dispatch.unit (id),
    disclosed_at TIMESTAMPTZ NOT NULL,
    disclosed_by TEXT        NOT NULL,
    PRIMARY KEY (incident_id, user_id)
);
CREATE INDEX place_disclosure_user ON dispatch.place_disclosure (user_id, incident_id);

GRANT SELECT, INSERT ON dispatch.place_disclosure TO ${appRole};
