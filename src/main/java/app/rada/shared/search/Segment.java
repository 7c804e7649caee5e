package app.rada.shared.search;

/**
 * A piece of a text, marked when it is a word the search matched. The pieces of a text, joined, are the
 * text itself; views show them as plain text, the marked ones inside a {@code <mark>} element.
 */
public record Segment(String text, boolean matched) {
}
