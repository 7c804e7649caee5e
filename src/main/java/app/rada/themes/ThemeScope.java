package app.rada.themes;

/**
 * Where themes are looked for: a whole journey map, one of its stages or touchpoints, or the idea board.
 *
 * @param mapId the map (0 for the board)
 * @param targetId the map, stage or touchpoint (0 for the board)
 */
public record ThemeScope(Kind kind, long mapId, long targetId) {

    public enum Kind {
        MAP, STAGE, TOUCHPOINT, BOARD
    }

    public static ThemeScope map(long mapId) {
        return new ThemeScope(Kind.MAP, mapId, mapId);
    }

    public static ThemeScope stage(long mapId, long stageId) {
        return new ThemeScope(Kind.STAGE, mapId, stageId);
    }

    public static ThemeScope touchpoint(long mapId, long touchpointId) {
        return new ThemeScope(Kind.TOUCHPOINT, mapId, touchpointId);
    }

    public static ThemeScope board() {
        return new ThemeScope(Kind.BOARD, 0, 0);
    }
}
