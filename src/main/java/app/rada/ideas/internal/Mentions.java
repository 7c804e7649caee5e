package app.rada.ideas.internal;

import app.rada.shared.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Mentions in comment text. The mention picker inserts {@code @[Full Name](person:123)}: the id makes
 * a mention unambiguous (two members may share a name), the name keeps the text readable. Typed
 * by hand with a made-up id it is shown as plain text and notifies nobody.
 */
public final class Mentions {

    static final Pattern TOKEN = Pattern.compile("@\\[([^\\[\\]\\r\\n]{1,100})]\\(person:(\\d{1,18})\\)");

    private Mentions() {
    }

    public record Token(String name, long personId) {
    }

    /** The mention tokens in the text, in order, each person once. */
    public static List<Token> tokens(String text) {
        var found = new ArrayList<Token>();
        var seen = new LinkedHashSet<Long>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            long id = Long.parseLong(m.group(2));
            if (seen.add(id)) {
                found.add(new Token(m.group(1).strip(), id));
            }
        }
        return found;
    }

    /** The token the picker inserts for a person. */
    public static String token(String name, long personId) {
        return "@[" + name.replace('[', '(').replace(']', ')').strip() + "](person:" + personId + ")";
    }

    /**
     * Safe HTML for a comment: Markdown rendered and sanitised, each mention of a real member
     * highlighted, any other token left as the plain name.
     */
    public static String toHtml(String text, Predicate<Long> real) {
        var names = new ArrayList<String>();
        var highlighted = new ArrayList<Boolean>();
        Matcher m = TOKEN.matcher(text);
        var marked = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1).strip());
            highlighted.add(real.test(Long.parseLong(m.group(2))));
            // letters and digits only, so Markdown leaves the placeholder as it is
            m.appendReplacement(marked, "RADAMENTION" + (names.size() - 1) + "X");
        }
        m.appendTail(marked);
        var html = Markdown.toHtml(marked.toString());
        for (int i = names.size() - 1; i >= 0; i--) {
            var name = HtmlUtils.htmlEscape("@" + names.get(i));
            var shown = highlighted.get(i) ? "<span class=\"mention\">" + name + "</span>" : name;
            html = html.replace("RADAMENTION" + i + "X", shown);
        }
        return html;
    }

    /** The text with every token turned into the plain name, for excerpts. */
    public static String plain(String text) {
        return TOKEN.matcher(text).replaceAll(r -> Matcher.quoteReplacement("@" + r.group(1).strip()));
    }

    public static Set<Long> ids(String text) {
        var ids = new LinkedHashSet<Long>();
        tokens(text).forEach(t -> ids.add(t.personId()));
        return ids;
    }
}
