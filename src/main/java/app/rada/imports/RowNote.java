package app.rada.imports;

import java.util.List;

/** Something to say about a row, as a translation key and its arguments. */
public record RowNote(String key, List<String> args) {

    public RowNote {
        args = List.copyOf(args);
    }

    public static RowNote of(String key, String... args) {
        return new RowNote(key, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
