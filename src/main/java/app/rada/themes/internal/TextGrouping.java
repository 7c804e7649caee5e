package app.rada.themes.internal;

import app.rada.shared.search.WordForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups short texts that say the same thing. Each text becomes the set of its words' forms (Polish
 * lemmas and stems, English Porter stems, from {@link WordForms}) without the little words of either
 * language; forms are weighted by how rare they are among the texts (TF-IDF), and texts are joined
 * by average-linkage clustering while the groups stay similar enough. A group is labelled with the
 * words its texts share most, as members wrote them. Deterministic: the same texts give the same groups.
 */
public final class TextGrouping {

    /** How alike two groups must be, on average over their texts' pairs, to be joined. */
    static final double JOIN_AT = 0.2;
    static final int MIN_WORD = 3;
    static final int LABEL_WORDS = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");

    /** A group of texts, by their positions in the input, with its label words and its most typical texts first. */
    public record Group(List<Integer> members, List<String> labelWords, List<Integer> typical) {
    }

    private final WordForms forms;

    public TextGrouping(WordForms forms) {
        this.forms = forms;
    }

    /** The groups of at least two texts, the largest first. */
    public List<Group> group(List<String> texts) {
        int n = texts.size();
        var termsOf = new ArrayList<Set<String>>(n);
        // for each form, the words members wrote that carry it, counted, to label groups in their words
        var spellings = new ArrayList<Map<String, String>>(n);
        var documentFrequency = new HashMap<String, Integer>();
        for (var text : texts) {
            var terms = new LinkedHashSet<String>();
            var spelled = new HashMap<String, String>();
            var matcher = WORD.matcher(text);
            while (matcher.find()) {
                var word = matcher.group();
                var folded = WordForms.fold(word);
                if (folded.length() < MIN_WORD || StopWords.contains(folded) || folded.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                for (var term : forms.termsOfWord(word)) {
                    terms.add(term);
                    spelled.putIfAbsent(term, word.toLowerCase(java.util.Locale.ROOT));
                }
            }
            terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            termsOf.add(terms);
            spellings.add(spelled);
        }
        var weights = new ArrayList<Map<String, Double>>(n);
        for (var terms : termsOf) {
            var vector = new HashMap<String, Double>();
            double norm = 0;
            for (var term : terms) {
                int df = documentFrequency.get(term);
                if (df < 2) {
                    continue;
                }
                double w = Math.log((n + 1.0) / df) + 1;
                vector.put(term, w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            vector.replaceAll((t, w) -> w / length);
            weights.add(vector);
        }
        var similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = similarity[j][i] = cosine(weights.get(i), weights.get(j));
            }
        }
        var clusters = new ArrayList<List<Integer>>();
        for (int i = 0; i < n; i++) {
            if (!weights.get(i).isEmpty()) {
                clusters.add(new ArrayList<>(List.of(i)));
            }
        }
        while (clusters.size() > 1) {
            double best = JOIN_AT;
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double s = average(similarity, clusters.get(a), clusters.get(b));
                    if (s >= best + 1e-12 || (bestA < 0 && s >= best)) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        return clusters.stream().filter(c -> c.size() >= 2)
                .map(c -> describe(c, termsOf, spellings, documentFrequency, similarity, n))
                .sorted(Comparator.comparingInt((Group g) -> -g.members().size()).thenComparing(g -> g.members().getFirst()))
                .toList();
    }

    private static Group describe(List<Integer> cluster, List<Set<String>> termsOf, List<Map<String, String>> spellings,
                                  Map<String, Integer> documentFrequency, double[][] similarity, int n) {
        var members = cluster.stream().sorted().toList();
        var inGroup = new HashMap<String, Integer>();
        members.forEach(m -> termsOf.get(m).forEach(t -> inGroup.merge(t, 1, Integer::sum)));
        var ranked = inGroup.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) ->
                        -e.getValue() * (Math.log((n + 1.0) / documentFrequency.get(e.getKey())) + 1))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        var words = new ArrayList<String>();
        var usedTerms = new LinkedHashSet<String>();
        for (var term : ranked) {
            if (words.size() == LABEL_WORDS || usedTerms.contains(term)) {
                continue;
            }
            var spelled = members.stream().map(m -> spellings.get(m).get(term)).filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(w -> w, Collectors.counting())).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).findFirst().orElse(term);
            if (words.contains(spelled)) {
                continue;
            }
            words.add(spelled);
            // the other forms of the same word would only repeat it
            members.forEach(m -> spellings.get(m).forEach((t, w) -> {
                if (w.equals(spelled)) {
                    usedTerms.add(t);
                }
            }));
        }
        var typical = members.stream()
                .sorted(Comparator.comparingDouble((Integer m) -> -average(similarity, List.of(m), members))
                        .thenComparing(m -> m))
                .toList();
        return new Group(members, words, typical);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        double sum = 0;
        for (var entry : small.entrySet()) {
            var other = large.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }

    private static double average(double[][] similarity, List<Integer> a, List<Integer> b) {
        double sum = 0;
        int pairs = 0;
        for (int i : a) {
            for (int j : b) {
                if (i != j) {
                    sum += similarity[i][j];
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
