package app.rada.themes.internal;

import app.rada.journeys.Emotion;
import app.rada.shared.search.WordForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the texts of a scope into themes with their figures, ready to keep. */
@Component
public class ThemeFinder {

    /** The most themes kept for one scope. */
    public static final int MAX_THEMES = 12;
    static final int QUOTES = 3;
    static final int QUOTE_MAX = 280;

    /** An annotation ('A', with its emotion) or an idea ('I') in a scope. */
    public record Item(char kind, long id, String text, @Nullable Emotion emotion, int intensity,
                       @Nullable Long organisationId, @Nullable Long segmentId, @Nullable Long touchpointId,
                       @Nullable Long ideaId) {
    }

    private final TextGrouping grouping;

    ThemeFinder(WordForms forms) {
        this.grouping = new TextGrouping(forms);
    }

    public List<ThemeRow> find(List<Item> items) {
        var groups = grouping.group(items.stream().map(Item::text).toList());
        var result = new ArrayList<ThemeRow>();
        for (var group : groups.subList(0, Math.min(groups.size(), MAX_THEMES))) {
            var members = group.members().stream().map(items::get).toList();
            var annotations = members.stream().filter(i -> i.kind() == 'A').toList();
            var emotions = new EnumMap<Emotion, Integer>(Emotion.class);
            int positive = 0;
            int negative = 0;
            for (var a : annotations) {
                var emotion = Objects.requireNonNull(a.emotion());
                emotions.merge(emotion, 1, Integer::sum);
                if (emotion.positive()) {
                    positive += a.intensity();
                } else {
                    negative += a.intensity();
                }
            }
            var sortedEmotions = emotions.entrySet().stream()
                    .sorted(Map.Entry.<Emotion, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry::getKey))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            // the examples: the most typical texts, each wording once
            var quoted = new LinkedHashMap<Integer, String>();
            var seen = new LinkedHashSet<String>();
            for (int index : group.typical()) {
                var text = items.get(index).text().strip();
                if (quoted.size() < QUOTES && seen.add(WordForms.fold(text))) {
                    quoted.put(index, text.length() > QUOTE_MAX ? text.substring(0, QUOTE_MAX - 1) + "…" : text);
                }
            }
            var rank = new LinkedHashMap<Integer, Integer>();
            quoted.keySet().forEach(index -> rank.put(index, rank.size() + 1));
            var rowMembers = group.members().stream().map(index -> {
                var item = items.get(index);
                return new ThemeRow.Member(item.kind(), item.id(), rank.get(index), quoted.get(index));
            }).toList();
            result.add(new ThemeRow(0, label(group.labelWords()), annotations.size(), members.size() - annotations.size(),
                    positive, negative, sortedEmotions, byFrequency(members, Item::organisationId),
                    byFrequency(members, Item::segmentId), byFrequency(members, Item::touchpointId),
                    byFrequency(annotations, Item::ideaId),
                    (int) annotations.stream().filter(a -> a.ideaId() == null).count(), rowMembers));
        }
        return result;
    }

    private static String label(List<String> words) {
        if (words.isEmpty()) {
            return "…";
        }
        var joined = String.join(" · ", words);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The distinct values, the most frequent first. */
    private static List<Long> byFrequency(List<Item> items, Function<Item, @Nullable Long> value) {
        var counts = new LinkedHashMap<Long, Integer>();
        items.forEach(i -> {
            var v = value.apply(i);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }
}
