package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.MapStage;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapTouchpoint;
import app.rada.journeys.MoveDirection;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.shared.Problem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jspecify.annotations.Nullable;

/**
 * A map's stages and their touchpoints, each with buttons to move it earlier or later, so the order can
 * be changed with the keyboard alone; dragging does the same for pointers.
 */
class StructurePanel extends Section {

    final TextField newStage = new TextField();
    final Button addStage = new Button();
    final OrderedList stages = new OrderedList();
    private final Binder<StageDraft> stageAdder = new Binder<>();
    private final JourneyEditView page;
    private final StageEditingService stageEditing;
    private final TouchpointEditingService touchpointEditing;
    private final DraftRules rules;
    /** The drag of one drop, handled by the innermost target; outer targets see the event bubble and skip it. */
    private @Nullable Dragged dropped;

    /** What is being dragged in the editor: a stage or a touchpoint. */
    record Dragged(boolean stage, long id) {
    }

    StructurePanel(JourneyEditView page, StageEditingService stageEditing, TouchpointEditingService touchpointEditing,
                   DraftRules rules) {
        this.page = page;
        this.stageEditing = stageEditing;
        this.touchpointEditing = touchpointEditing;
        this.rules = rules;
        addClassNames("card", "journey-edit-structure");
        stages.addClassName("edit-stages");
        stages.setId("edit-stages");
        DraftBinding.bind(stageAdder, newStage, rules, StageDraft.class, "name", StageDraft::name);
        newStage.setMaxLength(StageDraft.NAME_MAX);
        newStage.setId("new-stage-name");
        addStage.setIcon(VaadinIcon.PLUS.create());
        addStage.setId("add-stage");
        addStage.addClickListener(e -> page.act(() -> {
            stageEditing.addStage(page.map().id(), new StageDraft(newStage.getValue(), ""));
            stageAdder.readBean(new StageDraft("", ""));
        }, null));
    }

    void show(JourneyMap shown) {
        removeAll();
        add(new H2(getTranslation("journeys.edit.stages")));
        var reorderHint = new Paragraph(getTranslation("journeys.edit.reorder-hint"));
        reorderHint.addClassName("edit-hint");
        add(reorderHint);
        stages.removeAll();
        int index = 0;
        for (var stage : shown.stages()) {
            stages.add(stageItem(shown, stage, index == 0, index == shown.stages().size() - 1));
            index++;
        }
        newStage.setLabel(getTranslation("journeys.stage.name"));
        addStage.setText(getTranslation("journeys.edit.add-stage"));
        var adder = new Div(newStage, addStage);
        adder.addClassName("edit-adder");
        add(stages, adder);
        addStage.setEnabled(shown.status() != MapStatus.ARCHIVED);
    }

    private ListItem stageItem(JourneyMap shown, MapStage stage, boolean first, boolean last) {
        var item = new ListItem();
        item.addClassName("edit-stage");
        item.getElement().setAttribute("data-stage", String.valueOf(stage.id()));
        int stageIndex = shown.stages().indexOf(stage);
        boolean movable = shown.status() != MapStatus.ARCHIVED;
        if (movable) {
            DragSource.create(item).setDragData(new Dragged(true, stage.id()));
            DropTarget.create(item).addDropListener(e -> e.getDragData().ifPresent(data -> {
                if (data instanceof Dragged d && d != dropped) {
                    dropped = d;
                    page.act(() -> {
                        if (d.stage()) {
                            stageEditing.placeStage(d.id(), stageIndex);
                        } else {
                            touchpointEditing.placeTouchpoint(d.id(), stage.id(), Integer.MAX_VALUE);
                        }
                    }, null);
                }
            }));
        }
        var buttons = new Div(
                iconButton(VaadinIcon.ARROW_LEFT, getTranslation("journeys.edit.stage-earlier", stage.name()), !first,
                        movable, () -> stageEditing.moveStage(stage.id(), MoveDirection.EARLIER)),
                iconButton(VaadinIcon.ARROW_RIGHT, getTranslation("journeys.edit.stage-later", stage.name()), !last,
                        movable, () -> stageEditing.moveStage(stage.id(), MoveDirection.LATER)),
                iconButton(VaadinIcon.EDIT, getTranslation("journeys.edit.edit-stage", stage.name()), true,
                        movable, () -> openStage(stage)),
                iconButton(VaadinIcon.TRASH, getTranslation("journeys.edit.stage-delete", stage.name()), true,
                        movable, () -> stageEditing.deleteStage(stage.id())),
                iconButton(VaadinIcon.PLUS, getTranslation("journeys.edit.touchpoint-add-to", stage.name()), true,
                        movable, () -> openTouchpoint(stage.id(), null)));
        buttons.addClassName("edit-buttons");
        var head = new Div(new H3(stage.name()), buttons);
        head.addClassName("edit-stage-head");
        item.add(head);
        if (!stage.goal().isBlank()) {
            item.add(new Paragraph(stage.goal()));
        }
        var list = new OrderedList();
        list.addClassName("edit-touchpoints");
        int index = 0;
        for (var t : stage.touchpoints()) {
            list.add(touchpointRow(stage, t, index, movable));
            index++;
        }
        if (stage.touchpoints().isEmpty()) {
            item.add(new Paragraph(getTranslation("journeys.edit.no-touchpoints")));
        } else {
            item.add(list);
        }
        return item;
    }

