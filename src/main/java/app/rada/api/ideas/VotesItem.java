package app.rada.api.ideas;

import app.rada.ideas.VoteState;

/** An idea's votes: how many members voted, the count weighted by their segments, and the caller's own vote. */
public record VotesItem(int votes, int weightedVotes, boolean votedByMe) {

    static VotesItem of(VoteState state) {
        return new VotesItem(state.voteCount(), state.weightedVotes(), state.voted());
    }
}
