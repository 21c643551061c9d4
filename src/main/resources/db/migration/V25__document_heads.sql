-- The head and foot of a document the conference's own office does not issue (issue 19): the budget estimate is the
-- finance department's (Sở Tài chính), the summary report carries its own number. Issuer lines, number, date of
-- issue, signer and, for the budget, the legal basis; one row per conference and kind, created when first saved.
CREATE TABLE document_head (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    issuer VARCHAR(400) NULL,
    number VARCHAR(50) NULL,
    issued_on DATE NULL,
    signer_title VARCHAR(200) NULL,
    signer_name VARCHAR(200) NULL,
    basis VARCHAR(2000) NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_document_head UNIQUE (conference_id, kind),
    CONSTRAINT fk_document_head_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
);

-- An accepted presentation placed inside the plan's general "Tham luận" item keeps its presenter here (a presentation
-- with an agenda item of its own keeps the presenter on that item, as before).
ALTER TABLE presentation ADD COLUMN presenter VARCHAR(300) NULL;
