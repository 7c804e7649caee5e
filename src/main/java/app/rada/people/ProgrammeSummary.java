package app.rada.people;

/** Headline figures of the programme's membership. */
public record ProgrammeSummary(long activeMembers, long boardMembers, long organisations, long segments) {
}
