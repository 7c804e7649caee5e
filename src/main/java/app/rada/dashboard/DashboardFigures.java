package app.rada.dashboard;

import app.rada.ballots.BallotTurnout;
import app.rada.ideas.IdeaFigures;
import app.rada.ideas.TimingTrend;
import app.rada.journeys.JourneyHealth;
import app.rada.people.SegmentOption;
import app.rada.rewards.RewardFigures;
import app.rada.shared.SessionFigures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of the staff dashboard for a span of days (both included). {@code months} names the parts
 * the span is split into: the trend, the active members and the points per part use the same index.
 */
public record DashboardFigures(LocalDate from, LocalDate to, List<YearMonth> months, IdeaFigures ideas,
                               List<TimingTrend> trend, List<SegmentActivity> active, List<SegmentOption> segments,
                               List<BallotTurnout> turnout, Optional<SessionFigures> sessions, JourneyHealth health,
                               RewardFigures points) {
}
