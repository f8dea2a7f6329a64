-- "My open investigations" reads the investigations a user is officer in charge of and those whose
-- team they are a member of. The member table's key starts with the investigation, so finding a
-- user's memberships scanned it; and the officer-in-charge read is ordered newest first.
CREATE INDEX investigation_member_username ON investigation.investigation_member (username, investigation_id);
CREATE INDEX investigation_oic_newest ON investigation.investigation (officer_in_charge, opened_at DESC, id DESC)
    WHERE status = 'OPEN';
DROP INDEX investigation.investigation_oic;
