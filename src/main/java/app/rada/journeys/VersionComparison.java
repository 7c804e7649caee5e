package app.rada.journeys;

import app.rada.ideas.IdeaSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two moments of a map side by side: a saved version and a later one (or now). Per touchpoint the
 * Net Emotional Value and the annotation count then and now, and the ideas linked there that were
 * done in between.
 */
public record VersionComparison(MapVersion from, @Nullable MapVersion to, List<Row> rows) {

    public record Row(long touchpointId, String stageName, String touchpointName, @Nullable Integer nevThen,
                      @Nullable Integer nevNow, int annotationsThen, int annotationsNow, boolean removed,
                      List<IdeaSummary> ideasDone) {

        /** The change of NEV, when both moments have a value. */
        public @Nullable Integer change() {
            return nevThen == null || nevNow == null ? null : nevNow - nevThen;
        }
    }
}
