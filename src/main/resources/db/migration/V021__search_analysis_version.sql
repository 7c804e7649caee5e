-- Which version of the word analysis made the stored search terms of each kind of content. When the
-- portal's analysis changes, one node makes the terms of that kind again after start-up, in batches,
-- and then records the version it used.
CREATE TABLE search_index (
    name              VARCHAR(40) NOT NULL PRIMARY KEY,
    analysis_version  INTEGER     NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the ideas' terms so far were their words, folded only (version 1)
INSERT INTO search_index (name, analysis_version, updated_at) VALUES ('ideas', 1, CURRENT_TIMESTAMP);
