package app.rada.shared;

import java.util.List;

/**
 * A request a service refuses for a reason the user can fix (a name already taken, a date out of
 * order). It carries a translation key and its arguments, so every view can show it in the user's
 * language; nothing has been saved when it is thrown.
 */
public class Problem extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public Problem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
