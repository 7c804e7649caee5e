package app.rada.api;

/** A token just created: {@code token} is the only time its secret is available. */
public record CreatedToken(long id, String token) {

    @Override
    public String toString() {
        return "CreatedToken[" + id + "]";
    }
}
