package app.rada.themes;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import app.rada.themes.internal.ThemeStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The themes module with what it uses: a new annotation makes the map's kept themes stale, and the next look has it. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class ThemesModuleTest {

    @Autowired
    MapEditingService maps;

    @Autowired
    StageEditingService stages;

    @Autowired
    TouchpointEditingService touchpoints;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ThemeService themes;

    @Autowired
    ThemeStore store;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    private long say(RadaUser member, long touchpoint, String text) {
        return SystemActor.callAs(member, () -> annotations.add(touchpoint, new AnnotationDraft(
                AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED, 4, 4, text, null, true)));
    }

    @Test
    void a_new_annotation_makes_the_maps_themes_stale_and_the_next_look_groups_it_in(Scenario scenario) {
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
        say(member, ids[1], "The locker code arrives after I leave the station");
        say(member, ids[1], "The locker code came by text an hour too late");
        var scope = ThemeScope.map(ids[0]);
        assertThat(SystemActor.callAs(staff, () -> themes.themes(scope))).singleElement()
                .matches(t -> t.size() == 2);

        scenario.stimulate(() -> say(member, ids[1], "No locker code until I was home again"))
                .andWaitForStateChange(() -> store.kept(scope).map(ThemeStore.Kept::stale).orElse(false), stale -> stale)
                .andVerify(stale -> assertThat(SystemActor.callAs(staff, () -> themes.themes(scope))).singleElement()
                        .matches(t -> t.size() == 3));
    }
}
