package app.rada.api.ideas;

import app.rada.ideas.IdeaService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An idea's votes, raw and weighted by segment, and the token's person's own vote. Voting twice or taking back
 * a vote never given changes nothing, so a retried call is safe.
 */
@RestController
@RequestMapping(path = "/api/v1/ideas/{id}/votes", produces = "application/json")
@Tag(name = "Votes")
class IdeaVotesApi {

    private final IdeaService ideas;

    IdeaVotesApi(IdeaService ideas) {
        this.ideas = ideas;
    }

    @GetMapping
    @Operation(summary = "The idea's vote counts and whether the token's person voted")
    VotesItem read(@PathVariable long id) {
        return VotesItem.of(ideas.votes(id));
    }

    @PostMapping
    @Operation(summary = "Vote for the idea as the token's person")
    VotesItem vote(@PathVariable long id) {
        return VotesItem.of(set(id, true));
    }

    @DeleteMapping
    @Operation(summary = "Take back the token's person's vote")
    VotesItem unvote(@PathVariable long id) {
        return VotesItem.of(set(id, false));
    }

    private app.rada.ideas.VoteState set(long id, boolean voted) {
        var state = ideas.votes(id);
        return state.voted() == voted ? state : ideas.toggleVote(id);
    }
}
