package app.rada.ballots;

/**
 * A ballot closes in {@code hoursLeft} hours and some eligible members have not voted; who they are is
 * asked from {@link BallotSchedulingService#nonVoters} when the reminder goes out.
 */
public record BallotReminderDue(long ballotId, String title, int hoursLeft) {
}
