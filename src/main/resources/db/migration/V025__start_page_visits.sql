-- When each person last opened the start page, so it can show what changed since their previous visit.
CREATE TABLE home_visit (
    person_id    BIGINT NOT NULL PRIMARY KEY,
    previous_at  TIMESTAMP WITH TIME ZONE,
    current_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
