package app.rada.shared.search;

import java.time.Instant;
import java.util.List;

/**
 * One thing a portal-wide search found, as its module shows it to the person who searched: its title and
 * an excerpt in segments (the matched words marked), the address of its page and its date.
 *
 * @param kind what it is
 * @param id its id within its kind
 * @param title its title (for a comment or an annotation: what it is about) in segments
 * @param snippet an excerpt of its text around the first matched word, in segments; may be empty
 * @param target the page that shows it, as a route location
 * @param date when it was written, or when it takes place
 */
public record SearchHit(SearchKind kind, long id, List<Segment> title, List<Segment> snippet, String target,
                        Instant date) {

    public SearchHit {
        title = List.copyOf(title);
        snippet = List.copyOf(snippet);
    }

    /** The title as plain text. */
    public String titleText() {
        return Snippets.text(title);
    }
}
