package app.rada.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The address someone asks a password-reset link for. */
public record ResetRequest(
        @NotBlank(message = "{login.error.email-required}")
        @Email(message = "{login.error.email-required}") String email) {
}
