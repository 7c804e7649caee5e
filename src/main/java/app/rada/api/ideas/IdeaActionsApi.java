package app.rada.api.ideas;

import app.rada.api.ApiError;
import app.rada.api.OnBehalf;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What staff systems do with ideas: file one for a member, move one to another status with a public answer,
 * merge a duplicate. Each needs the {@code write} and {@code staff} scopes; the services check the staff role.
 */
@RestController
@RequestMapping(path = "/api/v1/ideas", produces = "application/json")
@Tag(name = "Ideas")
class IdeaActionsApi {

    private final IdeaService ideas;
    private final TriageService triage;
    private final OnBehalf onBehalf;

    IdeaActionsApi(IdeaService ideas, TriageService triage, OnBehalf onBehalf) {
        this.ideas = ideas;
        this.triage = triage;
        this.onBehalf = onBehalf;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "File an idea for a member (staff)",
            description = "The member is the idea's author and their rules apply: what they may see and how many "
                    + "ideas they may submit in an hour.")
    ResponseEntity<IdeaDetail> create(@Valid @RequestBody NewIdeaRequest request) {
        long memberId = Objects.requireNonNull(request.memberId());
        long id = onBehalf.of(memberId, () -> ideas.submit(request.draft(), List.of()));
        return ResponseEntity.created(URI.create("/api/v1/ideas/" + id)).body(IdeaDetail.of(ideas.page(id)));
    }

    @PostMapping(path = "/{id}/status", consumes = "application/json")
    @Operation(summary = "Move an idea to another status with a public answer (staff)")
    IdeaDetail changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
        var statuses = IdeasApi.statuses(List.of(Objects.requireNonNull(request.status())));
        if (statuses.size() != 1 || statuses.contains(IdeaStatus.MERGED)) {
            throw ApiError.badRequest("api.error.bad-status", request.status());
        }
        triage.changeStatus(id, statuses.iterator().next(), request.answer());
        return IdeaDetail.of(ideas.page(id));
    }

    @PostMapping(path = "/{id}/merge", consumes = "application/json")
    @Operation(summary = "Merge a duplicate into another idea (staff)")
    IdeaDetail merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        triage.merge(id, Objects.requireNonNull(request.into()));
        return IdeaDetail.of(ideas.page(id));
    }
}
