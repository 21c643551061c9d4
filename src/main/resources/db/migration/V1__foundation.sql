-- Foundation schema: users, organisations, conferences, agenda, delegates, audit.
-- Runs unchanged on MySQL 8 and MariaDB 11 (InnoDB, utf8mb4).

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organization (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(300) NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    grassroots   BOOLEAN      NOT NULL DEFAULT FALSE,
    precedence   INT          NOT NULL DEFAULT 1000,
    parent_id    BIGINT       NULL,
    successor_id BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organization_name UNIQUE (name),
    CONSTRAINT fk_organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id),
    CONSTRAINT fk_organization_successor FOREIGN KEY (successor_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE conference (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    title         VARCHAR(500) NOT NULL,
    review_year   INT          NOT NULL,
    starts_at     DATETIME     NOT NULL,
    ends_at       DATETIME     NOT NULL,
    venue_name    VARCHAR(300) NOT NULL,
    venue_address VARCHAR(500) NOT NULL,
    issuer        VARCHAR(300) NOT NULL,
    place         VARCHAR(100) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_conference_window CHECK (ends_at > starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    title         VARCHAR(500) NOT NULL,
    starts_at     DATETIME     NOT NULL,
    ends_at       DATETIME     NOT NULL,
    presenter     VARCHAR(300) NULL,
    kind          VARCHAR(20)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agenda_item_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_item_window CHECK (ends_at > starts_at),
    INDEX ix_agenda_item_conference_start (conference_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delegate (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id   BIGINT       NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    position        VARCHAR(300) NULL,
    organization_id BIGINT       NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(30)  NULL,
    category        VARCHAR(20)  NOT NULL,
    precedence      INT          NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_delegate_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_delegate_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT uk_delegate_conference_email UNIQUE (conference_id, email),
    INDEX ix_delegate_conference_order (conference_id, precedence, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    from_state  VARCHAR(40)  NULL,
    to_state    VARCHAR(40)  NULL,
    note        TEXT         NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entry_entity (entity_type, entity_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
