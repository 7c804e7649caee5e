package app.rada.ideas.ui;

import app.rada.ideas.FirstAnswers;
import app.rada.ideas.IdeaAgendaService;
import app.rada.ideas.IdeaReportService;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The ideas' cards on the start page: news on a member's ideas, verdicts asked of them, staff's queue. */
final class IdeaStartCards {

    static final int SHOWN = 5;

    private IdeaStartCards() {
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** What happened to the member's ideas and the ones they follow since their last visit. */
    @org.springframework.stereotype.Component
    static class News implements StartCard {

        private final IdeaAgendaService agenda;
        private final Clock clock;

        News(IdeaAgendaService agenda, Clock clock) {
            this.agenda = agenda;
            this.clock = clock;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public Optional<Component> create(StartContext context) {
            if (context.user().isStaff()) {
                return Optional.empty();
            }
            var locale = UI.getCurrent().getLocale();
            var now = Instant.now(clock);
            var news = agenda.newsSince(context.lastVisit(), SHOWN);
            var card = new AgendaCard("start-idea-news", t("start.ideas.news.title"));
            for (var item : news) {
                String what = item.answered()
                        ? (item.statusChanged() ? "start.ideas.news.answered-and-moved" : "start.ideas.news.answered")
                        : "start.ideas.news.moved";
                String whose = item.mine() ? t("start.ideas.news.mine") : t("start.ideas.news.followed");
                card.item(item.title(), IdeaNavigation.idea(item.ideaId()),
                        t(what, whose, Formats.age(item.at(), now, locale)),
                        IdeaStatusBadge.of(item.status()));
            }
            return Optional.of(card.whenEmpty(t("start.ideas.news.empty"))
                    .more(t("start.ideas.news.submit"), IdeaNavigation.SUBMIT));
        }
    }

    /** Done ideas that wait for the member to say whether they solved it. */
    @org.springframework.stereotype.Component
    static class Verdicts implements StartCard {

        private final IdeaAgendaService agenda;

        Verdicts(IdeaAgendaService agenda) {
            this.agenda = agenda;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Optional<Component> create(StartContext context) {
            if (context.user().isStaff()) {
                return Optional.empty();
            }
            var waiting = agenda.pulseWaiting(SHOWN);
            if (waiting.isEmpty()) {
                return Optional.empty();
            }
            var card = new AgendaCard("start-idea-verdicts", t("start.ideas.verdicts.title"));
            card.summary(t("start.ideas.verdicts.summary", waiting.size()));
            var locale = UI.getCurrent().getLocale();
            for (var idea : waiting) {
                card.item(idea.title(), IdeaNavigation.idea(idea.id()),
                        t("start.ideas.verdicts.done", Formats.date(idea.since(), locale, Formats.zone())));
            }
            return Optional.of(card);
        }
    }

    /** For staff: new ideas waiting for a first answer, oldest first, against the week's promise. */
    @org.springframework.stereotype.Component
    static class FirstAnswerQueue implements StartCard {

        private final IdeaAgendaService agenda;
        private final Clock clock;

        FirstAnswerQueue(IdeaAgendaService agenda, Clock clock) {
            this.agenda = agenda;
            this.clock = clock;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<Component> create(StartContext context) {
            if (!context.user().isStaff()) {
                return Optional.empty();
            }
            var locale = UI.getCurrent().getLocale();
            var now = Instant.now(clock);
            var answers = agenda.firstAnswers(SHOWN);
            var card = new AgendaCard("start-first-answers", t("start.ideas.first.title"));
            card.summary(answers.beyondCount()
                    ? t("start.ideas.first.many", FirstAnswers.COUNTED)
                    : t("start.ideas.first.summary", answers.waiting(), answers.overdue(), answers.target().toDays()));
            for (var idea : answers.oldest()) {
                var waited = Duration.between(idea.since(), now);
                var detail = t("start.ideas.first.waited", Formats.duration(waited, locale));
                if (waited.compareTo(answers.target()) > 0) {
                    card.item(idea.title(), IdeaNavigation.idea(idea.id()), detail,
                            StatusBadge.of(t("start.ideas.first.overdue"), "overdue"));
                } else {
                    card.item(idea.title(), IdeaNavigation.idea(idea.id()), detail);
                }
            }
            return Optional.of(card.whenEmpty(t("start.ideas.first.empty"))
                    .more(t("start.ideas.first.all"), IdeaNavigation.TRIAGE));
        }
    }

    /** For staff: reported ideas and comments to look at. */
    @org.springframework.stereotype.Component
    static class Reports implements StartCard {

        private final IdeaAgendaService agenda;
        private final IdeaReportService reports;

        Reports(IdeaAgendaService agenda, IdeaReportService reports) {
            this.agenda = agenda;
            this.reports = reports;
        }

        @Override
        public int order() {
            return 15;
        }

        @Override
        public Optional<Component> create(StartContext context) {
            if (!context.user().isStaff()) {
                return Optional.empty();
            }
            long open = agenda.openReports();
            if (open == 0) {
                return Optional.empty();
            }
            var card = new AgendaCard("start-reports", t("start.ideas.reports.title"));
            card.summary(t("start.ideas.reports.summary", open));
            for (var report : reports.reports(0, SHOWN)) {
                card.item(report.ideaTitle(), IdeaNavigation.idea(report.ideaId()), t(report.commentId() == null
                        ? "start.ideas.reports.idea" : "start.ideas.reports.comment", report.reason()));
            }
            return Optional.of(card.more(t("start.ideas.reports.all"), IdeaNavigation.TRIAGE));
        }
    }
}
