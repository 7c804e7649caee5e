-- Events between modules, kept until every listener has handled them (Spring Modulith's registry),
-- and locks that make a scheduled job run on one node at a time (ShedLock).

CREATE TABLE event_publication (
    id                      UUID          NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        VARCHAR(4000) NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(20),
    completion_attempts     INTEGER,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
CREATE INDEX ix_event_publication_listener ON event_publication (listener_id);

CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
