package app.rada.shared;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by members, turned into HTML that is safe to show: raw HTML in the source is
 * escaped by the renderer, and the result passes an allow-list of tags and attributes, so neither
 * scripts nor event handlers nor foreign styles ever reach a page.
 */
public final class Markdown {

    private static final List<AutolinkExtension> EXTENSIONS = List.of((AutolinkExtension) AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "span")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // the one class a node of the parsed document may carry (a mention); raw HTML is escaped before
            .allowAttributes("class").matching(Pattern.compile("mention")).onElements("span")
            .toFactory();

    private Markdown() {
    }

    /** Safe HTML for the Markdown text. */
    public static String toHtml(String markdown) {
        return sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * A parser set up like this one's, for a module that adds its own inline syntax: what it parses
     * becomes nodes of the document, rendered and sanitised like everything else.
     */
    public static Parser.Builder parser() {
        return Parser.builder().extensions(EXTENSIONS);
    }

    /** A renderer set up like this one's, for a module that renders its own nodes. */
    public static HtmlRenderer.Builder renderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true);
    }

    /** The allow-list every rendered document passes, so a module's own nodes get no further than text. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The text without Markdown marks, for excerpts and e-mails. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    }
}
