package app.rada.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotClosed;
import app.rada.ballots.BallotOpened;
import app.rada.ballots.Outcome;
import app.rada.sessions.SessionChanged;
import app.rada.support.TestProfiles;
import app.rada.webhooks.internal.WebhookSender;
import app.rada.webhooks.internal.WebhookStore;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhooks module started with the modules it hears: events published by others become deliveries
 * in the publisher's transaction, and reach a receiver as the endpoint's format says.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class WebhooksModuleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebhookStore store;

    @Autowired
    WebhookSender sender;

    @Autowired
    JdbcTemplate jdbc;

    private Receiver receiver;

    @BeforeEach
    void listen() {
        receiver = Receiver.onFreePort().start();
    }

    @AfterEach
    void quiet() {
        jdbc.update("update webhook_endpoint set enabled = false");
        receiver.stop();
    }

    private long endpoint(WebhookFormat format, WebhookEvent... events) {
        return store.createEndpoint(new EndpointDraft("Module " + format, receiver.url(),
                EnumSet.of(events[0], events), format, true), "whsec_" + "a".repeat(32), Instant.now());
    }

    @Test
    void ballots_opening_and_closing_reach_the_receiver_with_the_outcome_only(Scenario scenario) {
        long endpoint = endpoint(WebhookFormat.STANDARD, WebhookEvent.BALLOT_OPENED, WebhookEvent.BALLOT_CLOSED);
        var closes = Instant.parse("2026-12-24T12:00:00Z");
        scenario.publish(new BallotOpened(9001, "Opening hours", closes)).andWaitForStateChange(
                () -> store.countDeliveries(endpoint), count -> count == 1).andVerify(count -> { });
        scenario.publish(new BallotClosed(9001, "Opening hours", Outcome.NO_QUORUM)).andWaitForStateChange(
                () -> store.countDeliveries(endpoint), count -> count == 2).andVerify(count -> { });

        assertThat(sender.deliverDue()).isEqualTo(2);
        var opened = JSON.readTree(receiver.received().get(0).body());
        var closed = JSON.readTree(receiver.received().get(1).body());
        assertThat(opened.get("type").asString()).isEqualTo("ballot.opened");
        assertThat(opened.get("data").get("closesAt").asString()).isEqualTo("2026-12-24T12:00:00Z");
        assertThat(closed.get("type").asString()).isEqualTo("ballot.closed");
        assertThat(closed.get("data").get("outcome").asString()).isEqualTo("no_quorum");
        assertThat(closed.get("data").get("url").asString()).endsWith("/ballots/9001");
        assertThat(closed.get("data").propertyNames()).containsExactly("ballotId", "title", "outcome", "url");
    }

    @Test
    void a_cancelled_session_reaches_a_team_channel_as_one_line(Scenario scenario) {
        long endpoint = endpoint(WebhookFormat.SLACK, WebhookEvent.SESSION_CHANGED);
        scenario.publish(new SessionChanged(9002, true)).andWaitForStateChange(
                () -> store.countDeliveries(endpoint), count -> count == 1).andVerify(count -> { });
        sender.deliverDue();
        var text = JSON.readTree(receiver.received().getFirst().body()).get("text").asString();
        assertThat(text).startsWith("Design session changed: ").endsWith("/sessions/9002>");
    }
}
