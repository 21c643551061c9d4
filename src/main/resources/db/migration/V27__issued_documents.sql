-- Issued documents (issue 22): the signed PDF of each issued letter or decision, kept as signed so that every later
-- download, mail and check serves the very same bytes. A change to what the document shows makes a new version with
-- its own verification token; a signed version is never changed.
CREATE TABLE issued_document (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token VARCHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    owner_id BIGINT NOT NULL,
    variant VARCHAR(40) NOT NULL,
    version INT NOT NULL,
    source_sha256 CHAR(64) NOT NULL,
    content_sha256 CHAR(64) NOT NULL,
    number VARCHAR(60) NOT NULL,
    issued_on DATE NOT NULL,
    issuer VARCHAR(255) NOT NULL,
    title VARCHAR(255) NOT NULL,
    demo BOOLEAN NOT NULL,
    content LONGBLOB NOT NULL,
    signed_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_issued_document_token UNIQUE (token),
    CONSTRAINT uq_issued_document_version UNIQUE (kind, owner_id, variant, version),
    INDEX ix_issued_document_content (content_sha256)
);
