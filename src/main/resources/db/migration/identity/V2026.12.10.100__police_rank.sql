-- A user's police rank, recorded beside the roles (ADR 0071): PACE gives some custody decisions only
-- to a rank (a sergeant's decision to detain, an inspector's review, a superintendent's extension).
-- NULL until an administrator records it; civilians are recorded as police staff.
ALTER TABLE identity.app_user ADD COLUMN police_rank TEXT
    CHECK (police_rank IN ('POLICE_STAFF', 'CONSTABLE', 'SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR',
                           'SUPERINTENDENT', 'CHIEF_SUPERINTENDENT'));
