package app.rada.ideas.ui;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaImageService;
import app.rada.ideas.IdeaPage;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Moderation;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The idea itself on its page: title, status, category and tags, who asked and when, where on a
 * journey map it belongs, notices (awaiting approval, merged), the description and the images. The
 * page adds staff's tools, the pulse question and the discussion below.
 */
class IdeaArticle extends Article {

    IdeaArticle(IdeaPage page, List<CategoryOption> categories, IdeaImageService images,
                List<TouchpointPlace> places) {
        addClassName("idea-article");
        var title = new H1(page.title());
        title.addClassName("idea-page-title");
        var meta = new Div(IdeaStatusBadge.of(page.status()));
        meta.addClassName("idea-meta");
        if (page.categoryId() != null) {
            var language = Language.closestTo(getLocale());
            categories.stream().filter(c -> c.id() == page.categoryId()).findFirst()
                    .map(c -> chip(c.name(language), "idea-category")).ifPresent(meta::add);
        }
        page.tags().forEach(t -> {
            var tag = new Anchor(IdeaNavigation.BOARD + "?tag=" + t, "#" + t);
            tag.addClassNames("idea-chip", "idea-tag");
            meta.add(tag);
        });
        if (page.visibility() == Visibility.STAFF) {
            meta.add(chip(getTranslation("ideas.visibility.staff"), "idea-private"));
        }
        var byline = new Paragraph(getTranslation("ideas.page.byline",
                page.authorName().orElse(getTranslation("people.former-member")),
                Formats.date(page.createdAt(), getLocale(), Formats.zone())));
        byline.addClassName("idea-byline");
        add(title, meta, byline);
        if (page.touchpointId() != null) {
            // where on a journey map the idea belongs, when the journeys module can say
            places.forEach(place -> place.describe(page.touchpointId()).ifPresent(this::add));
        }

        if (page.moderation() == Moderation.PENDING) {
            add(notice(getTranslation("ideas.page.pending"), "idea-notice-pending"));
        }
        if (page.status() == IdeaStatus.MERGED && page.mergedIntoId() != null) {
            var into = new Anchor(IdeaNavigation.idea(page.mergedIntoId()),
                    page.mergedIntoTitle() == null ? getTranslation("ideas.page.merged.other") : page.mergedIntoTitle());
            var merged = notice(getTranslation("ideas.page.merged"), "idea-notice-merged");
            merged.add(new Span(" "), into);
            merged.setId("merged-into");
            add(merged);
        }

        var description = new Div();
        description.addClassNames("idea-description", "markdown");
        description.getElement().setProperty("innerHTML", page.descriptionHtml());
        description.setId("idea-description-text");
        add(description);

        if (!page.imageIds().isEmpty()) {
            var gallery = new Div();
            gallery.addClassName("idea-images");
            int n = 1;
            for (long imageId : page.imageIds()) {
                var image = new Image(DownloadHandler.fromInputStream(e -> {
                    var stored = images.image(imageId);
                    return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(),
                            stored.contentType(), stored.content().length);
                }), getTranslation("ideas.page.image", n++, page.title()));
                gallery.add(image);
            }
            add(gallery);
        }

        if (page.editable()) {
            var edit = new Anchor(IdeaNavigation.idea(page.id()) + "/edit", getTranslation("ideas.page.edit"));
            edit.addClassName("button-link");
            edit.setId("edit-idea");
            add(edit);
        }
    }

    static Span chip(String text, String className) {
        var chip = new Span(text);
        chip.addClassNames("idea-chip", className);
        return chip;
    }

    private static Paragraph notice(String text, String className) {
        var notice = new Paragraph(text);
        notice.addClassNames("idea-notice", className);
        notice.getElement().setAttribute("role", "status");
        return notice;
    }
}
