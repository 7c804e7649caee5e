-- A notice written by a listener carries its cause (the event and what the notice says), so that an
-- event delivered again never writes the same notice, nor sends the same mail, twice. Notices without
-- a cause (NULL) are never deduplicated: NULLs are distinct in a unique index.
ALTER TABLE notification ADD COLUMN cause VARCHAR(300);
CREATE UNIQUE INDEX ux_notification_cause ON notification (person_id, kind, cause);

-- A mail whose action link is a secret (an invitation, a password reset) keeps that link here until it
-- is delivered or expires; then the link is cut out of the stored bodies and this column is cleared.
ALTER TABLE outbox_mail ADD COLUMN secret_link VARCHAR(1000);
ALTER TABLE outbox_mail ADD COLUMN link_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_outbox_mail_link_expiry ON outbox_mail (link_expires_at);
CREATE INDEX ix_outbox_mail_sent ON outbox_mail (status, sent_at);
