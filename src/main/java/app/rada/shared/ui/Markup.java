package app.rada.shared.ui;

import org.jspecify.annotations.Nullable;

/**
 * Text made safe to write into HTML that a view sends as one element's content (cards, the journey canvas):
 * such markup keeps an open page to a few server-side nodes instead of a component per line.
 */
public final class Markup {

    private Markup() {
    }

    /** The text with every character that HTML gives a meaning escaped, safe in content and quoted attributes. */
    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Appends {@code <span class="className">text</span>}, the text escaped; the class name is the code's own
     * and written as given. Without a class name, a plain span.
     */
    public static void span(StringBuilder html, String text, @Nullable String className) {
        html.append(className == null ? "<span>" : "<span class=\"" + className + "\">").append(escape(text))
                .append("</span>");
    }
}
