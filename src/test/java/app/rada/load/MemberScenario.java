package app.rada.load;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one member does, over and over with pauses to read and think: browse and filter the idea board,
 * open ideas, vote, comment, and annotate a touchpoint on a journey map. Every vote, comment and
 * annotation the page showed as done goes into the {@link Ledger}, to be found in the database later.
 */
final class MemberScenario implements Runnable {

    private static final Pattern IDEA_LINK = Pattern.compile("ideas/([0-9]+)");
    /** Idea cards are drawn from markup; their titles link to the idea. */
    private static final Pattern CARD_LINK = Pattern.compile("href=\"(ideas/[0-9]+)\"");
    private static final Pattern MAP_LINK = Pattern.compile("journeys/([0-9]+)");
    /** The annotate buttons of a map's canvas, in its markup. */
    private static final Pattern ANNOTATE_ACTION = Pattern.compile("data-action=\"(annotate:[0-9]+)\"");
    /** What members search for on the demo programme; the full-size runs search the whole vocabulary. */
    static final List<String> DEMO_SEARCHES = List.of("delivery", "invoice", "app", "hotline", "faktura",
            "dostawa", "payment", "contract", "mobile", "report");
    private static final String TRIAGE = "staff/ideas";
    /**
     * The kinds of action a run can repeat on their own ({@code only=}), to find what each one costs a node:
     * the board, a search on it, an idea page, a vote, the journey map, an annotation, and for staff the triage
     * page and a search on it.
     */
    static final List<String> ONLY = List.of("board", "search", "idea", "vote", "map", "annotate", "triage",
            "triage-search");

    /** What members saw confirmed, by kind. */
    static final class Ledger {
        final ConcurrentHashMap<String, String> votes = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, String> comments = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, String> annotations = new ConcurrentHashMap<>();
        final AtomicLong actions = new AtomicLong();
        final ConcurrentHashMap<String, AtomicLong> failuresByNode = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, AtomicLong> actionsByNode = new ConcurrentHashMap<>();
        final AtomicLong relogins = new AtomicLong();
    }

    private final VaadinClient client;
    private final String email;
    private final String password;
    private final int thinkMin;
    private final int thinkMax;
    private final Ledger ledger;
    private final BooleanSupplier running;
    private final List<String> searches;
    private final boolean staff;
    private final @Nullable String only;
    private volatile boolean loggedIn;

    /**
     * @param searches what the member types into search fields
     * @param staff    a staff member: works through the triage page as well as reading the board
     * @param only     one kind of action, over and over, instead of the day's mix (see {@link #ONLY}), or null
     */
    MemberScenario(HttpClient http, String base, Stats stats, String email, String password, int thinkMin,
            int thinkMax, Ledger ledger, BooleanSupplier running, List<String> searches, boolean staff,
            @Nullable String only) {
        this.client = new VaadinClient(http, base, stats);
        this.email = email;
        this.password = password;
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.ledger = ledger;
        this.running = running;
        this.searches = searches;
        this.staff = staff;
        if (only != null && !ONLY.contains(only)) {
            throw new IllegalArgumentException("only= takes one of " + ONLY + ", not: " + only);
        }
        this.only = only;
    }

    boolean loggedIn() {
        return loggedIn;
    }

