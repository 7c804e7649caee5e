package app.rada.ideas;

import java.util.List;

/**
 * A duplicate was merged into another idea; its voters and followers now count there. The people
 * listed (author, voters, followers of the duplicate) are told where it went.
 */
public record IdeaMerged(long ideaId, long intoIdeaId, List<Long> peopleToTell) {

    public IdeaMerged {
        peopleToTell = List.copyOf(peopleToTell);
    }
}
