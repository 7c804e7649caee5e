package app.rada.journeys.ui;

import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationItem;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.DraftRules;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.MapTouchpoint;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The annotations of the map below it, newest first, a page at a time, with filters by touchpoint, kind
 * and emotion (and for staff by organisation and segment); each card's actions act on its annotation.
 */
class AnnotationsSection extends Section {

    static final int PAGE = 20;

    final Div annotationList = new Div();
    final Button more = new Button();
    final Paragraph noAnnotations = new Paragraph();
    final ComboBox<MapTouchpoint> touchpointFilter = new ComboBox<>();
    final MultiSelectComboBox<AnnotationKind> kindFilter = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Emotion> emotionFilter = new MultiSelectComboBox<>();
    final ComboBox<OrganisationOption> organisationFilter = new ComboBox<>();
    final ComboBox<SegmentOption> segmentFilter = new ComboBox<>();
    private final AnnotationService annotations;
    private final DraftRules rules;
    private final RadaUser me;
    private final Supplier<JourneyMap> map;
    /** Reloads the map's figures after a change here; the list merges the change itself. */
    private final Runnable refresh;
    private int loaded;
    private boolean applying;

    AnnotationsSection(AnnotationService annotations, PeopleService people, DraftRules rules,
                       RadaUser me, Supplier<JourneyMap> map, Runnable refresh) {
        this.annotations = annotations;
        this.rules = rules;
        this.me = me;
        this.map = map;
        this.refresh = refresh;
        addClassName("journey-annotations");
        setId("annotations");
        add(new H2(getTranslation("journeys.annotations.title")));
        var language = Language.closestTo(getLocale());
        touchpointFilter.setLabel(getTranslation("journeys.annotations.touchpoint"));
        touchpointFilter.setItemLabelGenerator(MapTouchpoint::name);
        touchpointFilter.setPlaceholder(getTranslation("journeys.annotations.all-touchpoints"));
        touchpointFilter.setClearButtonVisible(true);
        touchpointFilter.setId("filter-touchpoint");
        kindFilter.setLabel(getTranslation("journeys.annotations.kind"));
        kindFilter.setItems(AnnotationKind.values());
        kindFilter.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kindFilter.setId("filter-kind");
        emotionFilter.setLabel(getTranslation("journeys.annotations.emotion"));
        emotionFilter.setItems(Emotion.values());
        emotionFilter.setItemLabelGenerator(e -> getTranslation(e.labelKey()));
        emotionFilter.setId("filter-emotion");
        var filters = new Div(touchpointFilter, kindFilter, emotionFilter);
        filters.addClassName("filters");
        if (me.isStaff()) {
            organisationFilter.setLabel(getTranslation("journeys.annotations.organisation"));
            organisationFilter.setItems(people.organisations());
            organisationFilter.setItemLabelGenerator(OrganisationOption::name);
            organisationFilter.setClearButtonVisible(true);
            organisationFilter.setId("filter-organisation");
            segmentFilter.setLabel(getTranslation("journeys.annotations.segment"));
            segmentFilter.setItems(people.segments());
            segmentFilter.setItemLabelGenerator(s -> language == Language.PL ? s.namePl() : s.nameEn());
            segmentFilter.setClearButtonVisible(true);
            segmentFilter.setId("filter-segment");
            filters.add(organisationFilter, segmentFilter);
            organisationFilter.addValueChangeListener(e -> filtersChanged());
            segmentFilter.addValueChangeListener(e -> filtersChanged());
        }
        touchpointFilter.addValueChangeListener(e -> filtersChanged());
        kindFilter.addValueChangeListener(e -> filtersChanged());
        emotionFilter.addValueChangeListener(e -> filtersChanged());
        annotationList.addClassName("annotation-list");
        annotationList.setId("annotation-list");
        annotationList.getElement().setAttribute("aria-live", "polite");
        noAnnotations.setText(getTranslation("journeys.annotations.empty"));
        noAnnotations.setVisible(false);
        more.setText(getTranslation("journeys.annotations.more"));
        more.addClickListener(e -> nextPage());
        add(filters, noAnnotations, annotationList, more);
    }

    /** Offers the map's touchpoints in the filter and shows the first page of its annotations. */
    void show(JourneyMap shown) {
        applying = true;
        try {
            touchpointFilter.setItems(shown.touchpoints());
        } finally {
            applying = false;
        }
        loadAnnotations();
    }

    AnnotationFilter filter() {
        return new AnnotationFilter(touchpointFilter.getValue() == null ? null : touchpointFilter.getValue().id(),
                kindFilter.getValue(), emotionFilter.getValue(),
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id(),
                segmentFilter.getValue() == null ? null : segmentFilter.getValue().id());
    }

    private void filtersChanged() {
        if (!applying) {
            loadAnnotations();
        }
    }

