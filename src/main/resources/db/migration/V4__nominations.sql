-- Commendations: nominations with their attachments, quota per conference and kind, the Chairman's decisions,
-- and the prize money rates with effective dates. Runs unchanged on MySQL 8 and MariaDB 11 (InnoDB, utf8mb4).

CREATE TABLE award_decision (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    number        VARCHAR(50)  NOT NULL,
    signed_on     DATE         NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_award_decision_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uk_award_decision_number UNIQUE (conference_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE nomination (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    conference_id           BIGINT        NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    nominee_name            VARCHAR(300)  NOT NULL,
    position                VARCHAR(300)  NULL,
    rank_title              VARCHAR(100)  NULL,
    gender                  VARCHAR(10)   NULL,
    birth_year              INT           NULL,
    organization_id         BIGINT        NOT NULL,
    grassroots              BOOLEAN       NOT NULL DEFAULT FALSE,
    achievements            TEXT          NOT NULL,
    proposing_unit          VARCHAR(300)  NOT NULL,
    representative_name     VARCHAR(200)  NULL,
    representative_position VARCHAR(300)  NULL,
    status                  VARCHAR(20)   NOT NULL,
    decision_id             BIGINT        NULL,
    prize_amount            BIGINT        NULL,
    delegate_id             BIGINT        NULL,
    created_at              DATETIME(6)   NOT NULL,
    version                 INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_nomination_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_nomination_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_nomination_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_nomination_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id) ON DELETE SET NULL,
    CONSTRAINT ck_nomination_kind CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    INDEX ix_nomination_conference_kind_status (conference_id, kind, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE nomination_quota (
    conference_id BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    cap           INT         NOT NULL,
    PRIMARY KEY (conference_id, kind),
    CONSTRAINT fk_nomination_quota_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_nomination_quota_cap CHECK (cap >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE nomination_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    nomination_id BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    INT          NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_nomination_attachment_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Prize money rule set (DESIGN.md section 5): BASE_SALARY in VND, INDIVIDUAL_COEFFICIENT of the provincial Bằng khen.
CREATE TABLE prize_rate (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(30)   NOT NULL,
    effective_from DATE          NOT NULL,
    rate_value     DECIMAL(15,4) NOT NULL,
    note           VARCHAR(300)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_prize_rate UNIQUE (name, effective_from),
    CONSTRAINT ck_prize_rate_name CHECK (name IN ('BASE_SALARY', 'INDIVIDUAL_COEFFICIENT')),
    CONSTRAINT ck_prize_rate_value CHECK (rate_value > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO prize_rate (name, effective_from, rate_value, note) VALUES
    ('BASE_SALARY', '2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
    ('BASE_SALARY', '2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP'),
    ('BASE_SALARY', '2026-07-01', 2530000, NULL),
    ('INDIVIDUAL_COEFFICIENT', '2023-07-01', 1.0, NULL),
    ('INDIVIDUAL_COEFFICIENT', '2025-07-01', 1.5, 'Nghị định 152/2025/NĐ-CP');
