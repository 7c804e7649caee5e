package app.rada.ballots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts a ballot. Pure: the same choices always give the same result, and nothing here touches the
 * database, so the rules are tested with hand-computed examples.
 *
 * <ul>
 *   <li>Quorum: reached when voters × 100 ≥ quorum % × eligible members. Without quorum the outcome is
 *       {@link Outcome#NO_QUORUM}, whatever the counts.</li>
 *   <li>Approve / reject: passes when yes × 100 &gt; pass threshold % × (yes + no); abstentions count for
 *       turnout only. With no yes and no no votes it fails.</li>
 *   <li>One choice: the option with the most votes wins; a shared first place means no winner.</li>
 *   <li>Ranked choice, instant runoff: each round counts every ballot for its highest-ranked option still
 *       in the race; an option with more than half of the continuing ballots wins, and so does the last
 *       option left. Otherwise the option with the fewest votes is eliminated. A tie for the fewest is
 *       broken by fewer first preferences (the first round's count), then by option order: the option
 *       listed later is eliminated.</li>
 *   <li>Points: the points of all ballots are added per option; the highest total wins, a shared first
 *       place means no winner.</li>
 * </ul>
 * A choice ballot passes when quorum is reached and an option won.
 */
public final class Tally {

    private Tally() {
    }

    public static BallotResult count(BallotType type, int optionCount, int eligible, int quorumPercent,
                                     int passPercent, Collection<Choice> choices) {
        int votes = choices.size();
        boolean quorum = (long) votes * 100 >= (long) quorumPercent * eligible;
        return switch (type) {
            case APPROVE_REJECT -> approve(eligible, votes, quorumPercent, quorum, passPercent, choices);
            case SINGLE_CHOICE -> plurality(type, optionCount, eligible, votes, quorumPercent, quorum, passPercent,
                    single(optionCount, choices));
            case POINTS -> plurality(type, optionCount, eligible, votes, quorumPercent, quorum, passPercent,
                    points(optionCount, choices));
            case RANKED -> ranked(optionCount, eligible, votes, quorumPercent, quorum, passPercent, choices);
        };
    }

    private static BallotResult approve(int eligible, int votes, int quorumPercent, boolean quorum, int passPercent,
                                        Collection<Choice> choices) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (var choice : choices) {
            switch (choice.answer()) {
                case YES -> yes++;
                case NO -> no++;
                case ABSTAIN -> abstain++;
            }
        }
        boolean passes = yes + no > 0 && (long) yes * 100 > (long) passPercent * (yes + no);
        var outcome = !quorum ? Outcome.NO_QUORUM : passes ? Outcome.PASSED : Outcome.FAILED;
        return new BallotResult(BallotType.APPROVE_REJECT, outcome, eligible, votes, quorumPercent, quorum,
                passPercent, yes, no, abstain, List.of((long) yes, (long) no, (long) abstain), List.of(), null, false);
    }

    private static long[] single(int optionCount, Collection<Choice> choices) {
        var totals = new long[optionCount];
        choices.forEach(c -> totals[c.option()]++);
        return totals;
    }

    private static long[] points(int optionCount, Collection<Choice> choices) {
        var totals = new long[optionCount];
        for (var choice : choices) {
            var points = choice.pointsPerOption();
            for (int i = 0; i < optionCount && i < points.size(); i++) {
                totals[i] += points.get(i);
            }
        }
        return totals;
    }

    private static BallotResult plurality(BallotType type, int optionCount, int eligible, int votes, int quorumPercent,
                                          boolean quorum, int passPercent, long[] totals) {
        Integer winner = null;
        boolean tie = false;
        long best = 0;
        for (int i = 0; i < optionCount; i++) {
            if (totals[i] > best) {
                best = totals[i];
                winner = i;
                tie = false;
            } else if (totals[i] == best && best > 0) {
                tie = true;
            }
        }
        if (tie) {
            winner = null;
        }
        var outcome = !quorum ? Outcome.NO_QUORUM : winner != null ? Outcome.PASSED : Outcome.FAILED;
        return new BallotResult(type, outcome, eligible, votes, quorumPercent, quorum, passPercent, 0, 0, 0,
                list(totals), List.of(), winner, tie);
    }

    private static BallotResult ranked(int optionCount, int eligible, int votes, int quorumPercent, boolean quorum,
                                       int passPercent, Collection<Choice> choices) {
        var rankings = choices.stream().map(Choice::ranking).toList();
        var inRace = new boolean[optionCount];
        Arrays.fill(inRace, true);
        int left = optionCount;
        long[] firstPreferences = null;
        var rounds = new ArrayList<BallotResult.Round>();
        Integer winner = null;
        while (left > 0) {
            var counts = new long[optionCount];
            long continuing = 0;
            for (var ranking : rankings) {
                for (int option : ranking) {
                    if (inRace[option]) {
                        counts[option]++;
                        continuing++;
                        break;
                    }
                }
            }
            if (firstPreferences == null) {
                firstPreferences = counts.clone();
            }
            var shown = new long[optionCount];
            for (int i = 0; i < optionCount; i++) {
                shown[i] = inRace[i] ? counts[i] : -1;
            }
            long exhausted = rankings.size() - continuing;
            if (continuing == 0) {
                rounds.add(new BallotResult.Round(list(shown), continuing, exhausted, null));
                break;
            }
            Integer majority = null;
            for (int i = 0; i < optionCount; i++) {
                if (inRace[i] && counts[i] * 2 > continuing) {
                    majority = i;
                }
            }
            if (majority == null && left == 1) {
                for (int i = 0; i < optionCount; i++) {
                    if (inRace[i]) {
                        majority = i;
                    }
                }
            }
            if (majority != null) {
                winner = majority;
                rounds.add(new BallotResult.Round(list(shown), continuing, exhausted, null));
                break;
            }
            int out = weakest(counts, firstPreferences, inRace);
            rounds.add(new BallotResult.Round(list(shown), continuing, exhausted, out));
            inRace[out] = false;
            left--;
        }
        var outcome = !quorum ? Outcome.NO_QUORUM : winner != null ? Outcome.PASSED : Outcome.FAILED;
        return new BallotResult(BallotType.RANKED, outcome, eligible, votes, quorumPercent, quorum, passPercent, 0, 0,
                0, firstPreferences == null ? List.of() : list(firstPreferences), rounds, winner, false);
    }

    /** Fewest votes this round; then fewest first preferences; then the option listed last. */
    private static int weakest(long[] counts, long[] firstPreferences, boolean[] inRace) {
        int weakest = -1;
        for (int i = 0; i < counts.length; i++) {
            if (!inRace[i]) {
                continue;
            }
            if (weakest < 0 || counts[i] < counts[weakest]
                    || counts[i] == counts[weakest] && firstPreferences[i] <= firstPreferences[weakest]) {
                weakest = i;
            }
        }
        return weakest;
    }

    private static List<Long> list(long[] values) {
        var result = new ArrayList<Long>(values.length);
        for (long v : values) {
            result.add(v);
        }
        return result;
    }

    /** The name of an option position for messages, or null. */
    static @Nullable String label(List<String> options, @Nullable Integer position) {
        return position == null || position < 0 || position >= options.size() ? null : options.get(position);
    }
}
