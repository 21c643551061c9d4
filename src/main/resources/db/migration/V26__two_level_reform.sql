-- Issue 19: the 2025 two-level reform of local government, legal texts an administrator edits, rates with sources.

-- REGIONAL_DEFENCE_COMMAND (24 characters) is longer than the 20 the level column had.
ALTER TABLE organization MODIFY level VARCHAR(30) NOT NULL;

-- Whether the dates and number of a text were checked against a public copy of it (source says which); the
-- rates page and the legal texts page show "chưa xác nhận" where they were not.
ALTER TABLE legal_basis ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE;

-- Law 72/2025/QH15, Chương VII (điều khoản thi hành), the clauses on entry into force, as published on
-- danhmucvanbanphapluatvietnam.blogspot.com: in force from the day it was passed (16/6/2025, per
-- yentruong.thanhhoa.gov.vn); Law 65/2025/QH15 ceases that day; district-level bodies end their work on 01/7/2025.
-- The article number itself was not read: the source says so.
UPDATE legal_basis SET effective_from = '2025-06-16', confirmed = TRUE,
    source = 'https://danhmucvanbanphapluatvietnam.blogspot.com/p/chuong-vii-ieu-khoan-thi-hanh_32.html (Chương VII: hiệu lực từ ngày được thông qua; số điều chưa xác nhận); ngày thông qua 16/6/2025: https://yentruong.thanhhoa.gov.vn/tuyen-truyen-pho-bien-phap-luat/bai-tuyen-truyen-luat-to-chuc-chinh-quyen-dia-phuong-nam-2025-610145'
    WHERE number = '72/2025/QH15';
UPDATE legal_basis SET effective_until = '2025-06-15',
    source = 'Hết hiệu lực từ 16/6/2025 theo Luật 72/2025/QH15, Chương VII: https://danhmucvanbanphapluatvietnam.blogspot.com/p/chuong-vii-ieu-khoan-thi-hanh_32.html (ngày ban hành, hiệu lực chưa xác nhận)'
    WHERE number = '65/2025/QH15';
-- Văn bản hợp nhất 32/VBHN-VPQH (2023): Law 77/2015/QH13 of 19/6/2015 in force from 01/01/2016; Law 47/2019/QH14 of
-- 22/11/2019 in force from 01/7/2020. The day they ceased (Law 65/2025/QH15) was not read.
UPDATE legal_basis SET
    source = 'https://danhmucvanbanphapluatvietnam.blogspot.com/p/van-ban-hop-nhat-32vbhn-vpqh-nam-2023.html (ngày ban hành, ngày hiệu lực; ngày hết hiệu lực chưa xác nhận)'
    WHERE number IN ('77/2015/QH13', '47/2019/QH14');

-- Old province names after the 2025 mergers: a conference on or after effective_from that still uses old_name is
-- warned. The list is the plan of provincial mergers as reported while the National Assembly passed Resolution
-- 202/2025/QH15 (12/6/2025); the resolution's own text could not be read, hence confirmed = FALSE.
CREATE TABLE province_renaming (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    old_name       VARCHAR(100)  NOT NULL,
    new_name       VARCHAR(100)  NOT NULL,
    effective_from DATE          NOT NULL,
    source         VARCHAR(500)  NOT NULL,
    confirmed      BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_province_renaming UNIQUE (old_name, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO province_renaming (old_name, new_name, effective_from, source) VALUES
    ('Bắc Giang', 'Bắc Ninh', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận: toàn văn chưa đọc được); phương án (5) nhập tỉnh Bắc Giang và tỉnh Bắc Ninh thành tỉnh Bắc Ninh: https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Hà Giang', 'Tuyên Quang', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (1): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Yên Bái', 'Lào Cai', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (2): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Bắc Kạn', 'Thái Nguyên', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (3): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Vĩnh Phúc', 'Phú Thọ', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (4): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Hòa Bình', 'Phú Thọ', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (4): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Thái Bình', 'Hưng Yên', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (6): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Hải Dương', 'Hải Phòng', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (7): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Hà Nam', 'Ninh Bình', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (8): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Nam Định', 'Ninh Bình', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (8): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html'),
    ('Quảng Bình', 'Quảng Trị', '2025-07-01', 'Nghị quyết 202/2025/QH15 (chưa xác nhận); phương án (9): https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html');

-- Each prize rate cites the text that sets it; confirmed where a public copy of the figure and date was read.
ALTER TABLE prize_rate ADD COLUMN source VARCHAR(500) NULL;
ALTER TABLE prize_rate ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE;

-- 1.800.000 đồng from 01/7/2023 by Decree 24/2023/NĐ-CP: QĐND as republished by baomoi.com (the article of the
-- decree was not read).
UPDATE prize_rate SET confirmed = TRUE,
    source = 'Nghị định 24/2023/NĐ-CP (mức lương cơ sở 1.800.000 đồng/tháng từ 01/7/2023; số điều chưa xác nhận): https://baomoi.com/muc-luong-co-so-qua-cac-nam-bien-dong-ra-sao-c45869439.epi'
    WHERE name = 'BASE_SALARY' AND effective_from = '2023-07-01';
-- 2.340.000 đồng from 01/7/2024: qpvn.vn gives the figure and date; the decree's number is the one its title cites
-- ("Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở và chế độ tiền thưởng"); the article was not read.
UPDATE prize_rate SET confirmed = TRUE,
    source = 'Nghị định 73/2024/NĐ-CP (mức lương cơ sở 2.340.000 đồng/tháng từ 01/7/2024; số điều chưa xác nhận): http://www.qpvn.vn/tin-video/tang-luong-co-so-them-dong-luc-cho-can-bo-cong-chuc.html'
    WHERE name = 'BASE_SALARY' AND effective_from = '2024-07-01';
UPDATE prize_rate SET source = 'chưa xác nhận'
    WHERE name = 'BASE_SALARY' AND effective_from = '2026-07-01';
UPDATE prize_rate SET
    source = 'Nghị định 98/2023/NĐ-CP, Điều 73 (Bằng khen của Chủ tịch UBND cấp tỉnh: 1,0 lần mức lương cơ sở) — chưa xác nhận'
    WHERE name = 'INDIVIDUAL_COEFFICIENT' AND effective_from = '2023-07-01';
UPDATE prize_rate SET source = 'Nghị định 152/2025/NĐ-CP — chưa xác nhận'
    WHERE name = 'INDIVIDUAL_COEFFICIENT' AND effective_from = '2025-07-01';
