package app.rada.people.internal;

import app.rada.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A group of client organisations by value and potential (for example strategic, growth, standard).
 * Its vote weight counts a member's vote on ideas; the weight is always shown openly.
 */
@Entity
@Table(name = "segment")
public class Segment {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;
    public static final int WEIGHT_MIN = 1;
    public static final int WEIGHT_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    private @Nullable String description;

    @Column(name = "vote_weight", nullable = false)
    private int voteWeight;

    protected Segment() {
        this.code = "";
        this.nameEn = "";
        this.namePl = "";
    }

    public Segment(String code, String nameEn, String namePl, @Nullable String description, int voteWeight) {
        this.code = code;
        this.nameEn = nameEn;
        this.namePl = namePl;
        this.description = description;
        this.voteWeight = checkWeight(voteWeight);
    }

    private static int checkWeight(int weight) {
        if (weight < WEIGHT_MIN || weight > WEIGHT_MAX) {
            throw new IllegalArgumentException("Vote weight must be between " + WEIGHT_MIN + " and " + WEIGHT_MAX);
        }
        return weight;
    }

    public void change(String newNameEn, String newNamePl, @Nullable String newDescription, int newWeight) {
        this.nameEn = newNameEn;
        this.namePl = newNamePl;
        this.description = newDescription;
        this.voteWeight = checkWeight(newWeight);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNamePl() {
        return namePl;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public int getVoteWeight() {
        return voteWeight;
    }
}
