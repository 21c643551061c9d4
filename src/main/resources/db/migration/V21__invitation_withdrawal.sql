-- Withdrawal (thu hồi): a delegate whose letter has a number is never deleted. The invitation keeps its number in
-- the register and its mails in the outbox; the delegate leaves the delegate list but stays for the register's rows.
ALTER TABLE invitation ADD COLUMN withdrawn_at DATETIME(6) NULL;
ALTER TABLE delegate ADD COLUMN withdrawn_at DATETIME(6) NULL;
