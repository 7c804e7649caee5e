package app.rada.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.shared.Role;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.support.KaribuTest;
import app.rada.webhooks.internal.WebhookSender;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks delivered to a real HTTP receiver on this machine. */
class WebhookDeliveryTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final List<Receiver> receivers = new java.util.ArrayList<>();

    @AfterEach
    void quiet() {
        // endpoints of one test must not hear the ideas of the next (or of other tests in this context)
        jdbc.update("update webhook_endpoint set enabled = false");
        receivers.forEach(Receiver::stop);
    }

    private Receiver receiver() {
        var receiver = Receiver.onFreePort();
        receivers.add(receiver);
        return receiver;
    }

    private NewSecret endpoint(String url, WebhookFormat format, WebhookEvent... events) {
        loginAs("admin");
        return webhooks.create(new EndpointDraft("Test " + UUID.randomUUID(), url, Set.of(events), format, true));
    }

    private long submitIdea(String title, Visibility visibility) {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        return ideas.submit(new IdeaDraft(title, "What would help: " + title, null, List.of(), visibility, null),
                List.of());
    }

    private static JsonNode json(Receiver.Request request) {
        return JSON.readTree(request.body());
    }

    private void dueNow() {
        jdbc.update("update webhook_delivery set next_attempt_at = ? where status = 'PENDING'",
                java.time.OffsetDateTime.now().minusSeconds(1));
    }

    /** Checks a signature the way a receiver would, written apart from Rada's own signer. */
    private static boolean verifies(String secret, Receiver.Request request) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        var content = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "." + request.body();
        var expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(request.header("webhook-timestamp")));
        return age < 300 && List.of(request.header("webhook-signature").split(" ")).contains(expected);
    }

    @Test
    void a_submitted_idea_reaches_the_receiver_signed_with_the_endpoints_secret_and_a_link_back() throws Exception {
        var receiver = receiver().start();
        var secret = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        long idea = submitIdea("Signed webhook idea " + UUID.randomUUID(), Visibility.MEMBERS);

        sender.deliverDue();

        assertThat(receiver.received()).hasSize(1);
        var request = receiver.received().getFirst();
        assertThat(verifies(secret.secret(), request)).isTrue();
        assertThat(verifies(WebhookSignerAccess.otherSecret(), request)).isFalse();
        assertThat(request.header("webhook-id")).startsWith("msg_");
        var body = json(request);
        assertThat(body.get("type").asString()).isEqualTo("idea.submitted");
        assertThat(body.get("timestamp").asString()).isNotBlank();
        assertThat(body.get("data").get("ideaId").asLong()).isEqualTo(idea);
        assertThat(body.get("data").get("visibility").asString()).isEqualTo("members");
        assertThat(body.get("data").get("url").asString()).endsWith("/ideas/" + idea);
        assertThat(request.body()).doesNotContain("Fresh Member").doesNotContain("@example.com");

        loginAs("admin");
        var delivery = webhooks.deliveries(secret.endpointId(), 0, 10).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.responseCode()).isEqualTo(200);
        assertThat(delivery.responseExcerpt()).isEqualTo("ok, thanks");
    }

    @Test
    void a_staff_only_idea_goes_out_marked_as_staff_only() {
        var receiver = receiver().start();
        endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        submitIdea("Sensitive webhook idea " + UUID.randomUUID(), Visibility.STAFF);
        sender.deliverDue();
        assertThat(json(receiver.received().getFirst()).get("data").get("visibility").asString()).isEqualTo("staff");
    }

    @Test
    void a_delivery_to_a_receiver_that_is_down_waits_and_goes_out_once_it_is_up_again() {
        var receiver = receiver();
        var endpoint = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        long idea = submitIdea("Waiting webhook idea " + UUID.randomUUID(), Visibility.MEMBERS);

        assertThat(sender.deliverDue()).isZero();
        loginAs("admin");
        var failed = webhooks.deliveries(endpoint.endpointId(), 0, 10).getFirst();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(java.time.Instant.now().plusSeconds(30));
        // not due yet: the wait after a failure is respected
        receiver.start();
        assertThat(sender.deliverDue()).isZero();

        dueNow();
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(receiver.received()).hasSize(1);
        assertThat(json(receiver.received().getFirst()).get("data").get("ideaId").asLong()).isEqualTo(idea);
        var delivered = webhooks.deliveries(endpoint.endpointId(), 0, 10).getFirst();
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(webhooks.countDeliveries(endpoint.endpointId())).isEqualTo(1);
    }

    @Test
    void a_failing_delivery_holds_back_the_later_ones_to_its_endpoint_which_then_arrive_in_order() {
        var receiver = receiver().start();
        receiver.answer(503);
        var endpoint = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        long first = submitIdea("First ordered idea " + UUID.randomUUID(), Visibility.MEMBERS);
        long second = submitIdea("Second ordered idea " + UUID.randomUUID(), Visibility.MEMBERS);
        long third = submitIdea("Third ordered idea " + UUID.randomUUID(), Visibility.MEMBERS);

        sender.deliverDue();
        loginAs("admin");
        var rows = webhooks.deliveries(endpoint.endpointId(), 0, 10);
        // newest first: only the oldest was tried, and it remembers what the receiver said
        assertThat(rows).extracting(DeliveryRow::attempts).containsExactly(0, 0, 1);
        assertThat(rows.getLast().responseCode()).isEqualTo(503);
        assertThat(rows.getLast().responseExcerpt()).isEqualTo("receiver trouble 503");

        receiver.answer(200);
        dueNow();
        assertThat(sender.deliverDue()).isEqualTo(3);
        assertThat(receiver.received()).extracting(r -> json(r).get("data").get("ideaId").asLong())
                .containsExactly(first, second, third);
    }

    @Test
    void a_delivery_given_up_on_lets_the_next_ones_go_and_can_be_sent_again_by_hand() {
        var receiver = receiver().start();
        receiver.answer(500);
        var endpoint = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        long first = submitIdea("Given up webhook idea " + UUID.randomUUID(), Visibility.MEMBERS);
        for (int attempt = 0; attempt < 10; attempt++) {
            dueNow();
            sender.deliverDue();
        }
        loginAs("admin");
        var givenUp = webhooks.deliveries(endpoint.endpointId(), 0, 10).getFirst();
        assertThat(givenUp.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(givenUp.attempts()).isEqualTo(10);

        receiver.answer(200);
        long next = submitIdea("After the given up one " + UUID.randomUUID(), Visibility.MEMBERS);
        sender.deliverDue();
        assertThat(receiver.received()).extracting(r -> json(r).get("data").get("ideaId").asLong()).containsExactly(next);

        loginAs("admin");
        long copy = webhooks.replay(givenUp.id());
        sender.deliverDue();
        var replayed = receiver.received().getLast();
        assertThat(json(replayed).get("data").get("ideaId").asLong()).isEqualTo(first);
        assertThat(replayed.header("webhook-id")).isEqualTo(givenUp.messageId());
        assertThat(webhooks.deliveries(endpoint.endpointId(), 0, 1).getFirst().id()).isEqualTo(copy);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'WEBHOOK_DELIVERY_REPLAYED' "
                + "and target_id = ?", Long.class, String.valueOf(endpoint.endpointId()))).isEqualTo(1);
    }

    @Test
    void many_votes_on_one_idea_become_one_delivery_with_the_current_weighted_counts() {
        var receiver = receiver().start();
        var endpoint = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_VOTED);
        long idea = submitIdea("Much voted webhook idea " + UUID.randomUUID(), Visibility.MEMBERS);
        for (int i = 0; i < 3; i++) {
            loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
            ideas.toggleVote(idea);
        }
        loginAs("board");
        ideas.toggleVote(idea);

        loginAs("admin");
        assertThat(webhooks.countDeliveries(endpoint.endpointId())).isEqualTo(1);
        sender.deliverDue();
        assertThat(receiver.received()).hasSize(1);
        var data = json(receiver.received().getFirst()).get("data");
        assertThat(data.get("ideaId").asLong()).isEqualTo(idea);
        assertThat(data.get("voteCount").asInt()).isEqualTo(4);
        assertThat(data.get("weightedVotes").asInt()).isEqualTo(
                jdbc.queryForObject("select weighted_votes from idea where id = ?", Integer.class, idea));

        // a vote after the delivery went out starts a new one
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.toggleVote(idea);
        loginAs("admin");
        assertThat(webhooks.countDeliveries(endpoint.endpointId())).isEqualTo(2);
    }

    @Test
    void a_team_channel_hears_a_readable_line_with_a_link_in_the_installations_language() {
        var receiver = receiver().start();
        endpoint(receiver.url(), WebhookFormat.SLACK, WebhookEvent.IDEA_SUBMITTED);
        var title = "Channel idea <b> & more " + UUID.randomUUID();
        long idea = submitIdea(title, Visibility.MEMBERS);
        sender.deliverDue();
        var body = json(receiver.received().getFirst());
        assertThat(body.propertyNames()).containsExactly("text");
        assertThat(body.get("text").asString()).startsWith("New idea: Channel idea &lt;b&gt; &amp; more")
                .endsWith("/ideas/" + idea + ">");
    }

    @Test
    void an_action_that_rolls_back_queues_nothing() {
        var receiver = receiver().start();
        var endpoint = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        transactions.executeWithoutResult(status -> {
            ideas.submit(new IdeaDraft("Rolled back idea", "Never happened", null, List.of(), Visibility.MEMBERS, null),
                    List.of());
            status.setRollbackOnly();
        });
        loginAs("admin");
        assertThat(webhooks.countDeliveries(endpoint.endpointId())).isZero();
        sender.deliverDue();
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void an_endpoint_gets_only_the_events_it_subscribed_to_and_nothing_while_switched_off() {
        var receiver = receiver().start();
        var endpoint = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_COMMENTED);
        submitIdea("Unsubscribed kind of event " + UUID.randomUUID(), Visibility.MEMBERS);
        loginAs("admin");
        assertThat(webhooks.countDeliveries(endpoint.endpointId())).isZero();

        webhooks.enable(endpoint.endpointId(), false);
        webhooks.update(endpoint.endpointId(), new EndpointDraft("Renamed", receiver.url(),
                EnumSet.of(WebhookEvent.IDEA_SUBMITTED), WebhookFormat.STANDARD, false));
        submitIdea("Switched off endpoint idea " + UUID.randomUUID(), Visibility.MEMBERS);
        loginAs("admin");
        assertThat(webhooks.countDeliveries(endpoint.endpointId())).isZero();

        // the test event goes out even while the endpoint is off
        webhooks.sendTest(endpoint.endpointId());
        sender.deliverDue();
        assertThat(receiver.received()).extracting(r -> json(r).get("type").asString()).containsExactly("webhook.test");
    }

    @Test
    void a_new_secret_signs_from_then_on_and_every_change_is_audited_without_the_secret() throws Exception {
        var receiver = receiver().start();
        var first = endpoint(receiver.url(), WebhookFormat.STANDARD, WebhookEvent.IDEA_SUBMITTED);
        var second = webhooks.regenerateSecret(first.endpointId());
        assertThat(second.secret()).isNotEqualTo(first.secret());
        webhooks.sendTest(first.endpointId());
        sender.deliverDue();
        var request = receiver.received().getFirst();
        assertThat(verifies(second.secret(), request)).isTrue();
        assertThat(verifies(first.secret(), request)).isFalse();

        var audited = jdbc.queryForList("select action, coalesce(detail, '') as detail from audit_entry "
                + "where target_type = 'webhook-endpoint' and target_id = ?", String.valueOf(first.endpointId()));
        assertThat(audited).extracting(row -> row.get("action"))
                .contains("WEBHOOK_ENDPOINT_SAVED", "WEBHOOK_SECRET_REGENERATED", "WEBHOOK_TEST_SENT");
        assertThat(audited).extracting(row -> (String) row.get("detail"))
                .noneMatch(detail -> detail.contains(first.secret().substring(6)) || detail.contains(second.secret().substring(6)));
    }

    @Test
    void addresses_that_are_not_http_are_refused_with_a_message() {
        loginAs("admin");
        assertThatThrownBy(() -> webhooks.create(new EndpointDraft("Bad", "ftp://files.example.com/in",
                Set.of(WebhookEvent.IDEA_SUBMITTED), WebhookFormat.STANDARD, true)))
                .isInstanceOf(Problem.class).extracting(e -> ((Problem) e).key()).isEqualTo("webhooks.problem.url");
        assertThatThrownBy(() -> webhooks.create(new EndpointDraft("No events", "https://example.com/in",
                Set.of(), WebhookFormat.STANDARD, true)))
                .isInstanceOf(Problem.class).extracting(e -> ((Problem) e).key()).isEqualTo("webhooks.problem.events");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "board", "customer"})
    void only_administrators_may_keep_webhooks(String role) {
        loginAs("admin");
        var endpoint = webhooks.endpoints(0, 1).getFirst();
        loginAs(role);
        var draft = new EndpointDraft("Sneaky", "https://example.com/in", Set.of(WebhookEvent.IDEA_SUBMITTED),
                WebhookFormat.STANDARD, true);
        assertThatThrownBy(() -> webhooks.endpoints(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.countEndpoints()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.create(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.update(endpoint.id(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.enable(endpoint.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.regenerateSecret(endpoint.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.sendTest(endpoint.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.deliveries(endpoint.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.countDeliveries(endpoint.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.replay(1)).isInstanceOf(AccessDeniedException.class);
    }

    /** A second, unrelated secret, to show that a signature does not verify with just any key. */
    private static final class WebhookSignerAccess {
        static String otherSecret() {
            return "whsec_" + Base64.getEncoder().encodeToString("another key of 24 bytes!".getBytes(StandardCharsets.UTF_8));
        }
    }
}
