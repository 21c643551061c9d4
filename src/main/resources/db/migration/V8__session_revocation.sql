-- Sign-out and a password change end a user's sessions: cookies of sessions started before this instant are refused.
ALTER TABLE user_account ADD COLUMN sessions_valid_from DATETIME(6) NULL;