    private ListItem touchpointRow(MapStage stage, MapTouchpoint t, int index, boolean movable) {
        boolean top = index == 0;
        boolean bottom = index == stage.touchpoints().size() - 1;
        var label = new Span(t.name() + " · " + getTranslation(t.channel().labelKey()));
        var buttons = new Div(
                iconButton(VaadinIcon.ARROW_UP, getTranslation("journeys.edit.touchpoint-earlier", t.name()), !top,
                        movable, () -> touchpointEditing.moveTouchpoint(t.id(), MoveDirection.EARLIER)),
                iconButton(VaadinIcon.ARROW_DOWN, getTranslation("journeys.edit.touchpoint-later", t.name()), !bottom,
                        movable, () -> touchpointEditing.moveTouchpoint(t.id(), MoveDirection.LATER)),
                iconButton(VaadinIcon.EDIT, getTranslation("journeys.edit.edit-touchpoint", t.name()), true,
                        movable, () -> openTouchpoint(stage.id(), t)),
                iconButton(VaadinIcon.TRASH, getTranslation("journeys.edit.touchpoint-delete", t.name()), true,
                        movable, () -> touchpointEditing.deleteTouchpoint(t.id())));
        buttons.addClassName("edit-buttons");
        var row = new ListItem(label, buttons);
        row.addClassName("edit-touchpoint");
        row.getElement().setAttribute("data-touchpoint", String.valueOf(t.id()));
        if (movable) {
            DragSource.create(row).setDragData(new Dragged(false, t.id()));
            DropTarget.create(row).addDropListener(e -> e.getDragData().ifPresent(data -> {
                if (data instanceof Dragged d && !d.stage() && d != dropped) {
                    dropped = d;
                    page.act(() -> touchpointEditing.placeTouchpoint(d.id(), stage.id(), index), null);
                }
            }));
        }
        return row;
    }

    private Button iconButton(VaadinIcon icon, String label, boolean enabled, boolean editable, Runnable work) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled && editable);
        button.addClickListener(e -> page.act(work, null));
        return button;
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
        form(dialog, new Div(name, goal), () -> stageEditing.editStage(stage.id(),
                new StageDraft(name.getValue(), goal.getValue())));
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
        channel.setValue(existing == null ? TouchpointChannel.WEB : existing.channel());
        var description = new TextArea(getTranslation("journeys.touchpoint.description"));
        description.setMaxLength(TouchpointDraft.DESCRIPTION_MAX);
        description.setWidthFull();
        var front = new TextField(getTranslation("journeys.touchpoint.front-office"));
        front.setMaxLength(TouchpointDraft.DEPARTMENT_MAX);
        var back = new TextField(getTranslation("journeys.touchpoint.back-office"));
        back.setMaxLength(TouchpointDraft.DEPARTMENT_MAX);
        var binder = new Binder<TouchpointDraft>();
        DraftBinding.bind(binder, name, rules, TouchpointDraft.class, "name", TouchpointDraft::name);
        DraftBinding.bind(binder, description, rules, TouchpointDraft.class, "description", TouchpointDraft::description);
        DraftBinding.bind(binder, front, rules, TouchpointDraft.class, "frontOffice", TouchpointDraft::frontOffice);
        DraftBinding.bind(binder, back, rules, TouchpointDraft.class, "backOffice", TouchpointDraft::backOffice);
        binder.readBean(existing == null ? new TouchpointDraft("", "", TouchpointChannel.WEB, "", "")
                : new TouchpointDraft(existing.name(), existing.description(), existing.channel(),
                        existing.frontOffice(), existing.backOffice()));
        form(dialog, new Div(name, channel, description, front, back), () -> {
            var draft = new TouchpointDraft(name.getValue(), description.getValue(), channel.getValue(),
                    front.getValue(), back.getValue());
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
        var ok = new Button(getTranslation("journeys.save"), e -> {
            try {
                save.run();
                dialog.close();
                page.reload();
            } catch (Problem refused) {
                problem.setText(getTranslation(refused.key(), refused.args()));
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("dialog-save");
        dialog.getFooter().add(new Button(getTranslation("journeys.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
