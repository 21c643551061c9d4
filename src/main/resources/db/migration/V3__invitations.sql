-- Invitations (Giấy mời): letter settings on the conference, numbered invitations, the mail outbox.
-- Runs unchanged on MySQL 8 and MariaDB 11 (InnoDB, utf8mb4).

ALTER TABLE conference
    ADD COLUMN letter_symbol    VARCHAR(30)   NULL,
    ADD COLUMN signer_authority VARCHAR(200)  NULL,
    ADD COLUMN signer_title     VARCHAR(200)  NULL,
    ADD COLUMN signer_name      VARCHAR(200)  NULL,
    ADD COLUMN recipients       VARCHAR(2000) NULL;

-- The last number given per conference and symbol; locked while numbers are handed out.
CREATE TABLE invitation_counter (
    conference_id BIGINT      NOT NULL,
    symbol        VARCHAR(30) NOT NULL,
    last_number   INT         NOT NULL,
    PRIMARY KEY (conference_id, symbol),
    CONSTRAINT fk_invitation_counter_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id       BIGINT       NOT NULL,
    delegate_id         BIGINT       NOT NULL,
    number              INT          NOT NULL,
    symbol              VARCHAR(30)  NOT NULL,
    token               VARCHAR(64)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    delivery            VARCHAR(20)  NOT NULL,
    answer              VARCHAR(20)  NULL,
    substitute_name     VARCHAR(200) NULL,
    substitute_position VARCHAR(300) NULL,
    answered_at         DATETIME(6)  NULL,
    sent_at             DATETIME(6)  NULL,
    checked_in_at       DATETIME(6)  NULL,
    issued_at           DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_invitation_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id) ON DELETE CASCADE,
    CONSTRAINT uk_invitation_delegate UNIQUE (delegate_id),
    CONSTRAINT uk_invitation_number UNIQUE (conference_id, symbol, number),
    CONSTRAINT uk_invitation_token UNIQUE (token),
    INDEX ix_invitation_conference (conference_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Mails waiting for, being, or done being sent: the scheduled sender is the only code that talks SMTP.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    conference_id   BIGINT        NULL,
    ref_type        VARCHAR(40)   NULL,
    ref_id          BIGINT        NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    html_body       MEDIUMTEXT    NOT NULL,
    text_body       MEDIUMTEXT    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_outbox_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_conference (conference_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    outbox_id    BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_attachment_outbox FOREIGN KEY (outbox_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
