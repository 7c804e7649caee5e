package app.rada.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One member's browser, as far as the server can tell: cookies, the page's bootstrap, the UI's security
 * key, sync id and client id, and round trips of events and property changes on state nodes. It keeps
 * its own cookies, so many members share one HTTP client.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER_DETAILS = "&v-sh=860&v-sw=1280&v-wh=860&v-ww=1280&v-bh=860&v-bw=1280"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FWarsaw&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=aura&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    /** A request the server refused or answered with an error; the member starts over. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    final UiTree tree = new UiTree();
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private String route = "";
    /** The last response's text, to look for what a member expects to see. */
    String lastResponse = "";

    VaadinClient(HttpClient http, String base, Stats stats) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.stats = stats;
    }

    String route() {
        return route;
    }

    String nodeCookie() {
        return cookies.get("RADA_NODE");
    }

    /** Spring Security's form login, as the login page's form posts it. */
    void login(String email, String password) {
        cookies.clear();
        var page = get("login", "page");
        var csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) {
            throw new Failure("no CSRF token on the login page");
        }
        var form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(email) + "&password=" + enc(password);
        var started = System.nanoTime();
        var response = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        stats.record("login", System.nanoTime() - started, response.statusCode() != 302);
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new Failure("login refused for " + email + ": " + response.statusCode() + " " + location);
        }
    }

    /** Spring Security's logout, as a form on any page posts it: the session and its UIs end. */
    void logout() {
        var page = get("ideas", "page");
        var csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) {
            throw new Failure("no CSRF token on the page");
        }
        var response = send(HttpRequest.newBuilder(URI.create(base + "logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)))));
        if (response.statusCode() != 302) {
            throw new Failure("logout answered " + response.statusCode());
        }
        uiId = -1;
        tree.clear();
    }

    /** Opens a page as typing its address does: the bootstrap page, the UI's start and its first route. */
    void open(String path) {
        get(path, "page");
        var query = "";
        int q = path.indexOf('?');
        var location = q < 0 ? path : path.substring(0, q);
        if (q >= 0) {
            query = path.substring(q + 1);
        }
        var init = get("?v-r=init&location=" + enc(location) + "&query=" + enc(query) + BROWSER_DETAILS
                + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=load-" + Integer.toHexString(hashCode()), "init");
        var config = JSON.readTree(init.body()).path("appConfig");
        if (config.isMissingNode()) {
            throw new Failure("no UI configuration for " + path);
        }
        var uidl = config.path("uidl");
        tree.clear();
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl.path("changes"));
        navigate("/" + location, query, "", "navigate");
    }

    /** Follows a link inside the application: the router changes the view within the same UI. */
    void navigate(String target, String kind) {
        navigate(target, "", "client", kind);
    }

    /** Follows a link with a query, such as the board in another order ({@code sort=newest}). */
    void navigate(String target, String query, String kind) {
        navigate(target, query, "client", kind);
    }

    private void navigate(String target, String query, String trigger, String kind) {
        var data = JSON.createObjectNode();
        data.put("route", target);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        var rpc = JSON.createArrayNode();
        rpc.add(event(1, "ui-navigate", data));
        roundTrip(rpc, kind);
        route = target.startsWith("/") ? target.substring(1) : target;
        // a browser answers a new view at once: its fresh components report their initial state (a drawer
        // that is open, a combo box that is closed) in a round trip of their own
        roundTrip(JSON.createArrayNode(), "attached");
    }

    void click(int node, String kind) {
        var data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 40);
        data.put("event.clientY", 40);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 120);
        data.put("event.screenX", 60);
        var rpc = JSON.createArrayNode();
        rpc.add(event(node, "click", data));
        roundTrip(rpc, kind);
    }

    /** A click inside an element that listens for clicks on its children by their {@code data-action}. */
    void clickAction(int container, String action, String kind) {
        var data = JSON.createObjectNode();
        data.put("!!event.target.closest('[data-action]')", true);
        data.put("event.target.closest('[data-action]') ? event.target.closest('[data-action]').dataset.action : ''",
                action);
        var rpc = JSON.createArrayNode();
        rpc.add(event(container, "click", data));
        roundTrip(rpc, kind);
    }

    /** Types into a field whose value reaches the server while typing (after a pause). */
    void type(int node, String value, String kind) {
        var rpc = JSON.createArrayNode();
        rpc.add(sync(node, "value", value));
        var data = JSON.createObjectNode();
        data.put("1", 1);
        data.put("for", "trailing");
        rpc.add(event(node, "input", data));
        roundTrip(rpc, kind);
    }

    /** Fills a field that sends its value on change, then clicks a button, in one round trip as a browser does. */
    void fillAndClick(int field, String value, int button, String kind) {
        var rpc = JSON.createArrayNode();
        rpc.add(sync(field, "value", value));
        rpc.add(event(field, "change", JSON.createObjectNode()));
        var click = JSON.createObjectNode();
        click.put("event.detail", 1);
        click.put("event.button", 0);
        for (var key : new String[] {"event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey"}) {
            click.put(key, false);
        }
        for (var key : new String[] {"event.clientX", "event.clientY", "event.screenX", "event.screenY"}) {
            click.put(key, 50);
        }
        rpc.add(event(button, "click", click));
        roundTrip(rpc, kind);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        var event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    /**
     * What the browser reported since the last round trip, ahead of the member's own events: notifications
     * that closed after their time, and dialogs whose closing animation ended (the server removes both
     * only when told).
     */
    private ArrayNode settled(ArrayNode rpc) {
        var all = JSON.createArrayNode();
        for (var note : tree.all(n -> "vaadin-notification".equals(n.tag) && "true".equals(n.properties.get("opened")))) {
            var sync = sync(note.id, "opened", "");
            sync.put("value", false);
            all.add(sync);
            all.add(event(note.id, "opened-changed", JSON.createObjectNode()));
            note.properties.put("opened", "false");
        }
        for (var dialog : tree.all(n -> "vaadin-dialog".equals(n.tag) && "false".equals(n.properties.get("opened"))
                && !n.properties.containsKey("closed-told"))) {
            all.add(event(dialog.id, "closed", JSON.createObjectNode()));
            dialog.properties.put("closed-told", "true");
        }
        all.addAll(rpc);
        return all;
    }

    /** Whether a dialog is open on the page. */
    boolean dialogOpen() {
        return tree.find(n -> "vaadin-dialog".equals(n.tag) && "true".equals(n.properties.get("opened"))).isPresent();
    }

    private static ObjectNode sync(int node, String property, String value) {
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return sync;
    }

    private void roundTrip(ArrayNode rpc, String kind) {
        if (uiId < 0) {
            throw new Failure("no UI open");
        }
        var message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", settled(rpc));
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        var started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        } catch (Failure e) {
            stats.record(kind, System.nanoTime() - started, true);
            throw e;
        }
        long took = System.nanoTime() - started;
        var body = response.body();
        boolean failed = response.statusCode() != 200 || !body.startsWith("{") && !body.startsWith("for(;;);");
        JsonNode answer = null;
        if (!failed) {
            answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
            if (answer.isArray()) {
                answer = answer.get(0);
            }
            var meta = answer.path("meta");
            failed = meta.path("sessionExpired").asBoolean(false) || meta.has("appError")
                    || answer.has("redirect");
        }
        stats.record(kind, took, failed);
        if (failed) {
            uiId = -1;
            throw new Failure(kind + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
        lastResponse = body;
        var dump = System.getProperty("rada.load.dump");
        if (dump != null) {
            try {
                Files.writeString(Path.of(dump, kind + "-" + System.nanoTime() + ".json"), body);
            } catch (IOException e) {
                throw new Failure(e.getMessage());
            }
        }
        if (answer.has("syncId")) {
            syncId = answer.path("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = answer.path("clientId").asInt();
        }
        tree.apply(answer.path("changes"));
    }

    private HttpResponse<String> get(String path, String kind) {
        var started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        } catch (Failure e) {
            stats.record(kind, System.nanoTime() - started, true);
            throw e;
        }
        boolean failed = response.statusCode() != 200;
        stats.record(kind, System.nanoTime() - started, failed);
        if (failed) {
            throw new Failure("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        request.header("Accept-Language", "en-GB").timeout(Duration.ofSeconds(30));
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var header : response.headers().allValues("Set-Cookie")) {
                int eq = header.indexOf('=');
                int end = header.indexOf(';');
                if (eq > 0) {
                    cookies.put(header.substring(0, eq).strip(), header.substring(eq + 1, end < 0 ? header.length() : end));
                }
            }
            return response;
        } catch (IOException e) {
            throw new Failure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
