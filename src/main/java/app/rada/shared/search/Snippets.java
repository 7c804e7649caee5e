package app.rada.shared.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts highlighted texts to short excerpts around the first word the search matched. */
public final class Snippets {

    /** An excerpt is about this many characters long. */
    public static final int LENGTH = 180;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /** The segments joined as plain text. */
    public static String text(List<Segment> segments) {
        var text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /**
     * At most about {@code length} characters of the text, starting a little before its first marked
     * segment (at a word boundary), with an ellipsis where the text was cut.
     */
    public static List<Segment> around(List<Segment> segments, int length) {
        var whole = text(segments);
        if (whole.length() <= length) {
            return segments;
        }
        int firstMark = 0;
        int position = 0;
        for (var segment : segments) {
            if (segment.matched()) {
                firstMark = position;
                break;
            }
            position += segment.text().length();
        }
        int start = Math.max(0, firstMark - length / 4);
        if (start > 0) {
            int space = whole.indexOf(' ', start);
            start = space < 0 || space > firstMark ? start : space + 1;
        }
        int end = Math.min(whole.length(), start + length);
        if (end < whole.length()) {
            int space = whole.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        var result = new ArrayList<Segment>();
        if (start > 0) {
            result.add(new Segment(ELLIPSIS, false));
        }
        position = 0;
        for (var segment : segments) {
            int from = Math.max(start, position);
            int to = Math.min(end, position + segment.text().length());
            if (from < to) {
                result.add(new Segment(segment.text().substring(from - position, to - position), segment.matched()));
            }
            position += segment.text().length();
        }
        if (end < whole.length()) {
            result.add(new Segment(ELLIPSIS, false));
        }
        return result;
    }
}
