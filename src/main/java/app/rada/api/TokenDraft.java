package app.rada.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What an administrator fills in to create an API token; judged without the spaces around the name. */
public record TokenDraft(
        @NotBlank(message = "{api.token.name-empty}")
        @Size(max = TokenDraft.NAME_MAX, message = "{api.token.name-long}")
        String name,
        Set<ApiScope> scopes) {

    public static final int NAME_MAX = 80;

    public TokenDraft {
        name = Objects.requireNonNullElse(name, "").strip();
        scopes = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    /** The values the messages show, by their key. */
    public static Object[] messageArguments(String key) {
        return key.equals("api.token.name-long") ? new Object[] {NAME_MAX} : new Object[0];
    }
}
