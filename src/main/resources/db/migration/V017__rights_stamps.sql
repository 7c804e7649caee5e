-- Stamps that open sessions compare with on every request (see docs/decisions/2026-12-02-rights-stamps.md):
-- rights_version grows when roles or organisation change, session_epoch when the person's sessions must end
-- (password changed or reset, deactivated, erased).
ALTER TABLE person ADD COLUMN rights_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE person ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
