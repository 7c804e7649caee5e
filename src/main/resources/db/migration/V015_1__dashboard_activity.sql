-- The staff dashboard: who was active in which month, kept by the dashboard's listeners as members act,
-- with the person's organisation and segment at the time. Active members per month and segment are then a
-- count over a few thousand rows, never a pass over a million votes.

CREATE TABLE dashboard_active (
    active_month     DATE   NOT NULL,
    person_id        BIGINT NOT NULL,
    organisation_id  BIGINT,
    segment_id       BIGINT,
    PRIMARY KEY (active_month, person_id)
);
CREATE INDEX ix_dashboard_active_organisation ON dashboard_active (organisation_id, active_month);

-- what happened before this table existed, by month as the database's time zone counts it
INSERT INTO dashboard_active (active_month, person_id, organisation_id, segment_id)
SELECT a.active_month, a.person_id, p.organisation_id, o.segment_id
FROM (SELECT DISTINCT CAST(DATE_TRUNC('month', x.happened) AS DATE) AS active_month, x.person_id
      FROM (SELECT author_id AS person_id, created_at AS happened FROM idea
            UNION ALL SELECT person_id, created_at FROM idea_vote
            UNION ALL SELECT author_id, created_at FROM idea_comment
            UNION ALL SELECT author_id, created_at FROM journey_annotation
            UNION ALL SELECT person_id, voted_at FROM ballot_voter WHERE has_voted = TRUE AND voted_at IS NOT NULL) x) a
JOIN person p ON p.id = a.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE NOT EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role IN ('STAFF', 'ADMIN'));

-- the same, counted per month and segment (0: people outside any segment), so the dashboard reads a few
-- dozen rows; a listener adds one when it adds a person's month above
CREATE TABLE dashboard_active_count (
    active_month  DATE   NOT NULL,
    segment_key   BIGINT NOT NULL,
    people        BIGINT NOT NULL,
    PRIMARY KEY (active_month, segment_key)
);
INSERT INTO dashboard_active_count (active_month, segment_key, people)
SELECT active_month, COALESCE(segment_id, 0), COUNT(*) FROM dashboard_active GROUP BY active_month, COALESCE(segment_id, 0);
