-- Append-only records that a MoPI disposal must still be able to erase (ADR 0109). The trigger
-- refuses every UPDATE and DELETE as before, except inside an erasure: a transaction that set
-- constable.erasure to 'on' (the owners' erasure code does, and sets it off again) may
-- - update only the columns named as the trigger's arguments (every other column compared), and
-- - delete rows only where the arguments include 'DELETE'.
-- The application role is granted UPDATE on those columns alone, so nothing else can be rewritten.
CREATE FUNCTION platform.refuse_change_except_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('constable.erasure', true) = 'on' THEN
        IF TG_OP = 'DELETE' AND 'DELETE' = ANY (TG_ARGV) THEN
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - TG_ARGV) = (to_jsonb(OLD) - TG_ARGV) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '%.% is append-only: % is refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP;
END $$;
