package app.rada.journeys;

/** Where a touchpoint sits: its map and stage. */
public record TouchpointLocation(long mapId, String mapTitle, String stageName, String touchpointName) {
}
