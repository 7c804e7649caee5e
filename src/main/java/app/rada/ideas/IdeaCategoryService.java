package app.rada.ideas;

import app.rada.ideas.internal.BoardStore;
import app.rada.ideas.internal.IdeaCategory;
import app.rada.ideas.internal.IdeaCategoryRepository;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The categories and tags ideas are sorted by, for the board's filters and the submit form. */
@Service
@Transactional(readOnly = true)
public class IdeaCategoryService {

    private final IdeaCategoryRepository categories;
    private final BoardStore store;

    IdeaCategoryService(IdeaCategoryRepository categories, BoardStore store) {
        this.categories = categories;
        this.store = store;
    }

    @PreAuthorize(Access.MEMBER)
    public List<CategoryOption> categories() {
        return categories.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(c -> new CategoryOption(c.getId(), c.getCode(), c.getNameEn(), c.getNamePl())).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CategoryOption createCategory(String code, String nameEn, String namePl) {
        var existing = categories.findByCode(code);
        if (existing.isPresent()) {
            throw new Problem("ideas.category.taken", code);
        }
        var saved = categories.save(new IdeaCategory(code, nameEn, namePl, (int) categories.count()));
        return new CategoryOption(saved.getId(), saved.getCode(), saved.getNameEn(), saved.getNamePl());
    }

    @PreAuthorize(Access.MEMBER)
    public List<String> popularTags() {
        return store.popularTags(30);
    }
}
