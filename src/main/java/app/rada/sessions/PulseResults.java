package app.rada.sessions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the pulse after one session, or after the sessions of a period, adds up to.
 *
 * @param answers how many answered
 * @param averageEffort mean customer effort score (1 to 7), null without answers
 * @param averageRecommend mean likelihood to recommend (0 to 10), null without answers
 * @param nps Net Promoter Score: % promoters (9–10) minus % detractors (0–6), -100 to 100; null without answers
 * @param comments the comments, newest first, without names
 */
public record PulseResults(int answers, @Nullable Double averageEffort, @Nullable Double averageRecommend,
                           int promoters, int passives, int detractors, @Nullable Integer nps, List<String> comments) {

    public PulseResults {
        comments = List.copyOf(comments);
    }

    /** Figures from the answers' counts and sums. */
    public static PulseResults of(int answers, long effortSum, long recommendSum, int promoters, int detractors,
                                  List<String> comments) {
        if (answers == 0) {
            return new PulseResults(0, null, null, 0, 0, 0, null, comments);
        }
        int nps = (int) Math.round(100.0 * (promoters - detractors) / answers);
        return new PulseResults(answers, (double) effortSum / answers, (double) recommendSum / answers, promoters,
                answers - promoters - detractors, detractors, nps, comments);
    }
}
