-- Delivery of the outbox over SMTP. A sender claims a mail before sending it: it writes a token of
-- its own and the time the claim ends, with an UPDATE that only succeeds while nobody else holds an
-- unexpired claim, so two senders never take the same mail. A sender that dies mid-send leaves
-- its claim to expire, after which the mail is due again.

ALTER TABLE outbox_mail ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE outbox_mail ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- a person's mail, for the export and erasure of their data
CREATE INDEX ix_outbox_mail_recipient ON outbox_mail (recipient);
