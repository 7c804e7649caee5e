package app.rada.ideas;

import app.rada.shared.Language;

/** A category ideas are filed under, named in both languages; a retired one is no longer offered for new ideas. */
public record CategoryOption(long id, String code, String nameEn, String namePl, boolean retired) {

    public CategoryOption(long id, String code, String nameEn, String namePl) {
        this(id, code, nameEn, namePl, false);
    }

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }
}
