package app.rada.ideas.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "idea_category")
public class IdeaCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean retired;

    protected IdeaCategory() {
        this.code = "";
        this.nameEn = "";
        this.namePl = "";
    }

    public IdeaCategory(String code, String nameEn, String namePl, int sortOrder) {
        this.code = code;
        this.nameEn = nameEn;
        this.namePl = namePl;
        this.sortOrder = sortOrder;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNamePl() {
        return namePl;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isRetired() {
        return retired;
    }

    public void rename(String nameEn, String namePl) {
        this.nameEn = nameEn;
        this.namePl = namePl;
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** A retired category keeps its ideas but is no longer offered for new ones. */
    public void retire(boolean retired) {
        this.retired = retired;
    }
}
