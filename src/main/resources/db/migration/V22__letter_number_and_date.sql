-- A Giấy mời is one document (issue 19): one number and one date of issue, given when the issuing office's văn thư
-- registers it, the same on every personal copy. Invitations issued after the letter was registered go out as one
-- supplementary letter with its own number and date.
ALTER TABLE conference ADD COLUMN letter_number INT NULL;
ALTER TABLE conference ADD COLUMN letter_issued_on DATE NULL;
ALTER TABLE conference ADD COLUMN supplement_number INT NULL;
ALTER TABLE conference ADD COLUMN supplement_issued_on DATE NULL;
ALTER TABLE invitation ADD COLUMN supplement BOOLEAN NOT NULL DEFAULT FALSE;
