package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The journeys module alone: a member's annotation is announced with where it sits and who wrote it. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class JourneysModuleTest {

    @Autowired
    MapEditingService maps;

    @Autowired
    StageEditingService stages;

    @Autowired
    TouchpointEditingService touchpoints;

    @Autowired
    AnnotationService annotations;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void an_annotation_is_announced_with_its_map_touchpoint_author_and_kind(Scenario scenario) {
        var staff = ModulePeople.create(membership, accounts, Role.STAFF);
        var member = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        long[] ids = SystemActor.callAs(staff, () -> {
            long map = maps.create(new MapDraft("Parcel lockers", "Collecting a parcel", "Commuters"));
            long stage = stages.addStage(map, new StageDraft("Collect", "Get the parcel"));
            long touchpoint = touchpoints.addTouchpoint(stage, new TouchpointDraft("Locker screen", "",
                    TouchpointChannel.IN_PERSON, "", ""));
            maps.publish(map);
            return new long[] {map, touchpoint};
        });
        scenario.stimulate(() -> SystemActor.callAs(member, () -> annotations.add(ids[1], new AnnotationDraft(
                        AnnotationKind.HATE_POINT, Emotion.FRUSTRATED, 4, 5, "The code arrives after I leave",
                        null, true))))
                .andWaitForEventOfType(AnnotationAdded.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.annotationId()).isEqualTo(id);
                    assertThat(event.mapId()).isEqualTo(ids[0]);
                    assertThat(event.touchpointId()).isEqualTo(ids[1]);
                    assertThat(event.authorId()).isEqualTo(member.personId());
                    assertThat(event.kind()).isEqualTo(AnnotationKind.HATE_POINT);
                });
    }
}
