package app.rada.ideas;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The optional remark given with a pulse answer; an empty one is no remark. The message is the key
 * {@link PulseService} refuses with.
 */
public record PulseRemark(
        @Size(max = PulseService.REMARK_MAX, message = "{pulse.remark-long}")
        @Nullable String remark) {
}
