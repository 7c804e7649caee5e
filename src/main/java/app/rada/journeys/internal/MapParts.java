package app.rada.journeys.internal;

import app.rada.journeys.MapStatus;
import app.rada.journeys.MoveDirection;
import app.rada.shared.Problem;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * Finding a map's parts by id and keeping them in order, shared by the services that change maps,
 * stages, touchpoints and versions, so each refuses a missing or archived map the same way.
 */
@Component
public class MapParts {

    private final JourneyRepository maps;
    private final StageRepository stages;
    private final TouchpointRepository touchpoints;

    MapParts(JourneyRepository maps, StageRepository stages, TouchpointRepository touchpoints) {
        this.maps = maps;
        this.stages = stages;
        this.touchpoints = touchpoints;
    }

    public Journey map(long mapId) {
        return maps.findById(mapId).orElseThrow(() -> new NoSuchElementException("journey map " + mapId));
    }

    /** A map staff may still change: archived maps are kept as they were. */
    public Journey editable(long mapId) {
        var journey = map(mapId);
        if (journey.getStatus() == MapStatus.ARCHIVED) {
            throw new Problem("journeys.edit.archived");
        }
        return journey;
    }

    public Stage stage(long stageId) {
        return stages.findById(stageId).orElseThrow(() -> new NoSuchElementException("stage " + stageId));
    }

    public Touchpoint touchpoint(long touchpointId) {
        return touchpoints.findById(touchpointId)
                .orElseThrow(() -> new NoSuchElementException("touchpoint " + touchpointId));
    }

    /** Swaps the item with its neighbour in the direction; an item already at that end stays. */
    public static <T extends Positioned> void move(List<T> siblings, T item, MoveDirection direction) {
        int index = siblings.indexOf(item);
        int target = direction == MoveDirection.EARLIER ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return;
        }
        siblings.set(index, siblings.get(target));
        siblings.set(target, item);
        renumber(siblings);
    }

    public static void renumber(List<? extends Positioned> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }
}
