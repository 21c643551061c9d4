-- Repeated failed sign-ins lock an account for a while.
ALTER TABLE user_account ADD COLUMN failed_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until DATETIME(6) NULL;
