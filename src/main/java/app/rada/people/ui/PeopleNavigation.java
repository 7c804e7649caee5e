package app.rada.people.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the people module for other modules and for mails. */
@NamedInterface("navigation")
public final class PeopleNavigation {

    public static final String PROFILE = "me";
    public static final String INVITATIONS = "staff/invitations";

    private PeopleNavigation() {
    }
}
