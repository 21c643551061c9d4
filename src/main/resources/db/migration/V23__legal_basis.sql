-- The legal texts a decision cites ("Căn cứ ..."), chosen by the signing date: a text is cited when
-- effective_from <= signed_on and (effective_until is null or signed_on <= effective_until). Kept as data, like
-- prize_rate, so an administrator can add the next law or decree without a release. source is the public copy
-- the dates were checked against, or 'chưa xác nhận' (not confirmed) where none could be found.
CREATE TABLE legal_basis (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    sort_order      INT           NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    number          VARCHAR(50)   NOT NULL,
    issued_on       DATE          NOT NULL,
    subject         VARCHAR(300)  NULL,
    effective_from  DATE          NOT NULL,
    effective_until DATE          NULL,
    source          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_legal_basis_number UNIQUE (number),
    CONSTRAINT ck_legal_basis_period CHECK (effective_until IS NULL OR effective_until >= effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Law 06/2022/QH15 art. 94 (vi.wikisource.org): in force from 01/01/2024; Law 15/2003/QH11 as amended by laws
-- 47/2005/QH11, 32/2009/QH12 and 39/2013/QH13 ceases on that day. Other dates are from the texts' headings as
-- commonly cited and are marked unconfirmed until checked against the official gazette.
INSERT INTO legal_basis (sort_order, title, number, issued_on, subject, effective_from, effective_until, source) VALUES
    (10, 'Luật Tổ chức chính quyền địa phương', '77/2015/QH13', '2015-06-19', NULL, '2016-01-01', '2025-02-28',
     'chưa xác nhận'),
    (11, 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
     '47/2019/QH14', '2019-11-22', NULL, '2020-07-01', '2025-02-28', 'chưa xác nhận'),
    (10, 'Luật Tổ chức chính quyền địa phương', '65/2025/QH15', '2025-02-19', NULL, '2025-03-01', '2025-06-30',
     'chưa xác nhận'),
    (10, 'Luật Tổ chức chính quyền địa phương', '72/2025/QH15', '2025-06-16', NULL, '2025-07-01', NULL,
     'chưa xác nhận'),
    (20, 'Luật Thi đua, Khen thưởng', '15/2003/QH11', '2003-11-26', NULL, '2004-07-01', '2023-12-31',
     'https://vi.wikisource.org/wiki/Luật_Thi_đua,_khen_thưởng_nước_Cộng_hòa_xã_hội_chủ_nghĩa_Việt_Nam_2022/Chương_VIII (hết hiệu lực; ngày hiệu lực chưa xác nhận)'),
    (21, 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng', '47/2005/QH11', '2005-06-14', NULL,
     '2006-01-01', '2023-12-31',
     'https://vi.wikisource.org/wiki/Luật_Thi_đua,_khen_thưởng_nước_Cộng_hòa_xã_hội_chủ_nghĩa_Việt_Nam_2022/Chương_VIII (hết hiệu lực; ngày ban hành, hiệu lực chưa xác nhận)'),
    (22, 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng', '39/2013/QH13', '2013-11-16', NULL,
     '2014-06-01', '2023-12-31',
     'https://vi.wikisource.org/wiki/Luật_Thi_đua,_khen_thưởng_nước_Cộng_hòa_xã_hội_chủ_nghĩa_Việt_Nam_2022/Chương_VIII (hết hiệu lực; ngày ban hành theo Nghị định 65/2014/NĐ-CP; hiệu lực chưa xác nhận)'),
    (20, 'Luật Thi đua, khen thưởng', '06/2022/QH15', '2022-06-15', NULL, '2024-01-01', NULL,
     'https://vi.wikisource.org/wiki/Luật_Thi_đua,_khen_thưởng_nước_Cộng_hòa_xã_hội_chủ_nghĩa_Việt_Nam_2022/Chương_VIII (hiệu lực, Điều 94; ngày ban hành chưa xác nhận)'),
    (30, 'Nghị định số 91/2017/NĐ-CP', '91/2017/NĐ-CP', '2017-07-31',
     'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', '2017-09-15', '2023-12-31',
     'chưa xác nhận'),
    (30, 'Nghị định số 98/2023/NĐ-CP', '98/2023/NĐ-CP', '2023-12-31',
     'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', '2024-01-01', NULL,
     'chưa xác nhận');

-- The Home Affairs submission (Tờ trình) the decision answers; nullable for decisions recorded before.
ALTER TABLE award_decision ADD COLUMN proposal_number VARCHAR(50) NULL;
ALTER TABLE award_decision ADD COLUMN proposal_date DATE NULL;
