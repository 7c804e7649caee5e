package app.rada.journeys;

import app.rada.shared.Problem;

/** The drafts staff fill in, trimmed and checked before anything is stored. */
final class Drafts {

    private Drafts() {
    }

    static MapDraft clean(MapDraft draft) {
        var title = required(draft.title(), MapDraft.TITLE_MAX, "journeys.map.title");
        return new MapDraft(title, optional(draft.description(), MapDraft.DESCRIPTION_MAX),
                optional(draft.persona(), MapDraft.PERSONA_MAX));
    }

    static StageDraft clean(StageDraft draft) {
        return new StageDraft(required(draft.name(), StageDraft.NAME_MAX, "journeys.stage.name"),
                optional(draft.goal(), StageDraft.GOAL_MAX));
    }

    static TouchpointDraft clean(TouchpointDraft draft) {
        return new TouchpointDraft(required(draft.name(), TouchpointDraft.NAME_MAX, "journeys.touchpoint.name"),
                optional(draft.description(), TouchpointDraft.DESCRIPTION_MAX),
                draft.channel(),
                optional(draft.frontOffice(), TouchpointDraft.DEPARTMENT_MAX),
                optional(draft.backOffice(), TouchpointDraft.DEPARTMENT_MAX));
    }

    private static String required(String value, int max, String fieldKey) {
        var text = value.strip();
        if (text.isEmpty()) {
            throw new Problem(fieldKey + ".missing");
        }
        return optional(text, max);
    }

    private static String optional(String value, int max) {
        var text = value.strip();
        if (text.length() > max) {
            throw new Problem("journeys.field.too-long", max);
        }
        return text;
    }
}
