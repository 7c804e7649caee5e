package app.rada.shared;

/**
 * Saves what a person chose in the application shell. Implemented by the people module,
 * so the shell stays independent of it.
 */
public interface UserPreferences {

    void saveLanguage(long personId, Language language);

    void saveAppearance(long personId, Appearance appearance);
}
