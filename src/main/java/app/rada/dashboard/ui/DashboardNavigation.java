package app.rada.dashboard.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the staff dashboard for other modules and for mails. */
@NamedInterface("navigation")
public final class DashboardNavigation {

    public static final String DASHBOARD = "staff/dashboard";

    private DashboardNavigation() {
    }

    public static String organisation(long organisationId) {
        return "staff/organisations/" + organisationId;
    }

    /** Other modules' pages the dashboard links to (each keeps its own navigation class inside it). */
    static String idea(long ideaId) {
        return "ideas/" + ideaId;
    }

    static String map(long mapId) {
        return "journeys/" + mapId;
    }

    static String ballot(long ballotId) {
        return "ballots/" + ballotId;
    }

    static final String STAFF_REWARDS = "staff/rewards";
}
