package app.rada.ideas;

import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.TriageStore;
import app.rada.people.PeopleService;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes staff keep on an idea for each other; members never see them. */
@Service
@Transactional(readOnly = true)
public class StaffNoteService {

    private final IdeaRepository ideas;
    private final TriageStore triage;
    private final PeopleService people;
    private final Clock clock;
    private final Validator validator;

    StaffNoteService(IdeaRepository ideas, TriageStore triage, PeopleService people, Clock clock,
                     Validator validator) {
        this.validator = validator;
        this.ideas = ideas;
        this.triage = triage;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void addNote(long ideaId, String text) {
        var me = CurrentUser.require();
        var clean = text.strip();
        var problem = DraftProblems.first(validator, new StaffNoteDraft(clean));
        if (problem.isPresent()) {
            throw problem.get();
        }
        ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
        triage.addNote(ideaId, me.personId(), clean, Instant.now(clock));
    }

    /** The staff's notes on an idea, oldest first. Only staff may read them. */
    @PreAuthorize(Access.STAFF)
    public List<StaffNote> notes(long ideaId) {
        var me = CurrentUser.require();
        if (!me.isStaff()) {
            // the method rule already refuses; this keeps the notes closed should the rule ever be loosened
            throw new AccessDeniedException("Staff notes are for staff");
        }
        var stored = triage.notes(ideaId);
        var names = people.displayNames(stored.stream().map(TriageStore.StoredNote::staffId).toList());
        return stored.stream().map(n -> new StaffNote(n.id(), n.staffId(),
                names.getOrDefault(n.staffId(), Optional.empty()), n.text(), n.at())).toList();
    }
}