    /** The annotations of one touchpoint, of one kind or of all, as a pin or a hotspot asks. */
    void showAnnotations(MapTouchpoint touchpoint, @Nullable AnnotationKind kind) {
        applying = true;
        try {
            touchpointFilter.setValue(touchpoint);
            kindFilter.setValue(kind == null ? Set.of() : Set.of(kind));
        } finally {
            applying = false;
        }
        loadAnnotations();
        annotationList.scrollIntoView();
    }

    void loadAnnotations() {
        annotationList.removeAll();
        loaded = 0;
        nextPage();
        noAnnotations.setVisible(loaded == 0);
    }

    private void nextPage() {
        var page = annotations.list(map.get().id(), filter(), loaded, PAGE + 1);
        var names = touchpointNames();
        page.stream().limit(PAGE).forEach(item -> annotationList.add(
                new AnnotationCard(item, names.getOrDefault(item.touchpointId(), ""), me.isStaff(), actions)));
        loaded += Math.min(page.size(), PAGE);
        more.setVisible(page.size() > PAGE);
    }

    private HashMap<Long, String> touchpointNames() {
        var names = new HashMap<Long, String>();
        map.get().touchpoints().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    /**
     * After a change made elsewhere: the first page as it is now, keeping the cards that did not change, so
     * a new annotation costs each viewer one card instead of a page of them. A viewer who has loaded more
     * pages gets the list reloaded.
     */
    void mergeLatest() {
        if (loaded > PAGE) {
            loadAnnotations();
            return;
        }
        var page = annotations.list(map.get().id(), filter(), 0, PAGE + 1);
        var fresh = page.stream().limit(PAGE).toList();
        var latest = new HashMap<Long, AnnotationItem>();
        fresh.forEach(item -> latest.put(item.id(), item));
        var unchanged = new HashMap<Long, AnnotationCard>();
        for (var card : cards()) {
            if (card.item.equals(latest.get(card.item.id()))) {
                unchanged.put(card.item.id(), card);
            } else {
                annotationList.remove(card);
            }
        }
        var names = touchpointNames();
        for (int i = 0; i < fresh.size(); i++) {
            var item = fresh.get(i);
            var shown = cards();
            if (i < shown.size() && shown.get(i).item.id() == item.id()) {
                continue;
            }
            var card = unchanged.get(item.id());
            if (card != null) {
                annotationList.remove(card);
            } else {
                card = new AnnotationCard(item, names.getOrDefault(item.touchpointId(), ""), me.isStaff(), actions);
            }
            annotationList.addComponentAtIndex(i, card);
        }
        var shown = cards();
        for (int i = fresh.size(); i < shown.size(); i++) {
            annotationList.remove(shown.get(i));
        }
        loaded = fresh.size();
        more.setVisible(page.size() > PAGE);
        noAnnotations.setVisible(loaded == 0);
    }

    List<AnnotationCard> cards() {
        return annotationList.getChildren().filter(AnnotationCard.class::isInstance).map(AnnotationCard.class::cast).toList();
    }

    private final AnnotationCard.Actions actions = new AnnotationCard.Actions() {
        @Override
        public void meToo(AnnotationCard card) {
            try {
                var state = annotations.toggleMeToo(card.item.id());
                card.showReactions(state.reactions(), state.reacted());
                refresh.run();
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
        }

        @Override
        public void edit(AnnotationItem item) {
            var touchpoint = map.get().touchpoint(item.touchpointId()).map(MapTouchpoint::name).orElse("");
            new AnnotationDialog(getTranslation("journeys.annotation.dialog.edit") + " (" + touchpoint + ")", item.draft(),
                    rules, draft -> attempt(() -> annotations.edit(item.id(), draft))).open();
        }

        @Override
        public void delete(AnnotationItem item) {
            try {
                annotations.delete(item.id());
                Toasts.success(getTranslation("journeys.annotations.deleted"));
                afterChange();
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
        }

        @Override
        public void toIdea(AnnotationItem item) {
            new IdeaFromAnnotationDialog(item, annotations, rules).open();
        }
    };

    void openAnnotate(MapTouchpoint touchpoint) {
        new AnnotationDialog(getTranslation("journeys.annotation.dialog.add", touchpoint.name()), null, rules,
                draft -> attempt(() -> {
                    annotations.add(touchpoint.id(), draft);
                    Toasts.success(getTranslation("journeys.annotation.saved"));
                })).open();
    }

    /**
     * After the member's own change: the figures again, and the list merged as for a change made elsewhere,
     * so the cards that did not change stay as drawn.
     */
    private void afterChange() {
        refresh.run();
        mergeLatest();
    }

    private Optional<String> attempt(Runnable work) {
        try {
            work.run();
            afterChange();
            return Optional.empty();
        } catch (Problem problem) {
            return Optional.of(getTranslation(problem.key(), problem.args()));
        }
    }
}
