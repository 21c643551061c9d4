-- Where a check-in came from: the desk (scan or search) or the paper sign-in sheet entered afterwards. Unticking a
-- paper entry may undo only a PAPER check-in, never one the desk recorded.
ALTER TABLE invitation ADD COLUMN checked_in_source VARCHAR(10) NULL;
UPDATE invitation SET checked_in_source = 'DESK' WHERE checked_in_at IS NOT NULL;
ALTER TABLE invitation ADD CONSTRAINT ck_invitation_check_in_source
    CHECK ((checked_in_at IS NULL AND checked_in_source IS NULL)
        OR (checked_in_at IS NOT NULL AND checked_in_source IN ('DESK', 'PAPER')));
