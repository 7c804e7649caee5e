-- Votes of secret ballots in fixed slots: one row per eligible member, created when the ballot opens and
-- all rewritten together on every vote, so no row was written by one voter's transaction. The envelope
-- holds the receipt hash (or nothing yet) and the choice, padded and sealed with the ballot key named by
-- key_id (a fingerprint); every envelope of a ballot has the same length. No time, no sequence, no person.
-- Rows of ballot_secret_vote are moved here at start-up by the portal, which holds the key.
CREATE TABLE ballot_secret_slot (
    ballot_id  BIGINT        NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    slot       INTEGER       NOT NULL,
    key_id     VARCHAR(16)   NOT NULL,
    envelope   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (ballot_id, slot)
);
