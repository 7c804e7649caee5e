package app.rada.rewards;

/** What an admin writes for a reward; the limits are the form's too. */
public record RewardDraft(String nameEn, String namePl, String descriptionEn, String descriptionPl, int cost, int stock,
                          boolean active) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int COST_MAX = 1_000_000;
    public static final int STOCK_MAX = 100_000;
    public static final int IMAGE_BYTES_MAX = 2 * 1024 * 1024;
}
