package app.rada.ideas.ui;

import app.rada.ideas.IdeaAssignmentService;
import app.rada.shared.Problem;
import app.rada.shared.ui.Toasts;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * For staff on an idea's page: where on a journey map the idea sits, placing it on a touchpoint chosen map
 * first, then touchpoint, and taking it off the map again.
 */
class JourneyPlacement extends Section {

    final Button place = new Button();
    final Button remove = new Button();
    private final IdeaAssignmentService assignment;
    private final List<TouchpointPlace> places;
    private final long ideaId;
    private final Runnable changed;

    JourneyPlacement(IdeaAssignmentService assignment, List<TouchpointPlace> places, long ideaId,
                     @Nullable Long touchpointId, Runnable changed) {
        this.assignment = assignment;
        this.places = places;
        this.ideaId = ideaId;
        this.changed = changed;
        addClassNames("card", "journey-placement");
        setId("journey-placement");
        add(new H3(getTranslation("ideas.placement.title")));
        if (touchpointId == null) {
            add(new Paragraph(getTranslation("ideas.placement.none")));
        }
        place.setText(getTranslation(touchpointId == null ? "ideas.placement.place" : "ideas.placement.move"));
        place.setId("place-on-journey");
        place.addClickListener(e -> openDialog());
        remove.setText(getTranslation("ideas.placement.remove"));
        remove.setId("remove-from-journey");
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setVisible(touchpointId != null);
        remove.addClickListener(e -> save(null));
        var buttons = new Div(place, remove);
        buttons.addClassName("row-actions");
        add(buttons);
        place.setEnabled(!places.isEmpty());
    }

    void openDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ideas.placement.dialog"));
        var chosen = new AtomicReference<@Nullable Long>();
        var save = new Button(getTranslation("ideas.placement.save"));
        save.setEnabled(false);
        save.setId("save-placement");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        places.stream().flatMap(p -> p.picker(id -> {
            chosen.set(id);
            save.setEnabled(id != null);
        }).stream()).findFirst().ifPresent(dialog::add);
        save.addClickListener(e -> {
            var id = chosen.get();
            if (id != null && save(id)) {
                dialog.close();
            }
        });
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private boolean save(@Nullable Long touchpointId) {
        try {
            assignment.placeOnTouchpoint(ideaId, touchpointId);
            Toasts.success(getTranslation(touchpointId == null ? "ideas.placement.removed" : "ideas.placement.placed"));
            changed.run();
            return true;
        } catch (Problem problem) {
            Toasts.problem(problem);
            return false;
        }
    }
}
