package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointEditingService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapStage;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapTouchpoint;
import app.rada.journeys.MapVersion;
import app.rada.journeys.MoveDirection;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Staff edit a map: its details, status, and its stages and touchpoints, each with buttons to move
 * it earlier or later, so the order can be changed with the keyboard alone.
 */
@Route("journeys/:mapId([0-9]{1,18})/edit")
@RolesAllowed(Roles.STAFF)
@StyleSheet("styles/journeys.css")
class JourneyEditView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField title = new TextField();
    final TextField persona = new TextField();
    final TextArea description = new TextArea();
    final Button saveDetails = new Button();
    final Button publish = new Button();
    final Button archive = new Button();
    final Button duplicate = new Button();
    final TextField newStage = new TextField();
    final Button addStage = new Button();
    final OrderedList stages = new OrderedList();
    final Paragraph error = new Paragraph();
    final TextField versionLabel = new TextField();
    final Button saveVersion = new Button();
    private final JourneyService journeys;
    private final MapEditingService mapEditing;
    private final StageEditingService stageEditing;
    private final TouchpointEditingService touchpointEditing;
    private final MapVersionService mapVersions;
    private final DraftRules rules;
    private final Binder<MapDraft> detailsBinder = new Binder<>();
    private final Binder<StageDraft> stageAdder = new Binder<>();
    private @Nullable JourneyMap map;
    /** The drag of one drop, handled by the innermost target; outer targets see the event bubble and skip it. */
    private @Nullable Dragged dropped;

    /** What is being dragged in the editor: a stage or a touchpoint. */
    record Dragged(boolean stage, long id) {
    }

    JourneyEditView(JourneyService journeys, MapEditingService mapEditing, StageEditingService stageEditing,
                    TouchpointEditingService touchpointEditing, MapVersionService mapVersions, DraftRules rules) {
        this.journeys = journeys;
        this.mapEditing = mapEditing;
        this.stageEditing = stageEditing;
        this.touchpointEditing = touchpointEditing;
        this.mapVersions = mapVersions;
        this.rules = rules;
        addClassNames("journey-edit-view");
        DraftBinding.bind(detailsBinder, title, rules, MapDraft.class, "title", MapDraft::title);
        DraftBinding.bind(detailsBinder, persona, rules, MapDraft.class, "persona", MapDraft::persona);
        DraftBinding.bind(detailsBinder, description, rules, MapDraft.class, "description", MapDraft::description);
        DraftBinding.bind(stageAdder, newStage, rules, StageDraft.class, "name", StageDraft::name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long mapId = event.getRouteParameters().getLong(JourneyMapView.PARAMETER).orElse(0L);
        try {
            map = journeys.map(mapId);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        build();
    }

    JourneyMap map() {
        if (map == null) {
            throw new IllegalStateException("no map loaded");
        }
        return map;
    }

    private void build() {
        var shown = map();
        var back = new Anchor(JourneyNavigation.map(shown.id()), getTranslation("journeys.map.open"));
        back.addClassName("back-link");
        var status = new Span(getTranslation(shown.status().labelKey()));
        status.addClassName("status-badge");
        status.setId("map-status");
        var heading = new H1(getTranslation("journeys.edit.title", shown.title()));
        heading.addClassName("journey-title");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("edit-error");
        add(back, heading, status, error);

        var details = new Section();
        details.addClassNames("card", "journey-edit-details");
        details.add(new H2(getTranslation("journeys.edit.details")));
        title.setLabel(getTranslation("journeys.map.title"));
        title.setMaxLength(MapDraft.TITLE_MAX);
        title.setId("map-title");
        persona.setLabel(getTranslation("journeys.map.persona"));
        persona.setMaxLength(MapDraft.PERSONA_MAX);
        description.setLabel(getTranslation("journeys.map.description"));
        description.setMaxLength(MapDraft.DESCRIPTION_MAX);
        description.setWidthFull();
        detailsBinder.readBean(new MapDraft(shown.title(), shown.description(), shown.persona()));
        saveDetails.setText(getTranslation("journeys.edit.save-details"));
        saveDetails.setId("save-details");
        saveDetails.addClickListener(e -> act(() -> mapEditing.edit(shown.id(),
                new MapDraft(title.getValue(), description.getValue(), persona.getValue())), "journeys.edit.saved"));
        publish.setText(getTranslation("journeys.edit.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setId("publish-map");
        publish.setVisible(shown.status() == MapStatus.DRAFT);
        publish.addClickListener(e -> act(() -> mapEditing.publish(shown.id()), "journeys.edit.published"));
        archive.setText(getTranslation("journeys.edit.archive"));
        archive.setId("archive-map");
        archive.setVisible(shown.status() != MapStatus.ARCHIVED);
        archive.addClickListener(e -> act(() -> mapEditing.archive(shown.id()), "journeys.edit.archived-done"));
        duplicate.setText(getTranslation("journeys.edit.duplicate"));
        duplicate.setId("duplicate-map");
        duplicate.addClickListener(e -> {
            try {
                long copy = mapEditing.duplicate(shown.id(), getTranslation("journeys.edit.duplicate.title", shown.title()));
                UI.getCurrent().navigate(JourneyNavigation.edit(copy));
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        var actions = new Div(saveDetails, publish, archive, duplicate);
        actions.addClassName("row-actions");
        var fields = new Div(title, persona);
        fields.addClassName("edit-fields");
        details.add(fields, description, actions);
        add(details);

        var structure = new Section();
        structure.addClassNames("card", "journey-edit-structure");
        structure.add(new H2(getTranslation("journeys.edit.stages")));
        var reorderHint = new Paragraph(getTranslation("journeys.edit.reorder-hint"));
        reorderHint.addClassName("edit-hint");
        structure.add(reorderHint);
        stages.addClassName("edit-stages");
        stages.setId("edit-stages");
        drawStages();
        newStage.setLabel(getTranslation("journeys.stage.name"));
        newStage.setMaxLength(StageDraft.NAME_MAX);
        newStage.setId("new-stage-name");
        addStage.setText(getTranslation("journeys.edit.add-stage"));
        addStage.setIcon(VaadinIcon.PLUS.create());
        addStage.setId("add-stage");
        addStage.addClickListener(e -> act(() -> {
            stageEditing.addStage(shown.id(), new StageDraft(newStage.getValue(), ""));
            stageAdder.readBean(new StageDraft("", ""));
        }, null));
        var adder = new Div(newStage, addStage);
        adder.addClassName("edit-adder");
        structure.add(stages, adder);
        add(structure);
        add(versionSection(shown));
        boolean archived = shown.status() == MapStatus.ARCHIVED;
        saveDetails.setEnabled(!archived);
        addStage.setEnabled(!archived);
    }

    private Section versionSection(JourneyMap shown) {
        var section = new Section();
        section.addClassNames("card", "journey-edit-versions");
        section.add(new H2(getTranslation("journeys.version.title")),
                new Paragraph(getTranslation("journeys.version.intro")));
        versionLabel.setLabel(getTranslation("journeys.version.label"));
        versionLabel.setMaxLength(MapVersion.LABEL_MAX);
        versionLabel.setId("version-label");
        saveVersion.setText(getTranslation("journeys.version.save"));
        saveVersion.setId("save-version");
        saveVersion.addClickListener(e -> {
            try {
                var version = mapVersions.snapshot(shown.id(), versionLabel.getValue());
                Notification.show(getTranslation("journeys.version.saved", version.number()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                reload();
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        var adder = new Div(versionLabel, saveVersion);
        adder.addClassName("edit-adder");
        section.add(adder);
        var versions = mapVersions.versions(shown.id());
        if (versions.isEmpty()) {
            section.add(new Paragraph(getTranslation("journeys.version.none")));
        } else {
            var list = new OrderedList();
            versions.forEach(v -> list.add(new ListItem(getTranslation("journeys.version.item", v.number(), v.label(),
                    app.rada.shared.ui.Formats.date(v.createdAt(), getLocale(), app.rada.shared.ui.Formats.zone())))));
            var compare = new Anchor(JourneyNavigation.compare(shown.id()), getTranslation("journeys.version.compare"));
            compare.setId("compare-versions");
            section.add(list, compare);
        }
        return section;
    }

    private void drawStages() {
        stages.removeAll();
        var shown = map();
        int index = 0;
        for (var stage : shown.stages()) {
            stages.add(stageItem(stage, index == 0, index == shown.stages().size() - 1));
            index++;
        }
    }

    private ListItem stageItem(MapStage stage, boolean first, boolean last) {
        var item = new ListItem();
        item.addClassName("edit-stage");
        item.getElement().setAttribute("data-stage", String.valueOf(stage.id()));
        int stageIndex = map().stages().indexOf(stage);
        boolean movable = map().status() != MapStatus.ARCHIVED;
        if (movable) {
            // dragging is a shortcut for pointers; the arrow buttons do the same from the keyboard
            DragSource.create(item).setDragData(new Dragged(true, stage.id()));
            DropTarget.create(item).addDropListener(e -> e.getDragData().ifPresent(data -> {
                if (data instanceof Dragged d && d != dropped) {
                    dropped = d;
                    act(() -> {
                        if (d.stage()) {
                            stageEditing.placeStage(d.id(), stageIndex);
                        } else {
                            touchpointEditing.placeTouchpoint(d.id(), stage.id(), Integer.MAX_VALUE);
                        }
                    }, null);
                }
            }));
        }
        var name = new H3(stage.name());
        var buttons = new Div(
                iconButton(VaadinIcon.ARROW_LEFT, getTranslation("journeys.edit.stage-earlier", stage.name()), !first,
                        () -> stageEditing.moveStage(stage.id(), MoveDirection.EARLIER)),
                iconButton(VaadinIcon.ARROW_RIGHT, getTranslation("journeys.edit.stage-later", stage.name()), !last,
                        () -> stageEditing.moveStage(stage.id(), MoveDirection.LATER)),
                iconButton(VaadinIcon.EDIT, getTranslation("journeys.edit.edit-stage", stage.name()), true,
                        () -> openStage(stage)),
                iconButton(VaadinIcon.TRASH, getTranslation("journeys.edit.stage-delete", stage.name()), true,
                        () -> stageEditing.deleteStage(stage.id())),
                iconButton(VaadinIcon.PLUS, getTranslation("journeys.edit.touchpoint-add-to", stage.name()), true,
                        () -> openTouchpoint(stage.id(), null)));
        buttons.addClassName("edit-buttons");
        var head = new Div(name, buttons);
        head.addClassName("edit-stage-head");
        item.add(head);
        if (!stage.goal().isBlank()) {
            item.add(new Paragraph(stage.goal()));
        }
        var list = new OrderedList();
        list.addClassName("edit-touchpoints");
        int index = 0;
        for (var t : stage.touchpoints()) {
            boolean top = index == 0;
            boolean bottom = index == stage.touchpoints().size() - 1;
            var label = new Span(t.name() + " · " + getTranslation(t.channel().labelKey()));
            var tButtons = new Div(
                    iconButton(VaadinIcon.ARROW_UP, getTranslation("journeys.edit.touchpoint-earlier", t.name()), !top,
                            () -> touchpointEditing.moveTouchpoint(t.id(), MoveDirection.EARLIER)),
                    iconButton(VaadinIcon.ARROW_DOWN, getTranslation("journeys.edit.touchpoint-later", t.name()), !bottom,
                            () -> touchpointEditing.moveTouchpoint(t.id(), MoveDirection.LATER)),
                    iconButton(VaadinIcon.EDIT, getTranslation("journeys.edit.edit-touchpoint", t.name()), true,
                            () -> openTouchpoint(stage.id(), t)),
                    iconButton(VaadinIcon.TRASH, getTranslation("journeys.edit.touchpoint-delete", t.name()), true,
                            () -> touchpointEditing.deleteTouchpoint(t.id())));
            tButtons.addClassName("edit-buttons");
            var row = new ListItem(label, tButtons);
            row.addClassName("edit-touchpoint");
            row.getElement().setAttribute("data-touchpoint", String.valueOf(t.id()));
            if (movable) {
                int rowIndex = index;
                DragSource.create(row).setDragData(new Dragged(false, t.id()));
                DropTarget.create(row).addDropListener(e -> e.getDragData().ifPresent(data -> {
                    if (data instanceof Dragged d && !d.stage() && d != dropped) {
                        dropped = d;
                        act(() -> touchpointEditing.placeTouchpoint(d.id(), stage.id(), rowIndex), null);
                    }
                }));
            }
            list.add(row);
            index++;
        }
        if (stage.touchpoints().isEmpty()) {
            item.add(new Paragraph(getTranslation("journeys.edit.no-touchpoints")));
        } else {
            item.add(list);
        }
        return item;
    }

    private Button iconButton(VaadinIcon icon, String label, boolean enabled, Runnable work) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled && map().status() != MapStatus.ARCHIVED);
        button.addClickListener(e -> act(work, null));
        return button;
    }

    /** Runs a change, shows a refusal in words, and redraws from what is stored now. */
    private void act(Runnable work, @Nullable String doneKey) {
        try {
            work.run();
            error.setText("");
            reload();
            if (doneKey != null) {
                Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
        }
    }

    private void reload() {
        map = journeys.map(map().id());
        removeAll();
        build();
    }

    private void openStage(MapStage stage) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("journeys.edit.edit-stage", stage.name()));
        var name = new TextField(getTranslation("journeys.stage.name"));
        name.setMaxLength(StageDraft.NAME_MAX);
        var goal = new TextArea(getTranslation("journeys.stage.goal"));
        goal.setMaxLength(StageDraft.GOAL_MAX);
        goal.setWidthFull();
        var binder = new Binder<StageDraft>();
        DraftBinding.bind(binder, name, rules, StageDraft.class, "name", StageDraft::name);
        DraftBinding.bind(binder, goal, rules, StageDraft.class, "goal", StageDraft::goal);
        binder.readBean(new StageDraft(stage.name(), stage.goal()));
        form(dialog, new Div(name, goal), () -> stageEditing.editStage(stage.id(), new StageDraft(name.getValue(), goal.getValue())));
    }

    void openTouchpoint(long stageId, @Nullable MapTouchpoint existing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? getTranslation("journeys.edit.add-touchpoint")
                : getTranslation("journeys.edit.edit-touchpoint", existing.name()));
        var name = new TextField(getTranslation("journeys.touchpoint.name"));
        name.setMaxLength(TouchpointDraft.NAME_MAX);
        name.setId("touchpoint-name");
        var channel = new Select<TouchpointChannel>();
        channel.setLabel(getTranslation("journeys.touchpoint.channel"));
        channel.setItems(TouchpointChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.setValue(TouchpointChannel.WEB);
        var descriptionField = new TextArea(getTranslation("journeys.touchpoint.description"));
        descriptionField.setMaxLength(TouchpointDraft.DESCRIPTION_MAX);
        descriptionField.setWidthFull();
        var front = new TextField(getTranslation("journeys.touchpoint.front-office"));
        front.setMaxLength(TouchpointDraft.DEPARTMENT_MAX);
        var backOffice = new TextField(getTranslation("journeys.touchpoint.back-office"));
        backOffice.setMaxLength(TouchpointDraft.DEPARTMENT_MAX);
        var binder = new Binder<TouchpointDraft>();
        DraftBinding.bind(binder, name, rules, TouchpointDraft.class, "name", TouchpointDraft::name);
        DraftBinding.bind(binder, descriptionField, rules, TouchpointDraft.class, "description",
                TouchpointDraft::description);
        DraftBinding.bind(binder, front, rules, TouchpointDraft.class, "frontOffice", TouchpointDraft::frontOffice);
        DraftBinding.bind(binder, backOffice, rules, TouchpointDraft.class, "backOffice", TouchpointDraft::backOffice);
        binder.readBean(existing == null ? new TouchpointDraft("", "", TouchpointChannel.WEB, "", "")
                : new TouchpointDraft(existing.name(), existing.description(), existing.channel(),
                        existing.frontOffice(), existing.backOffice()));
        if (existing != null) {
            channel.setValue(existing.channel());
        }
        form(dialog, new Div(name, channel, descriptionField, front, backOffice), () -> {
            var draft = new TouchpointDraft(name.getValue(), descriptionField.getValue(), channel.getValue(),
                    front.getValue(), backOffice.getValue());
            if (existing == null) {
                touchpointEditing.addTouchpoint(stageId, draft);
            } else {
                touchpointEditing.editTouchpoint(existing.id(), draft);
            }
        });
    }

    private void form(Dialog dialog, Div fields, Runnable save) {
        fields.addClassName("dialog-form");
        var problem = new Paragraph();
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        fields.add(problem);
        dialog.add(fields);
        Consumer<Void> submit = v -> {
            try {
                save.run();
                dialog.close();
                reload();
            } catch (Problem refused) {
                problem.setText(getTranslation(refused.key(), refused.args()));
            }
        };
        var ok = new Button(getTranslation("journeys.save"), e -> submit.accept(null));
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("dialog-save");
        dialog.getFooter().add(new Button(getTranslation("journeys.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return map == null ? getTranslation("journeys.list.title") : getTranslation("journeys.edit.title", map.title());
    }
}
