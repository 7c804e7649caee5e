package app.rada.ballots.internal;

import app.rada.ballots.BallotStatus;
import app.rada.ballots.ui.BallotNavigation;
import app.rada.ideas.IdeaLink;
import app.rada.ideas.IdeaLinkSource;
import app.rada.shared.Role;
import app.rada.shared.security.CurrentUser;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ballots that decide an idea, on the idea's page. Ballots are the board's and the staff's
 * business: other members get none, and only staff see drafts.
 */
@Component
class BallotIdeaLinks implements IdeaLinkSource {

    private final JdbcTemplate jdbc;

    BallotIdeaLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IdeaLink> linksTo(long ideaId) {
        var me = CurrentUser.get().orElse(null);
        if (me == null || !(me.isStaff() || me.has(Role.BOARD_MEMBER))) {
            return List.of();
        }
        return jdbc.query("""
                select b.id, b.title, b.status from ballot b join ballot_idea bi on bi.ballot_id = b.id
                where bi.idea_id = ? and (? or b.status <> 'DRAFT') order by b.opens_at desc, b.id desc""",
                (rs, n) -> new IdeaLink("ballots.idea-link", rs.getString(2), BallotNavigation.ballot(rs.getLong(1)),
                        BallotStatus.valueOf(rs.getString(3)).labelKey()),
                ideaId, me.isStaff());
    }
}
