package app.rada.ideas;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the author and voters of a done idea said about the fix, for staff. */
public record PulseResults(Map<PulseAnswer, Integer> counts, List<Remark> remarks) {

    public PulseResults {
        counts = Map.copyOf(counts);
        remarks = List.copyOf(remarks);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(PulseAnswer answer) {
        return counts.getOrDefault(answer, 0);
    }

    /** A remark left with an answer; an empty name means a former member. */
    public record Remark(long personId, Optional<String> name, PulseAnswer answer, String text, Instant at) {
    }
}
