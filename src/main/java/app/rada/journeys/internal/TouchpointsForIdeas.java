package app.rada.journeys.internal;

import app.rada.ideas.IdeaTouchpoints;
import app.rada.journeys.JourneyService;
import org.springframework.stereotype.Component;

/** Tells the ideas module whether the member submitting an idea may link it to a touchpoint. */
@Component
class TouchpointsForIdeas implements IdeaTouchpoints {

    private final JourneyService journeys;

    TouchpointsForIdeas(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public boolean visibleToCaller(long touchpointId) {
        return journeys.location(touchpointId).isPresent();
    }
}
