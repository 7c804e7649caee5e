package app.rada.themes.internal;

import app.rada.journeys.Emotion;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A theme as computed and kept: its figures and its members, the quoted ones ranked. */
public record ThemeRow(long id, String label, int annotations, int ideas, int positive, int negative,
                       Map<Emotion, Integer> emotions, List<Long> organisationIds, List<Long> segmentIds,
                       List<Long> touchpointIds, List<Long> turnedIdeaIds, int untied, List<Member> members) {

    /** An annotation ('A') or idea ('I') of the theme; examples carry their rank and words. */
    public record Member(char kind, long itemId, @Nullable Integer quoteRank, @Nullable String quote) {
    }

    public List<Long> ids(char kind) {
        return members.stream().filter(m -> m.kind() == kind).map(Member::itemId).toList();
    }

    public List<String> quotes() {
        return members.stream().filter(m -> m.quoteRank() != null && m.quote() != null)
                .sorted(java.util.Comparator.comparing(m -> java.util.Objects.requireNonNull(m.quoteRank())))
                .map(m -> java.util.Objects.requireNonNull(m.quote())).toList();
    }
}
