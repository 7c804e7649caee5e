package app.rada.ideas;

/**
 * Something another module ties to an idea (a ballot that decides it, a design session that
 * discusses it), shown on the idea page.
 *
 * @param labelKey translation key of what it is, e.g. "ballots.idea-link"
 * @param title its title, as its owner wrote it (the page escapes it)
 * @param href where it opens, relative to the portal
 * @param stateKey translation key of its state (open, closed, upcoming), or {@code null}
 */
public record IdeaLink(String labelKey, String title, String href, @org.jspecify.annotations.Nullable String stateKey) {
}
