-- The people named in a call (caller, suspect, victim, witness...), by their POLE person id (no
-- foreign key across modules), so the incident's warnings and people follow the job.
CREATE TABLE contact.call_person (
    call_id   BIGINT NOT NULL REFERENCES contact.call (id),
    person_id BIGINT NOT NULL,
    PRIMARY KEY (call_id, person_id)
);
CREATE INDEX call_person_person ON contact.call_person (person_id);
GRANT SELECT, INSERT ON contact.call_person TO ${appRole};

-- The call form's own key: a submit repeated after a time-out records the call once.
ALTER TABLE contact.call ADD COLUMN submission_key TEXT;
CREATE UNIQUE INDEX call_submission_key ON contact.call (handled_by, submission_key) WHERE submission_key IS NOT NULL;
