-- in a choice ballot, the option a linked idea stands for: a passing outcome moves only the winner's idea
ALTER TABLE ballot_idea ADD COLUMN option_position INTEGER;
