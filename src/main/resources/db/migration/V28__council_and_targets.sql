-- Issue 20: the proposing unit's emulation and commendation council (Hội đồng Thi đua - Khen thưởng) with its
-- vote per nominee, and the year's results against the plan's targets.

-- The council's quorum and vote threshold per award form, chosen by the meeting date like legal_basis. A share is
-- quorum_num/quorum_den of the members (present at the meeting) and threshold_percent of the base: TOTAL (every
-- member of the council) or PRESENT (members present). source names the article, or says 'chưa xác nhận' where the
-- text of Law 06/2022/QH15 and Decree 98/2023/ND-CP could not be read; confirmed is then false.
CREATE TABLE council_rule (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    award_form        VARCHAR(60)   NOT NULL,
    effective_from    DATE          NOT NULL,
    effective_until   DATE          NULL,
    quorum_num        INT           NOT NULL,
    quorum_den        INT           NOT NULL,
    threshold_percent INT           NOT NULL,
    base              VARCHAR(10)   NOT NULL,
    source            VARCHAR(1000) NOT NULL,
    confirmed         BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_council_rule UNIQUE (award_form, effective_from),
    CONSTRAINT ck_council_rule_quorum CHECK (quorum_num > 0 AND quorum_den >= quorum_num),
    CONSTRAINT ck_council_rule_threshold CHECK (threshold_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_council_rule_base CHECK (base IN ('TOTAL', 'PRESENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Decree 91/2017/ND-CP art. 45(8) (read on banthiduakhenthuongtw.gov.vn) counted the share "trên tổng số thành
-- viên của Hội đồng (nếu thành viên Hội đồng vắng mặt thì lấy ý kiến bằng văn bản)" for the higher titles (90%);
-- hence base TOTAL. For the Chairman's Bằng khen under Law 06/2022 and Decree 98/2023 neither the quorum nor the
-- threshold could be read here: 2/3 and 70% are the figures the province's regulations commonly use, to confirm.
INSERT INTO council_rule (award_form, effective_from, effective_until, quorum_num, quorum_den, threshold_percent,
                          base, source, confirmed) VALUES
    ('BANG_KHEN_CHU_TICH_UBND_TINH', '2024-01-01', NULL, 2, 3, 70, 'TOTAL',
     'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP – chưa xác nhận (chưa đọc được điều khoản; 2/3 và 70% theo quy chế thi đua, khen thưởng của tỉnh, cần tỉnh xác nhận)',
     FALSE),
    ('BANG_KHEN_CHU_TICH_UBND_TINH', '2017-09-15', '2023-12-31', 2, 3, 70, 'TOTAL',
     'Nghị định 91/2017/NĐ-CP – chưa xác nhận (khoản 8 Điều 45 chỉ quy định 90% cho danh hiệu Chiến sĩ thi đua cấp tỉnh trở lên; tỷ lệ cho Bằng khen và ngày hiệu lực cần tỉnh xác nhận)',
     FALSE);

-- One council meeting per conference: the command's council that considers the conference's nominations.
CREATE TABLE council_meeting (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id  BIGINT       NOT NULL,
    held_at        DATETIME     NOT NULL,
    place          VARCHAR(300) NOT NULL,
    council_name   VARCHAR(300) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_council_meeting_conference UNIQUE (conference_id),
    CONSTRAINT fk_council_meeting_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ballot_token: the member's one-time ballot link (like the delegate's answer token), unique and unguessable.
CREATE TABLE council_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id    BIGINT       NOT NULL,
    sort_order    INT          NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    position      VARCHAR(300) NULL,
    role          VARCHAR(20)  NOT NULL,
    present       BOOLEAN      NOT NULL DEFAULT TRUE,
    ballot_token  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_council_member_token UNIQUE (ballot_token),
    CONSTRAINT fk_council_member_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The secretary's count of the paper ballots for one nominee.
CREATE TABLE council_tally (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    nomination_id  BIGINT      NOT NULL,
    yes_votes      INT         NOT NULL,
    no_votes       INT         NOT NULL,
    blank_votes    INT         NOT NULL,
    entered_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_council_tally_nomination UNIQUE (nomination_id),
    CONSTRAINT fk_council_tally_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE,
    CONSTRAINT ck_council_tally_counts CHECK (yes_votes >= 0 AND no_votes >= 0 AND blank_votes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A vote cast in the application. The secret ballot is kept in two tables: council_ballot_cast records that a member
-- has voted on a nominee (one per member per nominee, whatever the number of concurrent casts), council_vote the
-- answer, with no link to the member.
CREATE TABLE council_ballot_cast (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    member_id      BIGINT      NOT NULL,
    nomination_id  BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_council_ballot_cast UNIQUE (member_id, nomination_id),
    CONSTRAINT fk_council_ballot_cast_member FOREIGN KEY (member_id) REFERENCES council_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_council_ballot_cast_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE council_vote (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    nomination_id  BIGINT      NOT NULL,
    choice         VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_council_vote_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE,
    CONSTRAINT ck_council_vote_choice CHECK (choice IN ('YES', 'NO', 'BLANK'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The plan's targets for the year (chỉ tiêu), per conference, each reached when a unit's result is at least the
-- target value.
CREATE TABLE target (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    conference_id  BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    unit           VARCHAR(50)   NOT NULL,
    target_value   DECIMAL(12,3) NOT NULL,
    source         VARCHAR(300)  NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_target_name UNIQUE (conference_id, name),
    CONSTRAINT fk_target_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE target_result (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    target_id        BIGINT        NOT NULL,
    organization_id  BIGINT        NOT NULL,
    result_value     DECIMAL(12,3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_target_result UNIQUE (target_id, organization_id),
    CONSTRAINT fk_target_result_target FOREIGN KEY (target_id) REFERENCES target (id) ON DELETE CASCADE,
    CONSTRAINT fk_target_result_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
