-- A mail attachment with a Content-ID is an inline part that the mail's HTML shows (cid: link), such as the letter's
-- QR code: mail programs (Gmail, Outlook) do not show data: images.
ALTER TABLE mail_attachment ADD COLUMN content_id VARCHAR(200) NULL;
