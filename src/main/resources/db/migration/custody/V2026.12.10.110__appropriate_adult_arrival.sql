-- The appropriate adult's arrival at the suite, a care fact of its own: an interview of a juvenile or
-- vulnerable detainee is not ready until the adult has arrived, unless the grounds are recorded.
INSERT INTO custody.entry_kind (kind) VALUES ('APPROPRIATE_ADULT_ARRIVED') ON CONFLICT DO NOTHING;
