package app.rada.ideas;

import java.util.List;

/**
 * What a group of people (an organisation's) did with ideas in a span of time: ideas submitted, and of
 * those how many got an answer and how many are done; votes given and comments written; their latest ideas.
 */
public record ContributionFigures(long ideas, long answered, long done, long votes, long comments,
                                  List<IdeaSummary> latest) {

    public ContributionFigures {
        latest = List.copyOf(latest);
    }
}
