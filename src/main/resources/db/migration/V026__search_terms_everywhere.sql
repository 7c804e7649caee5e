-- The search terms of idea comments, journey annotations, design sessions and ballots, as for ideas
-- (idea_term): written with the content, made again when the word analysis changes.
CREATE TABLE idea_comment_term (
    term        VARCHAR(40) NOT NULL,
    comment_id  BIGINT      NOT NULL REFERENCES idea_comment (id) ON DELETE CASCADE,
    PRIMARY KEY (term, comment_id)
);
CREATE INDEX ix_idea_comment_term_comment ON idea_comment_term (comment_id, term);

CREATE TABLE journey_annotation_term (
    term           VARCHAR(40) NOT NULL,
    annotation_id  BIGINT      NOT NULL REFERENCES journey_annotation (id) ON DELETE CASCADE,
    PRIMARY KEY (term, annotation_id)
);
CREATE INDEX ix_journey_annotation_term_annotation ON journey_annotation_term (annotation_id, term);

CREATE TABLE design_session_term (
    term        VARCHAR(40) NOT NULL,
    session_id  BIGINT      NOT NULL REFERENCES design_session (id) ON DELETE CASCADE,
    PRIMARY KEY (term, session_id)
);
CREATE INDEX ix_design_session_term_session ON design_session_term (session_id, term);

CREATE TABLE ballot_term (
    term       VARCHAR(40) NOT NULL,
    ballot_id  BIGINT      NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    PRIMARY KEY (term, ballot_id)
);
CREATE INDEX ix_ballot_term_ballot ON ballot_term (ballot_id, term);

-- the content written before this version has no terms yet (version 0): each module's check makes them
INSERT INTO search_index (name, analysis_version, updated_at) VALUES ('idea-comments', 0, CURRENT_TIMESTAMP);
INSERT INTO search_index (name, analysis_version, updated_at) VALUES ('journey-annotations', 0, CURRENT_TIMESTAMP);
INSERT INTO search_index (name, analysis_version, updated_at) VALUES ('design-sessions', 0, CURRENT_TIMESTAMP);
INSERT INTO search_index (name, analysis_version, updated_at) VALUES ('ballots', 0, CURRENT_TIMESTAMP);
