package app.rada.themes.internal;

import java.util.List;
import java.util.Set;

/** The little words of English and Polish (folded: lower case, no diacritics) that say nothing about a theme. */
final class StopWords {

    private static final Set<String> WORDS = Set.copyOf(List.of(
            // English
            "the", "and", "but", "for", "with", "from", "are", "was", "were", "been", "its", "this", "that", "these",
            "those", "our", "you", "your", "they", "them", "their", "she", "not", "does", "did", "have", "has", "had",
            "will", "would", "can", "could", "there", "what", "when", "which", "who", "about", "after", "before",
            "into", "than", "then", "too", "very", "just", "only", "also", "all", "any", "more", "most", "out",
            "still", "again", "why", "how", "yes", "get", "got", "one", "two", "three", "mine", "his", "her", "its",
            "each", "other", "same", "some", "such", "should", "may", "might", "over", "under", "even", "ever",
            "never", "always", "every", "because", "while", "where", "here", "week", "day", "time",
            // Polish
            "nie", "sie", "jak", "juz", "ale", "czy", "tak", "tego", "tej", "tym", "przez", "dla", "przy", "ich",
            "jego", "jej", "moj", "moja", "moje", "mojego", "moja", "moim", "moich", "nas", "nam", "oni", "one",
            "tylko", "jeszcze", "tez", "takze", "gdy", "kiedy", "ktory", "ktora", "ktore", "ktorego", "ktorej",
            "pod", "nad", "jest", "byl", "byla", "bylo", "byly", "sa", "bedzie", "mnie", "mam", "mial", "miala",
            "ten", "ta", "to", "te", "po", "za", "od", "do", "na", "co", "bo", "by", "ze", "we", "mi", "dwa", "trzy",
            "raz", "razy", "tydzien", "tygodniu", "dzien", "dni", "nic", "nikt", "zawsze", "nigdy", "bardzo",
            "zbyt", "oraz", "lub", "albo", "jednak", "wiec", "gdzie", "tam", "tu", "tutaj", "swoj", "swoja",
            "swoje", "naszej", "nasz", "nasza", "nasze", "wasz", "panstwa", "sobie", "siebie", "jako", "aby",
            "zeby", "ktos", "cos", "wszystko", "kazdy", "kazda", "kazde", "wtedy", "teraz", "potem", "przed"));

    private StopWords() {
    }

    static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
