package app.rada.shared;

/**
 * What a module stores about a person. Each module that keeps personal data registers one bean, so a
 * person's data export holds everything and an erasure leaves nothing behind, without the people
 * module knowing every other module.
 */
public interface PersonalData {

    /** The name of this module's part in the export, for example {@code "audit"}. */
    String section();

    /** Everything this module holds about the person, as records, lists and maps that become JSON. */
    Object export(long personId, String email);

    /**
     * Removes or anonymises what identifies the person, in the caller's transaction. Contributions that
     * others rely on stay, without the person's name.
     */
    void erase(long personId, String email, String name);
}
