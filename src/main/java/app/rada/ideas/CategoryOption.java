package app.rada.ideas;

import app.rada.shared.Language;

/** A category ideas are filed under, named in both languages. */
public record CategoryOption(long id, String code, String nameEn, String namePl) {

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }
}
