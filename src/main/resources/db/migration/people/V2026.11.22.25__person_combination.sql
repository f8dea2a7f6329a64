-- Combination (merge) of duplicate nominals, and its undo. Nothing is deleted: the absorbed person
-- stays, pointing at its survivor, and every row the combination moved is listed so that undo
-- puts exactly those rows back.
ALTER TABLE people.person ADD COLUMN combined_into BIGINT REFERENCES people.person (id);
CREATE INDEX person_combined_into ON people.person (combined_into) WHERE combined_into IS NOT NULL;

CREATE TABLE people.combination (
    id           BIGSERIAL PRIMARY KEY,
    survivor_id  BIGINT      NOT NULL REFERENCES people.person (id),
    absorbed_id  BIGINT      NOT NULL REFERENCES people.person (id),
    reason       TEXT        NOT NULL,
    combined_at  TIMESTAMPTZ NOT NULL,
    combined_by  TEXT        NOT NULL,
    undone_at    TIMESTAMPTZ,
    undone_by    TEXT,
    undo_reason  TEXT,
    CHECK (survivor_id <> absorbed_id)
);
-- a person is absorbed by at most one combination in force
CREATE UNIQUE INDEX combination_in_force ON people.combination (absorbed_id) WHERE undone_at IS NULL;
CREATE INDEX combination_survivor ON people.combination (survivor_id);

-- One row per thing the combination moved (or added) on the survivor.
CREATE TABLE people.combination_move (
    combination_id BIGINT NOT NULL REFERENCES people.combination (id),
    what           TEXT   NOT NULL CHECK (what IN ('ALIAS', 'NAME_AS_ALIAS', 'ADDRESS', 'LINK_FROM', 'LINK_TO', 'WARNING_MARKER')),
    row_id         BIGINT,
    location_id    BIGINT,
    kind           TEXT
);
CREATE INDEX combination_move_combination ON people.combination_move (combination_id);

GRANT SELECT, INSERT, UPDATE ON people.combination, people.combination_move TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA people TO ${appRole};
