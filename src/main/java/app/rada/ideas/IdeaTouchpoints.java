package app.rada.ideas;

/**
 * Implemented by the module that owns journey touchpoints, so that an idea is linked only to a
 * touchpoint its author may see (a touchpoint of a published map; staff also see drafts) without
 * the ideas module knowing about journeys. Called as the member submitting the idea.
 */
public interface IdeaTouchpoints {

    boolean visibleToCaller(long touchpointId);
}
