package app.rada.demo;

import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.util.List;
import java.util.Map;

/**
 * The demo programme's segments, organisations, members and invitations, as in {@code programme.yaml}.
 */
record DemoPeople(List<Segment> segments, List<Organisation> organisations, List<Member> members,
                  List<Invitation> invitations) {

    /** A segment with its name in both portal languages and the weight of its members' votes. */
    record Segment(String code, String nameEn, String namePl, int weight) {
    }

    record Organisation(String key, String name, String segment) {
    }

    /** A member who signs in as {@code login@rada.demo}; Polish members read the portal in Polish. */
    record Member(String login, String name, String organisation, boolean board, boolean polish) {
        String email() {
            return login + DemoSettings.DOMAIN;
        }
    }

    record Invitation(String name, String email, String organisation, Role role, Language language,
                      boolean withdrawn) {
    }

    /** The descriptions staff read, by segment code and by organisation key. */
    record Texts(Map<String, String> segments, Map<String, String> organisations) {
    }

    /** The sign-in addresses of the members, in the order the file lists them. */
    List<String> memberEmails() {
        return members.stream().map(Member::email).toList();
    }
}
