package app.rada.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.LiveVotes;
import app.rada.ideas.Visibility;
import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyService;
import app.rada.journeys.LiveJourneys;
import app.rada.journeys.MapDraft;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.notifications.LiveNotifications;
import app.rada.notifications.NotificationKind;
import app.rada.notifications.NotificationService;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.SecondNode;
import app.rada.support.TestProfiles;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

class CrossNodeSignalsTest extends KaribuTest {

    @Autowired
    ClusterSignals signals;

    @Autowired
    IdeaService ideas;

    @Autowired
    NotificationService notifications;

    @Autowired
    JourneyService journeys;

    @Autowired
    AnnotationService annotations;

    @Autowired
    PeopleService people;

    private RadaUser member(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    static boolean onPostgres() {
        return TestProfiles.onPostgres();
    }

    @Test
    void a_signal_reaches_the_subscribers_of_its_topic_on_this_node_and_only_them() throws Exception {
        assertThat(signals.acrossNodes()).isEqualTo(onPostgres());
        var heard = new LinkedBlockingQueue<String>();
        var other = new LinkedBlockingQueue<String>();
        var stop = signals.subscribe("test-topic", heard::add);
        var stopOther = signals.subscribe("test-other", other::add);
        signals.send("test-topic", "42");
        assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo("42");
        assertThat(other).isEmpty();
        stop.run();
        signals.send("test-topic", "43");
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        stopOther.run();
    }

    /**
     * Two nodes on one PostgreSQL database: this test's context is node A; node B is a second
     * application context on the same database ({@link SecondNode}). What members do on A reaches
     * listeners on B.
     */
    @Test
    @EnabledIf("onPostgres")
    void a_vote_a_notification_and_an_annotation_on_one_node_reach_open_views_on_another() throws Exception {
        var nodeB = SecondNode.of(context);
        var signalsB = nodeB.getBean(ClusterSignals.class);
        assertThat(signalsB.nodeId()).isNotEqualTo(signals.nodeId());
        long heardBefore = signalsB.receivedFromOtherNodes();
        var votes = new LinkedBlockingQueue<LiveVotes.Change>();
        nodeB.getBean(LiveVotes.class).listen(votes::add);

        // a vote on node A; members act directly on the services
        var author = member(freshMember(Role.CUSTOMER, Language.EN));
        long ideaId = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Seen from the other node",
                "Details", null, List.of(), Visibility.MEMBERS, null), List.of()));
        var voter = member(freshMember(Role.CUSTOMER, Language.EN));
        SystemActor.callAs(voter, () -> ideas.toggleVote(ideaId));
        var change = votes.poll(5, TimeUnit.SECONDS);
        assertThat(change).isNotNull();
        assertThat(change.ideaId()).isEqualTo(ideaId);
        assertThat(change.voteCount()).isEqualTo(1);

        // a notification for the author, written on node A, rings the bell open on node B
        var bells = new LinkedBlockingQueue<Long>();
        nodeB.getBean(LiveNotifications.class).listen(author.personId(), bells::add);
        SystemActor.run(() -> notifications.notify(author.personId(), NotificationKind.ACCOUNT,
                "notifications.welcome", null, List.of(), null));
        assertThat(bells.poll(5, TimeUnit.SECONDS)).isEqualTo(author.personId());

        // an annotation on node A appears on the map open on node B
        long[] ids = SystemActor.call(() -> {
            long map = journeys.create(new MapDraft("Two nodes", "", ""));
            long stage = journeys.addStage(map, new StageDraft("Use", ""));
            long touchpoint = journeys.addTouchpoint(stage, new TouchpointDraft("App", "", TouchpointChannel.MOBILE,
                    "", ""));
            journeys.publish(map);
            return new long[] {map, touchpoint};
        });
        var pins = new LinkedBlockingQueue<LiveJourneys.Change>();
        nodeB.getBean(LiveJourneys.class).listen(ids[0], 1, pins::add);
        SystemActor.callAs(voter, () -> annotations.add(ids[1], new AnnotationDraft(AnnotationKind.LOVE_POINT,
                Emotion.CALM, 4, 3, "Works offline", null, true)));
        LiveJourneys.Change pin;
        do {
            pin = pins.poll(5, TimeUnit.SECONDS);
        } while (pin instanceof LiveJourneys.PresenceChanged);
        assertThat(pin).isInstanceOf(LiveJourneys.AnnotationsChanged.class);
        assertThat(((LiveJourneys.AnnotationsChanged) pin).touchpointId()).isEqualTo(ids[1]);
        assertThat(signalsB.receivedFromOtherNodes()).isGreaterThanOrEqualTo(heardBefore + 3);
    }
}
