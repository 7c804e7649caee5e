package app.rada.ideas.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A department of the company that staff assign ideas to, kept by admins. */
@Entity
@Table(name = "idea_department")
public class IdeaDepartment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean retired;

    protected IdeaDepartment() {
        this.name = "";
    }

    public IdeaDepartment(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isRetired() {
        return retired;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** A retired department stays on the ideas it was given to but is no longer suggested. */
    public void retire(boolean retired) {
        this.retired = retired;
    }
}
