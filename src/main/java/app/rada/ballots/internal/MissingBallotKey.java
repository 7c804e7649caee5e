package app.rada.ballots.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up without the ballot key into Spring Boot's short "APPLICATION FAILED TO START"
 * report: what is missing and what to set, instead of a stack trace through the bean factory.
 */
public class MissingBallotKey extends AbstractFailureAnalyzer<MissingBallotKey.Refused> {

    /** The portal refused to start without a ballot key. */
    public static class Refused extends IllegalStateException {

        Refused() {
            super(BallotKeys.MISSING);
        }
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Refused cause) {
        return new FailureAnalysis("The ballot key (rada.ballots.secret-key) is not set, and the database is not "
                + "the embedded H2 demo.", BallotKeys.MISSING, cause);
    }
}
