-- Staff triage: filters by owner and department, and the open report count on every queue row.
CREATE INDEX ix_idea_owner ON idea (owner_id, created_at);
CREATE INDEX ix_idea_department ON idea (department, created_at);
CREATE INDEX ix_idea_report_idea ON idea_report (idea_id, resolved_at);
