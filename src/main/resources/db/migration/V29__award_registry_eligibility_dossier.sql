-- Issue 20: the registry of awards that outlives conferences, the eligibility rules as data, the facts of a
-- nomination the rules read, and the per-conference numbers and signer of the command's proposal (Tờ trình).

-- Every decided award, filled when a decision is recorded or imported from earlier years' sheets. The source
-- conference is kept only as a link: deleting the conference leaves the award in the registry.
CREATE TABLE award_record (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_name       VARCHAR(300)  NOT NULL,
    collective           BOOLEAN       NOT NULL,
    organization         VARCHAR(300)  NULL,
    award_form           VARCHAR(200)  NOT NULL,
    decision_number      VARCHAR(50)   NOT NULL,
    decision_date        DATE          NOT NULL,
    award_year           INT           NOT NULL,
    achievement          TEXT          NULL,
    register_number      INT           NULL,
    source_conference_id BIGINT        NULL,
    nomination_id        BIGINT        NULL,
    created_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_award_record_conference FOREIGN KEY (source_conference_id) REFERENCES conference (id)
        ON DELETE SET NULL,
    CONSTRAINT uk_award_record_nomination UNIQUE (nomination_id),
    CONSTRAINT uk_award_record_register UNIQUE (award_year, register_number),
    INDEX ix_award_record_name (recipient_name),
    INDEX ix_award_record_year (award_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rules checked on every nomination. kind: COLLECTIVE or INDIVIDUAL; severity BLOCK (stops the approval) or WARN;
-- confirmed false where the text could not be read ("chưa xác nhận": the province's to confirm).
CREATE TABLE eligibility_rule (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    code             VARCHAR(40)   NOT NULL,
    award_form       VARCHAR(200)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    min_excellent_years INT        NULL,
    min_initiatives  INT           NULL,
    effective_from   DATE          NOT NULL,
    effective_until  DATE          NULL,
    source           VARCHAR(500)  NOT NULL,
    severity         VARCHAR(10)   NOT NULL,
    confirmed        BOOLEAN       NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_eligibility_rule UNIQUE (code, kind, effective_from),
    CONSTRAINT ck_eligibility_rule_code CHECK (code IN ('EXCELLENT_YEARS', 'SAME_ACHIEVEMENT', 'DISCIPLINED')),
    CONSTRAINT ck_eligibility_rule_kind CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    CONSTRAINT ck_eligibility_rule_severity CHECK (severity IN ('BLOCK', 'WARN')),
    CONSTRAINT ck_eligibility_rule_period CHECK (effective_until IS NULL OR effective_until >= effective_from),
    CONSTRAINT ck_eligibility_rule_numbers CHECK ((min_excellent_years IS NULL OR min_excellent_years >= 0)
        AND (min_initiatives IS NULL OR min_initiatives >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Law 06/2022/QH15 art. 74 cl. 1 pt. d, quoted by the Ministry of Home Affairs
-- (https://chinhsachonline.chinhphu.vn/tieu-chuan-de-nghi-xet-tang-bang-khen-cua-bo-nganh-77204.htm): an individual
-- with 02 consecutive years or more of "hoàn thành xuất sắc nhiệm vụ" and 02 initiatives applied at the grassroots.
-- It is one of several alternative criteria of the article (points a-c not read here), hence WARN, not BLOCK.
-- Law 06/2022/QH15 art. 5 cl. 2 pt. c (quoted by the Ministry, tracuuquyhoach.com, and vietjack.me chapter I): no
-- award several times or in several forms for one achievement. Decree 98/2023/NĐ-CP art. 4 cl. 4 (English summary,
-- lawnet.vn): no award while discipline is being considered; after a discipline, achievements count from its end.
-- Read only in a summary, not in the decree: seeded unconfirmed, for the province to confirm.
-- The collective rule of art. 74 cl. 2 could not be read: unconfirmed, the province's to confirm.
INSERT INTO eligibility_rule (code, award_form, kind, min_excellent_years, min_initiatives, effective_from,
                              effective_until, source, severity, confirmed) VALUES
    ('EXCELLENT_YEARS', 'Bằng khen của Chủ tịch UBND tỉnh', 'INDIVIDUAL', 2, 2, '2024-01-01', NULL,
     'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 khoản 1 điểm d', 'WARN', TRUE),
    ('EXCELLENT_YEARS', 'Bằng khen của Chủ tịch UBND tỉnh', 'COLLECTIVE', 2, NULL, '2024-01-01', NULL,
     'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 khoản 2 (chưa xác nhận: tỉnh xác nhận)', 'WARN', FALSE),
    ('SAME_ACHIEVEMENT', 'Bằng khen của Chủ tịch UBND tỉnh', 'INDIVIDUAL', NULL, NULL, '2024-01-01', NULL,
     'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2 điểm c', 'BLOCK', TRUE),
    ('SAME_ACHIEVEMENT', 'Bằng khen của Chủ tịch UBND tỉnh', 'COLLECTIVE', NULL, NULL, '2024-01-01', NULL,
     'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2 điểm c', 'BLOCK', TRUE),
    ('DISCIPLINED', 'Bằng khen của Chủ tịch UBND tỉnh', 'INDIVIDUAL', NULL, NULL, '2024-01-01', NULL,
     'Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4', 'BLOCK', FALSE),
    ('DISCIPLINED', 'Bằng khen của Chủ tịch UBND tỉnh', 'COLLECTIVE', NULL, NULL, '2024-01-01', NULL,
     'Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4', 'BLOCK', FALSE);

-- A conference could not be deleted once a decision was recorded: its nominations pointed at the decision without
-- a rule for its deletion, and the cascade from the conference reached the decision first. The registry keeps the
-- awards; the nominations go with their conference.
ALTER TABLE nomination DROP FOREIGN KEY fk_nomination_decision;
ALTER TABLE nomination ADD CONSTRAINT fk_nomination_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id)
    ON DELETE SET NULL;

-- The facts the rules read; null where the organiser has not entered them (the rule then says so).
ALTER TABLE nomination ADD COLUMN excellent_years INT NULL;
ALTER TABLE nomination ADD COLUMN initiatives INT NULL;
ALTER TABLE nomination ADD COLUMN disciplined BOOLEAN NOT NULL DEFAULT FALSE;

-- The command's proposal (Tờ trình of the Bộ Chỉ huy Quân sự tỉnh): its number, date and signer, per conference.
CREATE TABLE dossier_settings (
    conference_id    BIGINT        NOT NULL,
    proposal_number  VARCHAR(50)   NULL,
    proposal_date    DATE          NULL,
    signer_title     VARCHAR(200)  NULL,
    signer_name      VARCHAR(200)  NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (conference_id),
    CONSTRAINT fk_dossier_settings_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
