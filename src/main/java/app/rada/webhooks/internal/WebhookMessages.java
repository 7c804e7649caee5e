package app.rada.webhooks.internal;

import app.rada.ideas.api.IdeaFacts;
import app.rada.journeys.api.JourneyTitles;
import app.rada.sessions.api.SessionAudiences;
import app.rada.shared.Language;
import app.rada.shared.PortalLinks;
import app.rada.shared.i18n.Translations;
import app.rada.webhooks.WebhookEvent;
import app.rada.webhooks.WebhookFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the message a delivery carries, when it is first sent: the event's facts with what a
 * receiver needs to act on them (titles, statuses, counts, times) as they are at that moment, and a
 * link back into the portal. Titles and counts come from the other modules' {@code api} classes, which
 * answer without a signed-in person, as the sender has none.
 *
 * <p>What never goes out: people's names or addresses, secret ballot choices, staff notes. An idea
 * only staff may read still goes out (endpoints are set up by administrators) with its
 * {@code visibility} saying so.
 */
@Component
class WebhookMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdeaFacts ideas;
    private final SessionAudiences sessions;
    private final JourneyTitles maps;
    private final PortalLinks links;
    private final Translations texts;
    private final Locale locale;

    WebhookMessages(IdeaFacts ideas, SessionAudiences sessions, JourneyTitles maps, PortalLinks links,
                    Translations texts, WebhookSettings settings) {
        this.ideas = ideas;
        this.sessions = sessions;
        this.maps = maps;
        this.links = links;
        this.texts = texts;
        this.locale = Language.of(settings.language()).orElse(Language.EN).locale();
    }

    /** The body to send for a delivery in the endpoint's format. */
    String body(String eventType, String factsJson, Instant occurredAt, WebhookFormat format) {
        var facts = JSON.readTree(factsJson);
        var event = WebhookEvent.ofType(eventType).orElse(WebhookEvent.TEST);
        var data = data(event, facts);
        if (format == WebhookFormat.SLACK) {
            return JSON.writeValueAsString(Map.of("text", line(event, data)));
        }
        var message = new LinkedHashMap<String, Object>();
        message.put("type", event.type());
        message.put("timestamp", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString());
        message.put("data", data);
        return JSON.writeValueAsString(message);
    }

    private Map<String, @Nullable Object> data(WebhookEvent event, JsonNode facts) {
        var data = new LinkedHashMap<String, @Nullable Object>();
        switch (event) {
            case IDEA_SUBMITTED, IDEA_STATUS_CHANGED, IDEA_COMMENTED, IDEA_VOTED -> {
                long ideaId = facts.get("ideaId").asLong();
                data.put("ideaId", ideaId);
                if (event == WebhookEvent.IDEA_COMMENTED) {
                    data.put("commentId", facts.get("commentId").asLong());
                }
                if (event == WebhookEvent.IDEA_STATUS_CHANGED) {
                    data.put("from", text(facts, "from"));
                    data.put("to", text(facts, "to"));
                    data.put("answered", facts.get("answered").asBoolean());
                }
                if (event == WebhookEvent.IDEA_SUBMITTED) {
                    data.put("awaitingApproval", facts.get("awaitingApproval").asBoolean());
                }
                idea(ideaId, data);
                data.put("url", links.absolute("ideas/" + ideaId));
            }
            case IDEA_MERGED -> {
                long ideaId = facts.get("ideaId").asLong();
                long into = facts.get("intoIdeaId").asLong();
                data.put("ideaId", ideaId);
                data.put("title", ideaTitle(ideaId).orElse(null));
                data.put("intoIdeaId", into);
                var target = new LinkedHashMap<String, @Nullable Object>();
                idea(into, target);
                data.put("intoTitle", target.get("title"));
                data.put("visibility", target.get("visibility"));
                data.put("voteCount", target.get("voteCount"));
                data.put("weightedVotes", target.get("weightedVotes"));
                data.put("url", links.absolute("ideas/" + into));
            }
            case BALLOT_OPENED, BALLOT_CLOSED -> {
                long ballotId = facts.get("ballotId").asLong();
                data.put("ballotId", ballotId);
                data.put("title", text(facts, "title"));
                if (event == WebhookEvent.BALLOT_OPENED) {
                    data.put("closesAt", text(facts, "closesAt"));
                } else {
                    data.put("outcome", lower(text(facts, "outcome")));
                }
                data.put("url", links.absolute("ballots/" + ballotId));
            }
            case SESSION_SCHEDULED, SESSION_CHANGED -> {
                long sessionId = facts.get("sessionId").asLong();
                data.put("sessionId", sessionId);
                if (event == WebhookEvent.SESSION_CHANGED) {
                    data.put("cancelled", facts.get("cancelled").asBoolean());
                }
                sessions.heading(sessionId).ifPresent(heading -> {
                    data.put("title", heading.title());
                    data.put("startsAt", heading.startsAt().toString());
                    data.put("timeZone", heading.timeZone());
                });
                data.put("url", links.absolute("sessions/" + sessionId));
            }
            case ANNOTATION_ADDED -> {
                long mapId = facts.get("mapId").asLong();
                data.put("annotationId", facts.get("annotationId").asLong());
                data.put("mapId", mapId);
                data.put("touchpointId", facts.get("touchpointId").asLong());
                data.put("mapTitle", maps.title(mapId).orElse(null));
                data.put("kind", lower(text(facts, "kind")));
                data.put("emotion", lower(text(facts, "emotion")));
                data.put("url", links.absolute("journeys/" + mapId));
            }
            case REWARD_REDEEMED -> {
                data.put("redemptionId", facts.get("redemptionId").asLong());
                var reward = new LinkedHashMap<String, @Nullable Object>();
                reward.put("en", text(facts, "rewardEn"));
                reward.put("pl", text(facts, "rewardPl"));
                data.put("reward", reward);
                data.put("cost", facts.get("cost").asInt());
                data.put("url", links.absolute("staff/rewards"));
            }
            case TEST -> {
                data.put("endpointId", facts.get("endpointId").asLong());
                data.put("message", "This is a test event sent from Rada's webhook settings.");
                data.put("url", links.absolute("admin/webhooks"));
            }
        }
        return data;
    }

    private void idea(long ideaId, Map<String, @Nullable Object> data) {
        ideas.snapshot(ideaId).ifPresent(idea -> {
            data.put("title", idea.title());
            data.put("status", lower(idea.status().name()));
            data.put("visibility", lower(idea.visibility().name()));
            data.put("voteCount", idea.voteCount());
            data.put("weightedVotes", idea.weightedVotes());
            data.put("commentCount", idea.commentCount());
        });
    }

    private Optional<String> ideaTitle(long ideaId) {
        return ideas.snapshot(ideaId).map(IdeaFacts.Snapshot::title);
    }

    /** One line for a team channel: what happened, to what, and the link. */
    private String line(WebhookEvent event, Map<String, @Nullable Object> data) {
        var title = data.getOrDefault("title", data.get("mapTitle"));
        if (event == WebhookEvent.REWARD_REDEEMED && data.get("reward") instanceof Map<?, ?> reward) {
            title = reward.get(locale.getLanguage().equals("pl") ? "pl" : "en");
        }
        var key = lineKey(event);
        var what = texts.getTranslation(key, locale,
                title == null ? "—" : title, data.getOrDefault("voteCount", 0),
                data.getOrDefault("weightedVotes", 0), statusLabel(data));
        if (event == WebhookEvent.IDEA_MERGED) {
            what = texts.getTranslation(key, locale, title == null ? "—" : title,
                    data.get("intoTitle") == null ? "—" : data.get("intoTitle"));
        }
        // Slack's link syntax (Teams shows the address as it is); titles cannot open a link or mention
        return escape(what) + " <" + data.get("url") + ">";
    }

    private String statusLabel(Map<String, @Nullable Object> data) {
        var status = data.get("to") instanceof String to ? to : null;
        if (status == null) {
            return "";
        }
        var key = "webhooks.status." + status.toLowerCase(Locale.ROOT);
        return texts.getTranslation(key, locale);
    }

    /** One key per event type: {@code webhooks.line.idea.submitted} and so on. */
    private static String lineKey(WebhookEvent event) {
        return "webhooks.line." + event.type();
    }

    private static @Nullable String text(JsonNode facts, String field) {
        var node = facts.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    /** Slack reads &, < and > as markup; in titles they are meant as text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
