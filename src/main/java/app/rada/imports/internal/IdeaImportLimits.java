package app.rada.imports.internal;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;

/** How long imported texts may be: the idea's own limits, less room for the line that tells where it came from. */
final class IdeaImportLimits {

    static final int NOTE_ROOM = 500;
    static final int DETAILS_MAX = IdeaDraft.DESCRIPTION_MAX - NOTE_ROOM;
    static final int COMMENT_MAX = DiscussionService.TEXT_MAX - NOTE_ROOM;

    private IdeaImportLimits() {
    }
}
