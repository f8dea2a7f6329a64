-- Disposal under MoPI (ADR 0093): an erased crime keeps its reference, classification, dates and
-- outcome (the counts stay true) but loses its free text and the persons linked to it.
ALTER TABLE crime.crime ADD COLUMN erased_at TIMESTAMPTZ;
GRANT DELETE ON crime.crime_person TO ${appRole};
