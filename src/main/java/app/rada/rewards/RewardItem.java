package app.rada.rewards;

import app.rada.shared.Language;

/** A reward in the catalogue, with its texts in both languages, cost in points and the stock left. */
public record RewardItem(long id, String nameEn, String namePl, String descriptionEn, String descriptionPl, int cost,
                         int stock, boolean active, boolean hasImage) {

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }

    public String description(Language language) {
        return language == Language.PL ? descriptionPl : descriptionEn;
    }

    public RewardDraft draft() {
        return new RewardDraft(nameEn, namePl, descriptionEn, descriptionPl, cost, stock, active);
    }
}
