-- When the last reminder was queued: two reminds at once (or a double click) remind each delegate once.
ALTER TABLE invitation ADD COLUMN reminded_at DATETIME(6) NULL;
