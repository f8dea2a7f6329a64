-- Search shows, for each person found, the incidents they called about: look calls up by caller.
CREATE INDEX call_caller_person ON contact.call (caller_person_id, received_at) WHERE caller_person_id IS NOT NULL;
