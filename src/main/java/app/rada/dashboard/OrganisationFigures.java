package app.rada.dashboard;

import app.rada.ideas.ContributionFigures;
import app.rada.journeys.EmotionTally;
import app.rada.people.OrganisationRow;
import app.rada.people.SegmentOption;
import app.rada.rewards.LeaderboardRow;
import app.rada.shared.SessionFigures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One organisation over a span of days, for its account manager: what its people suggested, voted,
 * commented, annotated and attended; what we answered and shipped of theirs; how their emotions on the
 * journey moved month by month (Net Emotional Value); who of them was active; its top point earners.
 */
public record OrganisationFigures(OrganisationRow organisation, Optional<SegmentOption> segment, LocalDate from,
                                  LocalDate to, List<YearMonth> months, List<Long> activeByMonth,
                                  ContributionFigures ideas, long ballotVotes, List<EmotionTally> emotions,
                                  Optional<SessionFigures> sessions, List<LeaderboardRow> topEarners) {

    public long annotations() {
        return emotions.stream().mapToLong(EmotionTally::annotations).sum();
    }
}
