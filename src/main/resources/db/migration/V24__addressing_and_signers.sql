-- Who is addressed, and how (issue 19). A delegate's military rank and Party title go before and after the name in
-- salutations and the introduction list ("Đồng chí Thiếu tướng Nguyễn Đức Thắng, Phó Tư lệnh Quân khu 1").
-- provincial_standing marks the members of the Thường trực Tỉnh ủy, HĐND, UBND tỉnh, whom the plan introduces first;
-- collective marks an awardee unit: its letter is addressed to the unit, asking it to send a representative.
ALTER TABLE delegate ADD COLUMN military_rank VARCHAR(50) NULL;
ALTER TABLE delegate ADD COLUMN party_title VARCHAR(200) NULL;
ALTER TABLE delegate ADD COLUMN provincial_standing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE delegate ADD COLUMN collective BOOLEAN NOT NULL DEFAULT FALSE;

-- Who presides: a delegate of the conference. He gets no letter of his own; the letters and the introduction list
-- name him instead. No foreign key: delegate already cascades from conference, and InnoDB refuses a cascade that
-- comes back to the table it started from; ConferenceService checks the delegate and DelegateService clears it.
ALTER TABLE conference ADD COLUMN presiding_delegate_id BIGINT NULL;

-- The body over the issuer (tên cơ quan chủ quản), e.g. for a letter issued by the provincial military command.
ALTER TABLE conference ADD COLUMN issuer_parent VARCHAR(300) NULL;

-- The decision's signer (the Chairman or a Vice-Chairman), and the military command's documents: their issuer,
-- its parent body and their signer (the commander). Null: the defaults of DocumentSigners.
ALTER TABLE conference ADD COLUMN decision_signer_authority VARCHAR(200) NULL;
ALTER TABLE conference ADD COLUMN decision_signer_title VARCHAR(200) NULL;
ALTER TABLE conference ADD COLUMN decision_signer_name VARCHAR(200) NULL;
ALTER TABLE conference ADD COLUMN command_parent VARCHAR(300) NULL;
ALTER TABLE conference ADD COLUMN command_issuer VARCHAR(300) NULL;
ALTER TABLE conference ADD COLUMN command_signer_authority VARCHAR(200) NULL;
ALTER TABLE conference ADD COLUMN command_signer_title VARCHAR(200) NULL;
ALTER TABLE conference ADD COLUMN command_signer_name VARCHAR(200) NULL;
