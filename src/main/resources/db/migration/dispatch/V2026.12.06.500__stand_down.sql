-- A dispatcher may stand a unit down (or un-assign it before it sets off): the assignment ends as
-- CLEARED, like one the unit cleared itself, and says when and why it was stood down instead.
ALTER TABLE dispatch.assignment ADD COLUMN stood_down_at TIMESTAMPTZ;
ALTER TABLE dispatch.assignment ADD COLUMN stood_down_reason TEXT;
ALTER TABLE dispatch.assignment ADD CONSTRAINT assignment_stood_down_is_cleared
    CHECK (stood_down_at IS NULL OR status = 'CLEARED');
