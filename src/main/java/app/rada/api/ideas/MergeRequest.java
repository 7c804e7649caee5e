package app.rada.api.ideas;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Merges the idea of the address into {@code into}: its votes and followers move there. */
public record MergeRequest(@NotNull(message = "{api.error.into-missing}") @Nullable Long into) {
}
