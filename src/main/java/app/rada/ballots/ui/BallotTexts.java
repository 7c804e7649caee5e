package app.rada.ballots.ui;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotType;
import app.rada.ballots.Choice;
import app.rada.ballots.Outcome;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Texts several ballot views share: a choice in words, an outcome badge, the time left. */
final class BallotTexts {

    private BallotTexts() {
    }

    static String choice(Component c, BallotType type, List<String> options, Choice choice) {
        return switch (type) {
            case APPROVE_REJECT -> c.getTranslation(choice.answer().labelKey());
            case SINGLE_CHOICE -> options.get(choice.option());
            case RANKED -> {
                var parts = new ArrayList<String>();
                var ranking = choice.ranking();
                for (int i = 0; i < ranking.size(); i++) {
                    parts.add((i + 1) + ". " + options.get(ranking.get(i)));
                }
                yield String.join(", ", parts);
            }
            case POINTS -> {
                var parts = new ArrayList<String>();
                var points = choice.pointsPerOption();
                for (int i = 0; i < points.size(); i++) {
                    parts.add(c.getTranslation("ballots.points.of", options.get(i), points.get(i)));
                }
                yield String.join(", ", parts);
            }
        };
    }

    static String choice(Component c, BallotDetails ballot, Choice choice) {
        return choice(c, ballot.type(), ballot.options(), choice);
    }

    static Span outcome(Component c, Outcome outcome) {
        var badge = StatusBadge.of(c.getTranslation(outcome.labelKey()), "ballot-outcome", outcome);
        badge.addClassName("ballot-outcome");
        return badge;
    }

    static String timeLeft(Component c, Locale locale, Instant closesAt, Instant now) {
        var left = Duration.between(now, closesAt);
        if (left.isNegative() || left.isZero()) {
            return c.getTranslation("ballots.closing-now");
        }
        return c.getTranslation("ballots.closes-in", Formats.duration(left, locale));
    }

    static List<String> labels(Component c, BallotType type, List<String> options) {
        return type == BallotType.APPROVE_REJECT
                ? List.of(c.getTranslation(Answer.YES.labelKey()), c.getTranslation(Answer.NO.labelKey()),
                        c.getTranslation(Answer.ABSTAIN.labelKey()))
                : options;
    }
}
