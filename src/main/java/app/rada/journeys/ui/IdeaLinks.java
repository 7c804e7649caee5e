package app.rada.journeys.ui;

/**
 * Addresses of idea pages. The ideas module keeps its navigation class inside its views, which other
 * modules may not use, so the one address this module needs is written here.
 */
final class IdeaLinks {

    private IdeaLinks() {
    }

    static String idea(long ideaId) {
        return "ideas/" + ideaId;
    }
}
