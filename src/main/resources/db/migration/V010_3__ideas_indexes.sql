-- Search checks "does this idea have this word?" for ideas read in board order: an index that starts with
-- the idea and holds its words answers that with one seek, where the primary key (term, idea_id) would
-- scan every idea with a word of that prefix. It replaces the index on idea_id alone, which it covers.
CREATE INDEX ix_idea_term_idea_term ON idea_term (idea_id, term);
DROP INDEX ix_idea_term_idea;
