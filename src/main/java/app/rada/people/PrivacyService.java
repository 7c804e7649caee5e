package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.internal.PersonRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.PersonalData;
import app.rada.shared.Problem;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own data: download everything held about them, or erase their account. Every module
 * that keeps personal data takes part through its {@link PersonalData} bean.
 */
@Service
public class PrivacyService {

    static final String SELF = "#personId == authentication.principal.personId";

    private final PersonRepository people;
    private final List<PersonalData> modules;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Validator validator;

    PrivacyService(PersonRepository people, List<PersonalData> modules, AuditLog audit, Clock clock,
                   Validator validator) {
        this.validator = validator;
        this.people = people;
        this.modules = modules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A ZIP file with one JSON document of everything the portal holds about the person. */
    @Transactional
    @PreAuthorize(SELF)
    public byte[] exportZip(long personId) {
        var person = people.findById(personId).orElseThrow();
        var document = new LinkedHashMap<String, Object>();
        document.put("exportedAt", Instant.now(clock).toString());
        for (var module : modules) {
            document.put(module.section(), module.export(personId, person.getEmail()));
        }
        audit.record(AuditRecord.of(AuditAction.DATA_EXPORTED).by(personId, person.getEmail())
                .on("person", personId, person.getEmail()));
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("rada-data.json"));
            zip.write(json.writeValueAsBytes(document));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Erases the account: personal data goes, contributions stay under "Former member". The person
     * confirms with their e-mail address. Only the fact that an erasure happened is audited.
     */
    @Transactional
    @PreAuthorize(SELF)
    public void erase(long personId, String confirmation) {
        var person = people.findById(personId).orElseThrow();
        DraftRules.firstProblem(validator, new ErasureConfirmation(person.getEmail(), confirmation),
                ErasureConfirmation.PROPERTIES).ifPresent(key -> {
                    throw new Problem(key);
                });
        var email = person.getEmail();
        var name = person.getName();
        for (var module : modules) {
            module.erase(personId, email, name);
        }
        audit.record(AuditRecord.of(AuditAction.ACCOUNT_ERASED).on("person", personId, null));
    }
}
