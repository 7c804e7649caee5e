package app.rada.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Loads what a route's id names, or sends the user to the "not found" page when there is no such
 * thing or they may not know it exists (services answer both with {@link NoSuchElementException}).
 */
public final class RouteLoading {

    private RouteLoading() {
    }

    public static <T> Optional<T> loadOrNotFound(BeforeEnterEvent event, String parameter, LongFunction<T> loader) {
        long id = event.getRouteParameters().getLong(parameter).orElse(0L);
        try {
            return Optional.of(loader.apply(id));
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
