package app.rada.journeys.api;

import app.rada.journeys.internal.JourneyRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The title of a journey map, for messages written after the fact (webhooks). */
@Component
@Transactional(readOnly = true)
public class JourneyTitles {

    private final JourneyRepository maps;

    JourneyTitles(JourneyRepository maps) {
        this.maps = maps;
    }

    /** The map's title, or empty when the map is gone. */
    public Optional<String> title(long mapId) {
        return maps.findById(mapId).map(map -> map.getTitle());
    }
}
