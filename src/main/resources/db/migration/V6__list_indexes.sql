-- Paged lists for national-size conferences (issue 6). The delegate list (conference_id, precedence, id), the
-- invitations (conference_id, number) and the outbox (conference_id, id) already have an index in their order.

-- Delegates of one category in protocol order (?category= on the API and the conference page), and the
-- per-category counts of the introduction list.
CREATE INDEX ix_delegate_conference_category ON delegate (conference_id, category, precedence, id);

-- Nominations in some states (review queue, decision page, awards) and the per-state counts of the board.
CREATE INDEX ix_nomination_conference_status ON nomination (conference_id, status, kind, id);
