-- For the staff dashboard's figures over a span of time: each reads the rows of its span through
-- an index on the moment it is about, instead of passing over every row.
CREATE INDEX ix_idea_created ON idea (created_at);
CREATE INDEX ix_idea_first_answer ON idea (first_answer_at);
CREATE INDEX ix_idea_done ON idea (done_at);
CREATE INDEX ix_journey_annotation_created ON journey_annotation (created_at);
CREATE INDEX ix_journey_annotation_organisation ON journey_annotation (organisation_id, created_at);
CREATE INDEX ix_journey_reaction_created ON journey_reaction (created_at);
CREATE INDEX ix_ballot_closed ON ballot (status, closed_at);
CREATE INDEX ix_idea_vote_person_created ON idea_vote (person_id, created_at);
CREATE INDEX ix_idea_comment_author_created ON idea_comment (author_id, created_at);

-- How long each idea waited for its first public answer and until it was done, in seconds, kept by the
-- idea itself when it happens: the dashboard's medians then sort plain numbers instead of working out an
-- interval for every idea of the span.
ALTER TABLE idea ADD COLUMN answer_seconds BIGINT;
ALTER TABLE idea ADD COLUMN done_seconds BIGINT;
UPDATE idea SET answer_seconds = CAST(EXTRACT(EPOCH FROM (first_answer_at - created_at)) AS BIGINT)
WHERE first_answer_at IS NOT NULL;
UPDATE idea SET done_seconds = CAST(EXTRACT(EPOCH FROM (done_at - created_at)) AS BIGINT)
WHERE done_at IS NOT NULL;
