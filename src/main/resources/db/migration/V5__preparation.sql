-- Conference preparation: uploaded files (in the database, never on a node's disk), the summary report's outline,
-- the units' presentations and the budget estimate. Runs unchanged on MySQL 8 and MariaDB 11 (InnoDB, utf8mb4).

CREATE TABLE prep_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    INT          NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    uploaded_by   VARCHAR(300) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_prep_file_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_section (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id      BIGINT       NOT NULL,
    position           INT          NOT NULL,
    number             VARCHAR(20)  NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    owner_organization VARCHAR(300) NULL,
    due_on             DATE         NULL,
    state              VARCHAR(20)  NOT NULL,
    received_text      MEDIUMTEXT   NULL,
    file_id            BIGINT       NULL,
    received_at        DATETIME(6)  NULL,
    version            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_section_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_section_file FOREIGN KEY (file_id) REFERENCES prep_file (id),
    CONSTRAINT ck_report_section_state CHECK (state IN ('REQUESTED', 'RECEIVED', 'ACCEPTED')),
    INDEX ix_report_section_conference (conference_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE presentation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    conference_id  BIGINT        NOT NULL,
    organization   VARCHAR(300)  NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    due_on         DATE          NOT NULL,
    token          VARCHAR(64)   NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    comments       TEXT          NULL,
    file_id        BIGINT        NULL,
    submitted_at   DATETIME(6)   NULL,
    agenda_item_id BIGINT        NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_presentation_token UNIQUE (token),
    CONSTRAINT fk_presentation_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_presentation_file FOREIGN KEY (file_id) REFERENCES prep_file (id),
    CONSTRAINT fk_presentation_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL,
    CONSTRAINT ck_presentation_state CHECK (state IN ('REQUESTED', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE budget_line (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    conference_id BIGINT        NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    quantity      INT           NOT NULL,
    unit          VARCHAR(50)   NULL,
    unit_price    BIGINT        NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_budget_line_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_line_category CHECK (category IN ('HALL', 'PRINTING', 'REFRESHMENTS', 'DELEGATE_SUPPORT', 'OTHER')),
    CONSTRAINT ck_budget_line_amounts CHECK (quantity >= 0 AND unit_price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
