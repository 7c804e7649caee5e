package app.rada.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaImportService;
import app.rada.ideas.IdeaImportService.ImportedComment;
import app.rada.ideas.IdeaImportService.ImportedIdea;
import app.rada.ideas.IdeaImportService.ImportedVote;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.IdeaSubmitted;
import app.rada.ideas.IdeaVoted;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

/** The imports module with what it uses: imported history lands with right counters and sets off no event. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class ImportsModuleTest {

    @Autowired
    IdeaImportService ideaImports;

    @Autowired
    IdeaService ideas;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void imported_ideas_votes_and_comments_publish_no_events(AssertablePublishedEvents events) {
        var staff = ModulePeople.create(membership, accounts, Role.STAFF);
        var member = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        var at = Instant.parse("2025-05-01T10:00:00Z");
        long idea = SystemActor.callAs(staff, () -> {
            long id = ideaImports.createIdea(new ImportedIdea("Parcel lockers at the station", "Saves a trip.", null,
                    member.personId(), true, IdeaStatus.PLANNED, at));
            assertThat(ideaImports.addVotes(List.of(new ImportedVote(id, member.personId(), at.plusSeconds(60)),
                    new ImportedVote(id, member.personId(), at.plusSeconds(120))))).containsExactly(true, false);
            ideaImports.addComment(new ImportedComment(id, member.personId(), "Yes, please.", at.plusSeconds(180)));
            return id;
        });

        var page = SystemActor.callAs(member, () -> ideas.page(idea));
        assertThat(page.status()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(page.voteCount()).isEqualTo(1);
        assertThat(page.commentCount()).isEqualTo(1);
        assertThat(page.votedByMe()).isTrue();
        assertThat(page.followedByMe()).isTrue();
        assertThat(events.ofType(IdeaSubmitted.class)).isEmpty();
        assertThat(events.ofType(IdeaVoted.class)).isEmpty();
        assertThat(events.ofType(IdeaCommented.class)).isEmpty();
        assertThat(events.ofType(IdeaStatusChanged.class)).isEmpty();
    }
}
