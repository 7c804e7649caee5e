package app.rada.ballots;

/** Who may read ballots and talk about them, shared by the use-case services. */
final class BallotAccess {

    static final String BOARD_OR_STAFF = "hasRole('BOARD_MEMBER') or hasRole('STAFF')";
    static final int PAGE_MAX = 100;

    private BallotAccess() {
    }
}
