-- Disposal under MoPI (ADR 0093): an erased person keeps its id (other records and the audit
-- trail name it) but no name, date of birth, description, alias, address or link; it is never
-- searchable again, also after a rebuild of the index.
ALTER TABLE people.person ADD COLUMN erased_at TIMESTAMPTZ;
