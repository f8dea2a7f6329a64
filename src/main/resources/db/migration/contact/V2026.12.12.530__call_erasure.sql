-- Disposal under MoPI (ADR 0109): the calls that raised or joined a disposed incident lose the
-- caller's name and number, the place in words and coordinates, what happened and the people
-- named; a disposed person's names are redacted from every call's words (THRIVE notes included).
GRANT UPDATE (caller_name, caller_phone, location_text, latitude, longitude, location_id, what_happened, grade_reason,
    thrive)
    ON contact.call TO ${appRole};
GRANT DELETE ON contact.call_person TO ${appRole};
