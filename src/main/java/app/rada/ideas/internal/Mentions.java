package app.rada.ideas.internal;

import app.rada.shared.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Mentions in comment text. The mention picker inserts {@code @[Full Name](person:123)}: the id makes
 * a mention unambiguous (two members may share a name), the name keeps the text readable. Typed
 * by hand with a made-up id it is shown as plain text and notifies nobody. When the person is erased,
 * their mentions become {@value #FORMER}, which names nobody.
 *
 * <p>A mention is a node of the parsed Markdown document, so it is rendered by the same renderer and
 * passes the same allow-list as the rest of the comment: nothing is put into the HTML afterwards.
 */
public final class Mentions {

    /** What a mention of an erased person becomes: no name, no id. */
    public static final String FORMER = "@(former-member)";

    static final Pattern TOKEN = Pattern.compile("@\\[([^\\[\\]\\r\\n]{1,100})]\\(person:(\\d{1,18})\\)");
    private static final int NAME_MAX = 100;
    private static final int ID_DIGITS_MAX = 18;

    private static final Parser PARSER = Markdown.parser().customInlineContentParserFactory(new MentionParsers()).build();
    private static final HtmlRenderer RENDERER = Markdown.renderer().nodeRendererFactory(MentionRenderer::new).build();

    private Mentions() {
    }

    public record Token(String name, long personId) {
    }

    /** The mentions in the text as the renderer sees them (none inside code), in order, each person once. */
    public static List<Token> tokens(String text) {
        var found = new ArrayList<Token>();
        var seen = new LinkedHashSet<Long>();
        eachMention(PARSER.parse(text), m -> {
            if (m.name != null && seen.add(m.personId)) {
                found.add(new Token(m.name, m.personId));
            }
        });
        return found;
    }

    /** The token the picker inserts for a person. */
    public static String token(String name, long personId) {
        return "@[" + name.replace('[', '(').replace(']', ')').strip() + "](person:" + personId + ")";
    }

    /**
     * Safe HTML for a comment: Markdown rendered and sanitised, each mention of a real member
     * highlighted, any other mention left as the plain name, an erased person's as the label given.
     */
    public static String toHtml(String text, Predicate<Long> real, String formerMember) {
        var document = PARSER.parse(text);
        eachMention(document, m -> {
            m.label = "@" + (m.name == null ? formerMember : m.name);
            m.highlighted = m.name != null && real.test(m.personId);
        });
        return Markdown.sanitize(RENDERER.render(document));
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

    /**
     * The text with every token of the person replaced by {@link #FORMER}, wherever it stands (also in
     * code), so neither their name nor their id is left in it.
     */
    public static String forget(String text, long personId) {
        return TOKEN.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                Long.parseLong(r.group(2)) == personId ? FORMER : r.group()));
    }

    private static void eachMention(Node node, Consumer<Mention> action) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Mention mention) {
                action.accept(mention);
            } else {
                eachMention(child, action);
            }
        }
    }

    /** A mention in the document: a person's name and id, or ({@code name} null) a former member. */
    static final class Mention extends CustomNode {
        final @Nullable String name;
        final long personId;
        String label = "";
        boolean highlighted;

        Mention(@Nullable String name, long personId) {
            this.name = name;
            this.personId = personId;
        }
    }

    /** Reads a token where an {@code @} starts one; anything else is left to the other inline parsers. */
    private static final class MentionParsers implements InlineContentParserFactory, InlineContentParser {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('@');
        }

        @Override
        public InlineContentParser create() {
            return this;
        }

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            scanner.next();
            if (scanner.next(FORMER.substring(1))) {
                return ParsedInline.of(new Mention(null, 0), scanner.position());
            }
            if (!scanner.next('[')) {
                return ParsedInline.none();
            }
            var nameStart = scanner.position();
            int length = 0;
            while (scanner.hasNext() && "[]\r\n".indexOf(scanner.peek()) < 0 && length <= NAME_MAX) {
                scanner.next();
                length++;
            }
            var name = scanner.getSource(nameStart, scanner.position()).getContent().strip();
            if (length == 0 || length > NAME_MAX || name.isEmpty() || !scanner.next("](person:")) {
                return ParsedInline.none();
            }
            var digits = new StringBuilder();
            while (Character.isDigit(scanner.peek()) && scanner.peek() < 128 && digits.length() <= ID_DIGITS_MAX) {
                digits.append(scanner.peek());
                scanner.next();
            }
            if (digits.isEmpty() || digits.length() > ID_DIGITS_MAX || !scanner.next(')')) {
                return ParsedInline.none();
            }
            return ParsedInline.of(new Mention(name, Long.parseLong(digits.toString())), scanner.position());
        }
    }

    /** Writes a mention through the document's own HTML writer, which escapes the name as text. */
    private static final class MentionRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            var mention = (Mention) node;
            var html = context.getWriter();
            if (mention.highlighted) {
                html.tag("span", Map.of("class", "mention"));
                html.text(mention.label);
                html.tag("/span");
            } else {
                html.text(mention.label);
            }
        }
    }
}
