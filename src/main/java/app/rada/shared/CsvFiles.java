package app.rada.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * What every CSV export shares: a header line of translated column names, and cells a spreadsheet will not
 * read as a formula (a text starting with =, +, -, @, tab or carriage return gets a leading apostrophe).
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /**
     * A printer whose header line names each column in the reader's language; {@code texts} reads a key
     * in a locale (the translations).
     */
    public static CSVPrinter open(Writer out, List<String> headerKeys, Locale locale,
                                  BiFunction<String, Locale, String> texts) {
        var header = headerKeys.stream().map(key -> texts.apply(key, locale)).toArray(String[]::new);
        try {
            return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a spreadsheet from reading someone's text as a formula. */
    public static String safe(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static void row(CSVPrinter csv, Object... cells) {
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void finish(CSVPrinter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