    /** After the run: back to the idea board and stay there, for the heap per session on the board. */
    boolean park() {
        if (!loggedIn) {
            return false;
        }
        try {
            client.navigate("ideas", "board");
            return true;
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("rada.load.verbose")) {
                System.err.println(email + ": not back on the board: " + e.getMessage());
            }
            return false;
        }
    }

    boolean logout() {
        try {
            client.logout();
            loggedIn = false;
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void run() {
        var random = ThreadLocalRandom.current();
        boolean first = true;
        while (running.getAsBoolean()) {
            // the node the member was on before this step: a failure counts against it, even when the
            // balancer already answered from another node
            var node = String.valueOf(client.nodeCookie());
            try {
                if (!loggedIn) {
                    if (!first) {
                        ledger.relogins.incrementAndGet();
                    }
                    first = false;
                    client.login(email, password);
                    client.open(staff ? TRIAGE : "ideas");
                    loggedIn = true;
                } else {
                    act(random.nextInt(100));
                    ledger.actions.incrementAndGet();
                    ledger.actionsByNode.computeIfAbsent(String.valueOf(client.nodeCookie()), k -> new AtomicLong())
                            .incrementAndGet();
                }
            } catch (RuntimeException e) {
                loggedIn = false;
                ledger.failuresByNode.computeIfAbsent(node, k -> new AtomicLong()).incrementAndGet();
                if (Boolean.getBoolean("rada.load.verbose")) {
                    System.err.println(email + ": " + e.getMessage());
                }
            }
            sleep(random.nextInt(thinkMin, thinkMax + 1));
        }
    }

    /**
     * The mix of a programme's ordinary day: mostly reading and filtering ideas, some votes and comments,
     * now and then an annotation on a journey map.
     */
    private void act(int dice) {
        if (only != null) {
            actOnly(only);
            return;
        }
        if (staff) {
            triage(dice);
            return;
        }
        if (dice < 15) {
            client.navigate("ideas", "board");
        } else if (dice < 32) {
            searchBoard();
        } else if (dice < 62) {
            openIdea();
        } else if (dice < 80) {
            vote();
        } else if (dice < 90) {
            comment();
        } else {
            annotate();
        }
    }

    private void actOnly(String kind) {
        switch (kind) {
            case "board" -> client.navigate("ideas", "board");
            case "search" -> searchBoard();
            case "idea" -> openIdea();
            case "vote" -> vote();
            case "map" -> openMap();
            case "annotate" -> annotate();
            case "triage" -> client.navigate(TRIAGE, "triage");
            case "triage-search" -> triage(50);
            default -> throw new IllegalStateException(kind);
        }
    }

    /**
     * A staff member's day: the triage list of new ideas, searched for a subject now and then, and the board
     * and ideas as members see them.
     */
    private void triage(int dice) {
        if (dice < 40) {
            client.navigate(TRIAGE, "triage");
        } else if (dice < 75) {
            if (!TRIAGE.equals(client.route())) {
                client.navigate(TRIAGE, "triage");
            }
            client.tree.byId("triage-search").ifPresent(field -> client.type(field.id, search(), "triage-search"));
        } else if (dice < 85) {
            client.navigate("ideas", "board");
        } else {
            openIdea();
        }
    }

    private String search() {
        return searches.get(ThreadLocalRandom.current().nextInt(searches.size()));
    }

    private void searchBoard() {
        onBoard();
        client.tree.byId("idea-search").ifPresent(field -> client.type(field.id, search(), "filter"));
    }

    private void onBoard() {
        if (!client.route().startsWith("ideas") || IDEA_LINK.matcher(client.route()).matches()) {
            client.navigate("ideas", "board");
        }
    }

    private void openIdea() {
        onBoard();
        var links = new ArrayList<String>();
        for (var node : client.tree.all(n -> n.properties.containsKey("innerHTML"))) {
            var href = CARD_LINK.matcher(node.properties.get("innerHTML"));
            while (href.find()) {
                links.add(href.group(1));
            }
        }
        if (links.isEmpty()) {
            // the search found nothing: back to the whole board
            client.tree.byId("idea-search").ifPresent(field -> client.type(field.id, "", "filter"));
            return;
        }
        var link = links.get(ThreadLocalRandom.current().nextInt(links.size()));
        client.navigate(link, "idea");
    }

    private void vote() {
        if (!IDEA_LINK.matcher(client.route()).matches()) {
            openIdea();
            return;
        }
        var button = client.tree.byId("vote-button");
        if (button.isEmpty() || !"false".equals(button.get().attribute("aria-pressed"))) {
            openIdea();
            return;
        }
        client.click(button.get().id, "vote");
        var after = client.tree.byId("vote-button");
        if (after.isPresent() && "true".equals(after.get().attribute("aria-pressed"))) {
            var idea = IDEA_LINK.matcher(client.route());
            idea.matches();
            ledger.votes.put(email + " " + idea.group(1), client.route());
        }
    }

    private void comment() {
        if (!IDEA_LINK.matcher(client.route()).matches()) {
            openIdea();
            return;
        }
        var field = client.tree.byId("comment-text");
        var post = client.tree.byId("post-comment");
        if (field.isEmpty() || post.isEmpty()) {
            return;
        }
        var token = "load-" + UUID.randomUUID();
        client.fillAndClick(field.get().id, "Seen while browsing, " + token, post.get().id, "comment");
        if (client.lastResponse.contains(token)) {
            ledger.comments.put(token, email);
        }
    }

    /** From the list of maps to one of them. */
    private void openMap() {
        client.navigate("journeys", "maps");
        var maps = client.tree.all(n -> "a".equals(n.tag) && n.attribute("href") != null
                && MAP_LINK.matcher(n.attribute("href")).matches());
        if (!maps.isEmpty()) {
            client.navigate(maps.get(ThreadLocalRandom.current().nextInt(maps.size())).attribute("href"), "map");
        }
    }

    private void annotate() {
        if (!MAP_LINK.matcher(client.route()).matches()) {
            openMap();
            return;
        }
        var grid = client.tree.byClass("journey-grid");
        // the canvas's lanes are markup: the annotate buttons are found in it, as the browser would show them
        var targets = new ArrayList<String>();
        // as components (how jars built before the canvas was drawn as markup show them), then in the markup
        client.tree.all(n -> n.attribute("data-action") != null && n.attribute("data-action").startsWith("annotate:"))
                .forEach(n -> targets.add(n.attribute("data-action")));
        for (var lane : client.tree.all(n -> n.properties.containsKey("innerHTML"))) {
            var action = ANNOTATE_ACTION.matcher(lane.properties.get("innerHTML"));
            while (action.find()) {
                targets.add(action.group(1));
            }
        }
        if (grid.isEmpty() || targets.isEmpty()) {
            return;
        }
        var target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
        client.clickAction(grid.get().id, target, "annotate-open");
        var text = client.tree.byId("annotation-text");
        var save = client.tree.byId("annotation-save");
        if (text.isEmpty() || save.isEmpty()) {
            return;
        }
        var token = "load-" + UUID.randomUUID();
        client.fillAndClick(text.get().id, "Waiting here again, " + token, save.get().id, "annotate");
        if (client.lastResponse.contains(token)) {
            ledger.annotations.put(token, email);
        }
        if (client.dialogOpen()) {
            // not saved: the dialog says why; the member gives up and closes it
            if (Boolean.getBoolean("rada.load.verbose")) {
                System.err.println(email + ": annotation not saved: "
                        + client.tree.byId("annotation-error").map(n -> n.text).orElse("?"));
            }
            client.tree.byId("annotation-cancel").ifPresent(cancel -> client.click(cancel.id, "annotate-cancel"));
        }
        // back to reading ideas now and then
        if (ThreadLocalRandom.current().nextInt(3) == 0) {
            client.navigate("ideas", "board");
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
