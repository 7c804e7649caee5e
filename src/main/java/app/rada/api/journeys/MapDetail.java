package app.rada.api.journeys;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaSummary;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyScores;
import app.rada.journeys.MapStage;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapTouchpoint;
import app.rada.journeys.TouchpointChannel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A journey map as its page shows it to the caller: stages in order with their touchpoints, and the figures
 * the map computes from its annotations (emotion from -5 to +5, Net Emotional Value from -100 to +100, reach,
 * hotspot priority). {@code hotspots} lists touchpoint ids from the highest priority.
 */
public record MapDetail(long id, String title, String description, String persona, MapStatus status,
                        boolean annotatable, List<Stage> stages, List<Long> hotspots) {

    public MapDetail {
        stages = List.copyOf(stages);
        hotspots = List.copyOf(hotspots);
    }

    /** A stage with the sums of its touchpoints' annotations; emotion and nev are null without any. */
    public record Stage(long id, String name, String goal, int annotations, @Nullable Double emotion,
                        @Nullable Integer nev, List<Touchpoint> touchpoints) {

        public Stage {
            touchpoints = List.copyOf(touchpoints);
        }
    }

    /**
     * A touchpoint with its figures. {@code segmentShares}: each segment's share of the people reached, by
     * segment id ({@code 0} for people outside any segment); {@code pins}: annotations of each kind.
     */
    public record Touchpoint(long id, String name, String description, TouchpointChannel channel,
                             String frontOffice, String backOffice, int annotations, @Nullable Double emotion,
                             @Nullable Integer nev, int people, int organisations, Map<Long, Double> segmentShares,
                             double priority, Map<AnnotationKind, Integer> pins, List<LinkedIdea> ideas) {

        public Touchpoint {
            segmentShares = Map.copyOf(segmentShares);
            pins = Map.copyOf(pins);
            ideas = List.copyOf(ideas);
        }
    }

    /** An idea linked to a touchpoint. */
    public record LinkedIdea(long id, String title, IdeaStatus status) {

        static LinkedIdea of(IdeaSummary idea) {
            return new LinkedIdea(idea.id(), idea.title(), idea.status());
        }
    }

    static MapDetail of(JourneyMap map) {
        var scores = map.scores();
        var stages = map.stages().stream().map(s -> stage(s, map, scores)).toList();
        return new MapDetail(map.id(), map.title(), map.description(), map.persona(), map.status(), map.annotatable(),
                stages, scores.hotspots().stream().map(JourneyScores.TouchpointScore::touchpointId).toList());
    }

    private static Stage stage(MapStage stage, JourneyMap map, JourneyScores.Scores scores) {
        var score = scores.stage(stage.id());
        return new Stage(stage.id(), stage.name(), stage.goal(), score.annotations(), score.emotion(), score.nev(),
                stage.touchpoints().stream().map(t -> touchpoint(t, map, scores)).toList());
    }

    private static Touchpoint touchpoint(MapTouchpoint t, JourneyMap map, JourneyScores.Scores scores) {
        var score = scores.touchpoint(t.id());
        return new Touchpoint(t.id(), t.name(), t.description(), t.channel(), t.frontOffice(), t.backOffice(),
                score.annotations(), score.emotion(), score.nev(), score.people(), score.organisations(),
                score.segmentShares(), score.priority(), map.pins().getOrDefault(t.id(), Map.of()),
                map.ideas().getOrDefault(t.id(), List.of()).stream().map(LinkedIdea::of).toList());
    }
}
