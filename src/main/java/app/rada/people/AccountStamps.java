package app.rada.people;

/**
 * What an open session of a person is checked against on every request: whether they may still be logged
 * in at all, and the stamps that grow when their rights change or their sessions must end.
 */
public record AccountStamps(boolean active, boolean erased, long rightsVersion, long sessionEpoch) {

    public boolean mayStayLoggedIn() {
        return active && !erased;
    }
}
