package app.rada.api;

import app.rada.shared.Problem;

/**
 * A refusal of the API itself (a cursor that cannot be read, a parameter out of range), with the HTTP status
 * it is answered with. Endpoints throw it like a {@link Problem}: a translation key and its arguments.
 */
public class ApiError extends Problem {

    private final int status;

    public ApiError(int status, String key, Object... args) {
        super(key, args);
        this.status = status;
    }

    public static ApiError badRequest(String key, Object... args) {
        return new ApiError(400, key, args);
    }

    public int status() {
        return status;
    }
}
