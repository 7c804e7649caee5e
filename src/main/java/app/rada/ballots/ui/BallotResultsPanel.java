package app.rada.ballots.ui;

import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotResult;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.Outcome;
import app.rada.shared.ui.Chart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ballot's counts, when they may be seen: outcome, turnout, totals, the rounds of a ranking, the
 * winner, a chart, and once closed the reason for closing early, the outcome statement and who chose
 * what in a named ballot.
 */
class BallotResultsPanel extends Section {

    BallotResultsPanel(BallotReadingService reading, BallotDetails b, BallotResult r) {
        add(new H2(getTranslation(b.status() == BallotStatus.CLOSED ? "ballots.results"
                : "ballots.results.live")));
        addClassNames("card", "ballot-results");
        setId("ballot-results");
        if (b.status() == BallotStatus.CLOSED && b.outcome() != null) {
            var outcome = new Div(BallotTexts.outcome(this, b.outcome()));
            outcome.setId("ballot-outcome");
            add(outcome);
        }
        var turnout = new Paragraph(getTranslation("ballots.turnout", r.votes(), r.eligible(), r.turnoutPercent(),
                r.quorumPercent(), r.quorumReached() ? 1 : 0));
        turnout.setId("ballot-turnout");
        add(turnout);
        var labels = BallotTexts.labels(this, b.type(), b.options());
        var figures = new UnorderedList();
        figures.setId("ballot-totals");
        for (int i = 0; i < r.totals().size() && i < labels.size(); i++) {
            var key = switch (b.type()) {
                case APPROVE_REJECT, SINGLE_CHOICE -> "ballots.total.votes";
                case RANKED -> "ballots.total.first";
                case POINTS -> "ballots.total.points";
            };
            figures.add(new ListItem(getTranslation(key, labels.get(i), r.totals().get(i))));
        }
        add(figures);
        if (b.type() == BallotType.APPROVE_REJECT) {
            var share = new Paragraph(getTranslation("ballots.share.yes", r.yesPercent(), r.passPercent()));
            share.setId("ballot-share");
            add(share);
        }
        if (b.type() == BallotType.RANKED && !r.rounds().isEmpty()) {
            add(rounds(b, r));
        }
        if (r.winner() != null && b.type().hasOptions()) {
            var winner = new Paragraph(getTranslation("ballots.winner", b.options().get(r.winner())));
            winner.setId("ballot-winner");
            add(winner);
        } else if (r.tie()) {
            add(new Paragraph(getTranslation("ballots.tie")));
        }
        add(chart(b, r, labels));
        if (b.status() == BallotStatus.CLOSED) {
            if (b.closeReason() != null) {
                var early = new Paragraph(getTranslation("ballots.closed-early", b.closeReason()));
                early.setId("ballot-close-reason");
                add(early);
            }
            if (b.outcomeStatement() != null && b.outcome() == Outcome.PASSED) {
                var statement = new Paragraph(getTranslation("ballots.statement", b.outcomeStatement()));
                statement.setId("ballot-statement");
                add(statement);
            }
            if (!b.secret()) {
                var named = reading.namedVotes(b.id());
                if (!named.isEmpty()) {
                    var list = new UnorderedList();
                    list.setId("ballot-named-votes");
                    named.forEach(v -> list.add(new ListItem(getTranslation("ballots.named-vote",
                            v.name().orElse(getTranslation("people.former-member")),
                            BallotTexts.choice(this, b, v.choice())))));
                    add(new H3(getTranslation("ballots.named-votes")), list);
                }
            }
        }
    }

    private Component rounds(BallotDetails b, BallotResult r) {
        var list = new OrderedList();
        list.setId("ballot-rounds");
        for (int n = 0; n < r.rounds().size(); n++) {
            var round = r.rounds().get(n);
            var parts = new ArrayList<String>();
            for (int i = 0; i < round.counts().size(); i++) {
                if (round.counts().get(i) >= 0) {
                    parts.add(b.options().get(i) + " " + round.counts().get(i));
                }
            }
            var text = getTranslation("ballots.round", n + 1, String.join(", ", parts), round.exhausted());
            if (round.eliminated() != null) {
                text += " " + getTranslation("ballots.round.eliminated", b.options().get(round.eliminated()));
            }
            list.add(new ListItem(text));
        }
        var box = new Div(new H3(getTranslation("ballots.rounds")), list);
        box.addClassName("ballot-rounds");
        return box;
    }

    private Component chart(BallotDetails b, BallotResult r, List<String> labels) {
        var values = r.totals().subList(0, Math.min(r.totals().size(), labels.size()));
        var summary = new StringBuilder(getTranslation("ballots.chart"));
        for (int i = 0; i < values.size(); i++) {
            summary.append(i == 0 ? ": " : ", ").append(labels.get(i)).append(' ').append(values.get(i));
        }
        var option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", labels.subList(0, values.size())),
                "series", List.of(Map.of("type", "bar", "data", values, "name",
                        getTranslation(b.type() == BallotType.POINTS ? "ballots.chart.points" : "ballots.chart.votes"),
                        "itemStyle", Map.of("color", "#0f5c55"))));
        var chart = new Chart(option, summary.toString());
        chart.setId("ballot-chart");
        var box = new Div(chart);
        box.addClassName("chart-card");
        return box;
    }
}
