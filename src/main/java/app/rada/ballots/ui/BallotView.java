package app.rada.ballots.ui;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotComment;
import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotDiscussionService;
import app.rada.ballots.BallotExportService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotResult;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.Outcome;
import app.rada.ballots.ResultsVisibility;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Chart;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One ballot: the question and its explanation, the ideas it decides, the rules it is counted by, the
 * vote (approve / reject, one choice, a ranking with up and down buttons, or points within a budget),
 * the results when they may be seen, and the discussion. Staff also open, close and export here.
 */
@Route("ballots/:ballotId([0-9]{1,18})")
@RolesAllowed({Roles.BOARD_MEMBER, Roles.STAFF})
@StyleSheet("styles/ballots.css")
class BallotView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "ballotId";
    static final int COMMENTS_PAGE = 50;

    private final BallotReadingService reading;
    private final BallotVotingService voting;
    private final BallotLifecycleService lifecycle;
    private final BallotExportService export;
    private final BallotDiscussionService discussion;
    private @Nullable BallotDetails ballot;

    // the vote; which fields exist depends on the type
    final RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> single = new RadioButtonGroup<>();
    final List<Integer> ranking = new ArrayList<>();
    final Div rankingList = new Div();
    final List<IntegerField> points = new ArrayList<>();
    final Span pointsLeft = new Span();
    final TextField receipt = new TextField();
    final Button cast = new Button();
    final Div receiptBox = new Div();
    final TextField checkCode = new TextField();
    final Span checkResult = new Span();
    final TextArea reason = new TextArea();
    final TextArea comment = new TextArea();
    final Div comments = new Div();
    private int commentsShown = COMMENTS_PAGE;
    private @Nullable ConfirmDialog confirm;

    BallotView(BallotReadingService reading, BallotVotingService voting, BallotLifecycleService lifecycle,
               BallotExportService export, BallotDiscussionService discussion) {
        this.reading = reading;
        this.voting = voting;
        this.lifecycle = lifecycle;
        this.export = export;
        this.discussion = discussion;
        addClassName("ballot-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAMETER).orElse(0L);
        try {
            ballot = reading.details(id);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        var b = ballot();
        removeAll();
        points.clear();
        var back = new Anchor(BallotNavigation.LIST, getTranslation("ballots.back"));
        back.addClassName("back-link");
        var article = new Article();
        article.addClassName("ballot-article");
        var title = new H1(b.title());
        var meta = new Div(badge(getTranslation(b.status().labelKey()), "ballot-status-" + b.status().name()
                .toLowerCase(java.util.Locale.ROOT)), new Span(getTranslation(b.type().labelKey())),
                new Span(getTranslation(b.secret() ? "ballots.secret" : "ballots.named")));
        meta.addClassName("ballot-meta");
        meta.setId("ballot-meta");
        var zone = Formats.zone();
        var times = new Paragraph(getTranslation("ballots.times", Formats.dateTime(b.opensAt(), getLocale(), zone),
                Formats.dateTime(b.closesAt(), getLocale(), zone), zone.getId()));
        times.addClassName("ballot-times");
        article.add(title, meta, times);
        if (b.status() == BallotStatus.OPEN) {
            var left = new Paragraph(BallotTexts.timeLeft(this, getLocale(), b.closesAt(), Instant.now()));
            left.addClassName("ballot-countdown");
            left.setId("ballot-countdown");
            article.add(left);
        }
        var question = new Paragraph(b.question());
        question.addClassName("ballot-question");
        question.setId("ballot-question");
        var explanation = new Div();
        explanation.addClassNames("ballot-explanation", "markdown");
        explanation.getElement().setProperty("innerHTML", b.explanationHtml());
        article.add(question, explanation);
        if (!b.ideas().isEmpty()) {
            var list = new UnorderedList();
            list.setId("ballot-ideas");
            b.ideas().forEach(i -> list.add(new ListItem(new Anchor(BallotNavigation.idea(i.id()), i.title()),
                    new Span(" · " + getTranslation(i.status().labelKey())))));
            article.add(new H2(getTranslation("ballots.ideas")), list);
        }
        article.add(rules(b));
        add(back, article);

        if (CurrentUser.require().isStaff()) {
            add(staffTools(b));
        }
        if (b.canVote()) {
            add(votePanel(b));
        } else if (b.status() == BallotStatus.OPEN && !b.eligible()) {
            add(note(getTranslation("ballots.vote.not-eligible"), "ballot-not-eligible"));
        }
        if (b.secret() && b.eligible() && b.voted()) {
            add(checkPanel(b));
        }
        b.result().ifPresent(r -> add(results(b, r)));
        if (b.result().isEmpty() && b.status() == BallotStatus.OPEN) {
            add(note(getTranslation("ballots.results.after-close"), "ballot-results-hidden"));
        }
        if (b.status() != BallotStatus.DRAFT) {
            add(discussion(b));
        }
    }

    private BallotDetails ballot() {
        if (ballot == null) {
            throw new IllegalStateException("No ballot");
        }
        return ballot;
    }

    private void reload() {
        ballot = reading.details(ballot().id());
        build();
    }

    // --- rules

    private Section rules(BallotDetails b) {
        var list = new UnorderedList();
        list.add(new ListItem(getTranslation("ballots.rules.voters")));
        list.add(new ListItem(getTranslation("ballots.rules.quorum", b.quorumPercent())));
        switch (b.type()) {
            case APPROVE_REJECT -> list.add(new ListItem(getTranslation("ballots.rules.approve", b.passPercent())));
            case SINGLE_CHOICE -> list.add(new ListItem(getTranslation("ballots.rules.single")));
            case RANKED -> {
                list.add(new ListItem(getTranslation("ballots.rules.ranked")));
                var tieBreak = new ListItem(getTranslation("ballots.rules.tie-break"));
                tieBreak.setId("ballot-tie-break");
                list.add(tieBreak);
            }
            case POINTS -> list.add(new ListItem(getTranslation("ballots.rules.points", b.pointsBudget())));
        }
        list.add(new ListItem(getTranslation(b.secret() ? "ballots.rules.secret" : "ballots.rules.named")));
        list.add(new ListItem(getTranslation(b.resultsVisibility() == ResultsVisibility.LIVE
                ? "ballots.rules.live" : "ballots.rules.after-close")));
        if (b.passStatus() != null && !b.ideas().isEmpty()) {
            list.add(new ListItem(getTranslation("ballots.rules.on-pass", getTranslation(b.passStatus().labelKey()))));
        }
        var section = new Section(new H2(getTranslation("ballots.rules")), list);
        section.addClassNames("card", "ballot-rules");
        section.setId("ballot-rules");
        return section;
    }

    // --- voting

    private Section votePanel(BallotDetails b) {
        var section = new Section(new H2(getTranslation(b.voted() ? "ballots.vote.change" : "ballots.vote.title")));
        section.addClassNames("card", "ballot-vote");
        section.setId("ballot-vote");
        if (b.voted()) {
            var mine = b.myChoice().map(c -> getTranslation("ballots.vote.mine", BallotTexts.choice(this, b, c)))
                    .orElse(getTranslation("ballots.vote.mine-secret"));
            var p = new Paragraph(mine);
            p.setId("ballot-my-vote");
            section.add(p);
        }
        switch (b.type()) {
            case APPROVE_REJECT -> {
                answer.setLabel(b.question());
                answer.setItems(Answer.values());
                answer.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
                answer.setId("ballot-answer");
                b.myChoice().ifPresent(c -> answer.setValue(c.answer()));
                section.add(answer);
            }
            case SINGLE_CHOICE -> {
                single.setLabel(b.question());
                single.setItems(IntStream.range(0, b.options().size()).boxed().toList());
                single.setItemLabelGenerator(i -> b.options().get(i));
                single.setId("ballot-single");
                b.myChoice().ifPresent(c -> single.setValue(c.option()));
                section.add(single);
            }
            case RANKED -> {
                ranking.clear();
                b.myChoice().map(Choice::ranking).ifPresent(ranking::addAll);
                IntStream.range(0, b.options().size()).filter(i -> !ranking.contains(i)).forEach(ranking::add);
                var help = new Paragraph(getTranslation("ballots.vote.ranked.help"));
                help.setId("ballot-ranking-help");
                rankingList.setId("ballot-ranking");
                rankingList.addClassName("ballot-ranking");
                rankingList.getElement().setAttribute("role", "list");
                rankingList.getElement().setAttribute("aria-describedby", "ballot-ranking-help");
                showRanking(b, -1);
                section.add(help, rankingList);
            }
            case POINTS -> {
                var grid = new Div();
                grid.addClassName("ballot-points");
                var mine = b.myChoice().map(Choice::pointsPerOption).orElse(List.of());
                for (int i = 0; i < b.options().size(); i++) {
                    var field = new IntegerField(b.options().get(i));
                    field.setMin(0);
                    field.setMax(b.pointsBudget());
                    field.setStepButtonsVisible(true);
                    field.setValue(i < mine.size() ? mine.get(i) : 0);
                    field.setId("ballot-points-" + i);
                    field.addValueChangeListener(e -> showPointsLeft(b));
                    points.add(field);
                    grid.add(field);
                }
                pointsLeft.setId("ballot-points-left");
                pointsLeft.getElement().setAttribute("aria-live", "polite");
                showPointsLeft(b);
                section.add(grid, pointsLeft);
            }
        }
        if (b.secret() && b.voted()) {
            receipt.setLabel(getTranslation("ballots.receipt.field"));
            receipt.setHelperText(getTranslation("ballots.receipt.field.help"));
            receipt.setId("ballot-receipt");
            section.add(receipt);
        }
        cast.setText(getTranslation(b.voted() ? "ballots.vote.change.button" : "ballots.vote.cast"));
        cast.addThemeVariants(ButtonVariant.PRIMARY);
        cast.setId("ballot-cast");
        cast.addClickListener(e -> askToConfirm(b));
        receiptBox.setId("ballot-receipt-box");
        receiptBox.addClassName("ballot-receipt");
        section.add(cast, receiptBox);
        return section;
    }

    private void showRanking(BallotDetails b, int focus) {
        rankingList.removeAll();
        for (int place = 0; place < ranking.size(); place++) {
            int option = ranking.get(place);
            int at = place;
            var label = new Span((place + 1) + ". " + b.options().get(option));
            label.addClassName("ballot-rank-label");
            var up = new Button(getTranslation("ballots.vote.up"), e -> move(b, at, -1));
            up.setId("ballot-rank-up-" + place);
            up.getElement().setAttribute("aria-label", getTranslation("ballots.vote.up.label", b.options().get(option)));
            up.setEnabled(place > 0);
            var down = new Button(getTranslation("ballots.vote.down"), e -> move(b, at, 1));
            down.setId("ballot-rank-down-" + place);
            down.getElement().setAttribute("aria-label",
                    getTranslation("ballots.vote.down.label", b.options().get(option)));
            down.setEnabled(place < ranking.size() - 1);
            up.addThemeVariants(ButtonVariant.SMALL);
            down.addThemeVariants(ButtonVariant.SMALL);
            var row = new Div(label, up, down);
            row.addClassName("ballot-rank");
            row.getElement().setAttribute("role", "listitem");
            rankingList.add(row);
            if (place == focus) {
                // keep the keyboard on the option that moved
                (focus > 0 ? up : down).focus();
            }
        }
    }

    private void move(BallotDetails b, int place, int by) {
        int other = place + by;
        if (other < 0 || other >= ranking.size()) {
            return;
        }
        var moved = ranking.get(place);
        ranking.set(place, ranking.get(other));
        ranking.set(other, moved);
        showRanking(b, other);
    }

    private void showPointsLeft(BallotDetails b) {
        int used = points.stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        pointsLeft.setText(getTranslation("ballots.vote.points-left", b.pointsBudget() - used, b.pointsBudget()));
    }

    /** The member's choice from the fields, or null with the fields marked when nothing was chosen. */
    @Nullable Choice currentChoice(BallotDetails b) {
        return switch (b.type()) {
            case APPROVE_REJECT -> answer.getValue() == null ? null : Choice.approve(answer.getValue());
            case SINGLE_CHOICE -> single.getValue() == null ? null : Choice.single(single.getValue());
            case RANKED -> Choice.ranked(List.copyOf(ranking));
            case POINTS -> Choice.points(points.stream().map(f -> f.getValue() == null ? 0 : f.getValue()).toList());
        };
    }

    private void askToConfirm(BallotDetails b) {
        var choice = currentChoice(b);
        if (choice == null) {
            problem(getTranslation("ballots.problem.choose-one"));
            return;
        }
        try {
            choice.check(b.type(), b.options().size(), b.pointsBudget());
        } catch (Problem problem) {
            problem(getTranslation(problem.key(), problem.args()));
            return;
        }
        if (confirm != null) {
            confirm.close();
        }
        var dialog = new ConfirmDialog();
        confirm = dialog;
        dialog.setId("ballot-confirm");
        dialog.setHeader(getTranslation("ballots.confirm.title"));
        dialog.setText(getTranslation("ballots.confirm.text", BallotTexts.choice(this, b, choice)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ballots.confirm.cancel"));
        dialog.setConfirmText(getTranslation("ballots.confirm.ok"));
        dialog.addConfirmListener(e -> {
            dialog.close();
            castVote(b, choice);
        });
        dialog.addCancelListener(e -> dialog.close());
        dialog.open();
    }

    void castVote(BallotDetails b, Choice choice) {
        try {
            var code = voting.vote(b.id(), choice, receipt.getValue());
            reload();
            Notification.show(getTranslation("ballots.vote.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            code.ifPresent(this::showReceipt);
        } catch (Problem problem) {
            problem(getTranslation(problem.key(), problem.args()));
        }
    }

    private void showReceipt(String code) {
        receiptBox.removeAll();
        var value = new Span(code);
        value.setId("ballot-receipt-code");
        value.addClassName("ballot-receipt-code");
        receiptBox.add(new H3(getTranslation("ballots.receipt.title")), value,
                new Paragraph(getTranslation("ballots.receipt.help")));
        receiptBox.getElement().setAttribute("role", "status");
    }

    private Section checkPanel(BallotDetails b) {
        checkCode.setLabel(getTranslation("ballots.check.field"));
        checkCode.setId("ballot-check-code");
        checkResult.setId("ballot-check-result");
        checkResult.getElement().setAttribute("aria-live", "polite");
        var check = new Button(getTranslation("ballots.check.button"), e -> {
            var found = voting.checkReceipt(b.id(), checkCode.getValue());
            checkResult.setText(found.map(c -> getTranslation("ballots.check.found", BallotTexts.choice(this, b, c)))
                    .orElse(getTranslation("ballots.check.unknown")));
        });
        check.setId("ballot-check");
        check.addClickShortcut(Key.ENTER);
        var row = new Div(checkCode, check);
        row.addClassName("filters");
        var section = new Section(new H2(getTranslation("ballots.check.title")), row, checkResult);
        section.addClassNames("card", "ballot-check");
        return section;
    }

    // --- results

    private Section results(BallotDetails b, BallotResult r) {
        var section = new Section(new H2(getTranslation(b.status() == BallotStatus.CLOSED ? "ballots.results"
                : "ballots.results.live")));
        section.addClassNames("card", "ballot-results");
        section.setId("ballot-results");
        if (b.status() == BallotStatus.CLOSED && b.outcome() != null) {
            var outcome = new Div(BallotTexts.outcome(this, b.outcome()));
            outcome.setId("ballot-outcome");
            section.add(outcome);
        }
        var turnout = new Paragraph(getTranslation("ballots.turnout", r.votes(), r.eligible(), r.turnoutPercent(),
                r.quorumPercent(), r.quorumReached() ? 1 : 0));
        turnout.setId("ballot-turnout");
        section.add(turnout);
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
        section.add(figures);
        if (b.type() == BallotType.APPROVE_REJECT) {
            var share = new Paragraph(getTranslation("ballots.share.yes", r.yesPercent(), r.passPercent()));
            share.setId("ballot-share");
            section.add(share);
        }
        if (b.type() == BallotType.RANKED && !r.rounds().isEmpty()) {
            section.add(rounds(b, r));
        }
        if (r.winner() != null && b.type().hasOptions()) {
            var winner = new Paragraph(getTranslation("ballots.winner", b.options().get(r.winner())));
            winner.setId("ballot-winner");
            section.add(winner);
        } else if (r.tie()) {
            section.add(new Paragraph(getTranslation("ballots.tie")));
        }
        section.add(chart(b, r, labels));
        if (b.status() == BallotStatus.CLOSED) {
            if (b.closeReason() != null) {
                var early = new Paragraph(getTranslation("ballots.closed-early", b.closeReason()));
                early.setId("ballot-close-reason");
                section.add(early);
            }
            if (b.outcomeStatement() != null && b.outcome() == Outcome.PASSED) {
                var statement = new Paragraph(getTranslation("ballots.statement", b.outcomeStatement()));
                statement.setId("ballot-statement");
                section.add(statement);
            }
            if (!b.secret()) {
                var named = reading.namedVotes(b.id());
                if (!named.isEmpty()) {
                    var list = new UnorderedList();
                    list.setId("ballot-named-votes");
                    named.forEach(v -> list.add(new ListItem(getTranslation("ballots.named-vote",
                            v.name().orElse(getTranslation("people.former-member")),
                            BallotTexts.choice(this, b, v.choice())))));
                    section.add(new H3(getTranslation("ballots.named-votes")), list);
                }
            }
        }
        return section;
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

    // --- staff

    private Section staffTools(BallotDetails b) {
        var section = new Section(new H2(getTranslation("ballots.staff")));
        section.addClassNames("card", "ballot-staff");
        section.setId("ballot-staff");
        if (b.status() == BallotStatus.DRAFT) {
            var edit = new Anchor(BallotNavigation.edit(b.id()), getTranslation("ballots.staff.edit"));
            edit.addClassName("button-link");
            edit.setId("ballot-edit");
            var openNow = new Button(getTranslation("ballots.staff.open"), e -> {
                try {
                    lifecycle.open(b.id());
                    reload();
                } catch (Problem problem) {
                    problem(getTranslation(problem.key(), problem.args()));
                }
            });
            openNow.setId("ballot-open-now");
            section.add(new Paragraph(getTranslation("ballots.staff.draft", Formats.dateTime(b.opensAt(), getLocale(),
                    Formats.zone()))), new Div(edit, openNow));
        }
        if (b.status() == BallotStatus.OPEN) {
            reason.setLabel(getTranslation("ballots.staff.reason"));
            reason.setMaxLength(BallotLifecycleService.REASON_MAX);
            reason.setWidthFull();
            reason.setId("ballot-close-reason-field");
            var close = new Button(getTranslation("ballots.staff.close"), e -> {
                try {
                    lifecycle.closeEarly(b.id(), reason.getValue());
                    reload();
                } catch (Problem problem) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(problem.key(), problem.args()));
                }
            });
            close.addThemeVariants(ButtonVariant.ERROR);
            close.setId("ballot-close");
            section.add(new Paragraph(getTranslation("ballots.staff.open-note", b.votedCount(), b.eligibleCount())),
                    reason, close);
        }
        if (b.result().isPresent()) {
            var export = new Anchor();
            export.setText(getTranslation("ballots.staff.export"));
            export.setHref(csv(b.id()), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
            export.addClassName("button-link");
            export.setId("ballot-export");
            section.add(export);
        }
        return section;
    }

    private DownloadHandler csv(long id) {
        return event -> {
            event.setFileName("ballot-" + id + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.exportCsv(id, writer);
            writer.flush();
        };
    }

    // --- discussion

    private Section discussion(BallotDetails b) {
        comments.setId("ballot-comments");
        comments.addClassName("ballot-comments");
        showComments(b);
        comment.setLabel(getTranslation("ballots.discussion.field"));
        comment.setMaxLength(BallotComment.TEXT_MAX);
        comment.setWidthFull();
        comment.setId("ballot-comment");
        var post = new Button(getTranslation("ballots.discussion.post"), e -> {
            try {
                discussion.comment(b.id(), comment.getValue());
                comment.clear();
                comment.setInvalid(false);
                showComments(b);
            } catch (Problem problem) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        post.setId("ballot-post");
        var section = new Section(new H2(getTranslation("ballots.discussion")), comments, comment, post);
        section.addClassNames("card", "ballot-discussion");
        return section;
    }

    private void showComments(BallotDetails b) {
        comments.removeAll();
        int total = discussion.commentCount(b.id());
        int from = Math.max(0, total - commentsShown);
        if (total == 0) {
            comments.add(new Paragraph(getTranslation("ballots.discussion.empty")));
        }
        if (from > 0) {
            var more = new Button(getTranslation("ballots.discussion.earlier", from), e -> {
                commentsShown += COMMENTS_PAGE;
                showComments(b);
            });
            more.setId("ballot-comments-earlier");
            comments.add(more);
        }
        for (var c : discussion.comments(b.id(), from, commentsShown)) {
            var head = new Span(getTranslation("ballots.discussion.by", c.authorName().orElse(
                    getTranslation("people.former-member")), Formats.dateTime(c.createdAt(), getLocale(), Formats.zone())));
            head.addClassName("ballot-comment-head");
            var text = new Paragraph(c.text());
            text.addClassName("ballot-comment-text");
            var item = new Div(head, text);
            item.addClassName("ballot-comment");
            comments.add(item);
        }
    }

    // --- helpers

    private void problem(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private static Span badge(String text, String className) {
        var badge = new Span(text);
        badge.addClassNames("status-badge", className);
        return badge;
    }

    private static Paragraph note(String text, String id) {
        var p = new Paragraph(text);
        p.setId(id);
        p.addClassName("ballot-note");
        return p;
    }

    @Override
    public String getPageTitle() {
        return ballot == null ? getTranslation("nav.ballots") : ballot.title();
    }
}
