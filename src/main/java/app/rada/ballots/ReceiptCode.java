package app.rada.ballots;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A receipt code as a voter types it to change or check a secret vote. Its form is not judged here, since
 * a mistyped code is simply one no vote has; a code far longer than any receipt is one no vote has either.
 */
public record ReceiptCode(
        @NotBlank(message = "{ballots.problem.receipt-needed}")
        @Size(max = ReceiptCode.LENGTH_MAX, message = "{ballots.problem.receipt-unknown}")
        String code) {

    /** Far above the 23 characters of a code in groups, so spaces a voter adds do not matter. */
    public static final int LENGTH_MAX = 64;
}
