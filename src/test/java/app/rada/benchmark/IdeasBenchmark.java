package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaAgendaService;
import app.rada.ideas.IdeaCard;
import app.rada.ideas.IdeaService;
import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.search.WordForms;
import app.rada.support.KaribuTest;
import app.rada.support.TestProfiles;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of docs/benchmarks.md: with 100,000 ideas, 1,000,000 votes and 10,000 members, how long
 * the board's first page, a search and a vote toggle take in the service (server time), and how much
 * heap an open board costs per session. Not part of the normal suites: run it with
 * {@code ./mvnw verify -Pbenchmark} (H2) or {@code -Pbenchmark,postgres}. It prints a table and writes
 * it to {@code target/benchmark-<database>.md}; it fails only when the seeded data is inconsistent.
 */
@Tag("benchmark")
class IdeasBenchmark extends KaribuTest {

    static final int MEMBERS = Integer.getInteger("rada.benchmark.members", 10_000);
    static final int IDEAS = Integer.getInteger("rada.benchmark.ideas", 100_000);
    static final int VOTES = Integer.getInteger("rada.benchmark.votes", 1_000_000);
    static final int RUNS = Integer.getInteger("rada.benchmark.runs", 200);
    static final int WARM_UP = 50;
    static final int TOGGLES = 500;
    static final int SESSIONS = Integer.getInteger("rada.benchmark.sessions", 50);
    static final int PAGE = 20;
    /** Inflected forms absent from the seeded vocabulary whose lemma or stem is in it. */
    static final String[] POLISH_FORMS = {"lodówkami", "fakturach", "dostawę", "płatnościami", "zwrotami",
            "reklamacją", "paczkach", "kurierem", "umowie", "rabatów", "zamówieniach", "aplikacji", "kalendarzu",
            "powiadomieniami", "drukarką", "gwarancji"};
    static final String[] ENGLISH_FORMS = {"invoiced", "refunded", "ordering", "booked", "tracked", "scanners",
            "discounts", "reminders", "templates", "campaigns", "coupons", "repairs", "suppliers", "complaints"};
    static final Instant SEEDED_AT = IdeasSeed.NOW;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdeaAgendaService agenda;

    private final List<String> lines = new ArrayList<>();

    @Test
    void prints_the_figures_of_the_ideas_board() throws Exception {
        var seeded = new IdeasSeed(jdbc).seed(MEMBERS, IDEAS, VOTES);
        checkSeed(seeded);
        var database = TestProfiles.onPostgres() ? "PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
                : "H2 " + jdbc.queryForObject("select h2version()", String.class) + " (in memory)";
        line("# Ideas benchmark on " + database);
        line("");
        line(String.format(Locale.ROOT, "Seeded %,d members, %,d ideas, %,d votes, %,d search terms in %.1f s",
                MEMBERS, IDEAS, VOTES, jdbc.queryForObject("select count(*) from idea_term", Long.class),
                seeded.took().toMillis() / 1000.0));
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + LocalDate.now()
                + ", load average before measuring: " + loadAverage());
        line("");
        line("| what | runs | p50 ms | p95 ms | max ms | target p95 | met |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");

        var member = member(seeded, 0);
        login(member);

        for (var sort : BoardSort.values()) {
            var times = measure(RUNS, i -> ideas.board(BoardFilter.all(), sort, 0, PAGE),
                    result -> assertThat(result).hasSize(PAGE));
            row("board, first page, " + sort.param(), times, 50);
        }
        var count = measure(RUNS, i -> ideas.count(BoardFilter.all()), result -> assertThat(result).isPositive());
        row("board, count of all (informative)", count, 50);

        // search on the default sort, through the words of the vocabulary (common and rare ones alike)
        var words = seeded.words();
        plans(words);
        var oneWord = measure(RUNS, i -> ideas.board(BoardFilter.all().withText(words[i % words.length]),
                BoardSort.TRENDING, 0, PAGE), result -> { });
        row("search, 1 word", oneWord, 150);
        var twoWords = measure(RUNS, i -> ideas.board(BoardFilter.all().withText(
                words[i % 40] + " " + words[(i * 7 + 13) % words.length]), BoardSort.TRENDING, 0, PAGE), result -> { });
        row("search, 2 words", twoWords, 150);
        var prefix = measure(RUNS, i -> ideas.board(BoardFilter.all().withText(
                words[i % words.length].substring(0, Math.min(4, words[i % words.length].length()))),
                BoardSort.TRENDING, 0, PAGE), result -> { });
        row("search, 1 word prefix (first 4 letters)", prefix, 150);

        // forms the corpus never spells this way: found only through their Polish lemma or English stem
        var polish = measure(RUNS, i -> ideas.board(BoardFilter.all().withText(POLISH_FORMS[i % POLISH_FORMS.length]),
                BoardSort.TRENDING, 0, PAGE), result -> assertThat(result).isNotEmpty());
        row("search, Polish form not in the corpus (lodówkami → lodówka…)", polish, 150);
        var english = measure(RUNS, i -> ideas.board(BoardFilter.all().withText(ENGLISH_FORMS[i % ENGLISH_FORMS.length]),
                BoardSort.TRENDING, 0, PAGE), result -> assertThat(result).isNotEmpty());
        row("search, English form not in the corpus (invoiced → invoice…)", english, 150);

        row("vote toggle", toggles(seeded), 20);

        // the start page's own queries, which must stay within the board's target at this size
        var news = measure(RUNS, i -> agenda.newsSince(SEEDED_AT.minus(Duration.ofDays(30)), 5), result -> { });
        row("start page, member: news on my and followed ideas", news, 50);
        var pulse = measure(RUNS, i -> agenda.pulseWaiting(5), result -> { });
        row("start page, member: \"did this solve it?\" waiting", pulse, 50);
        login(staff(member));
        var firstAnswers = measure(RUNS, i -> agenda.firstAnswers(5),
                result -> assertThat(result.oldest()).hasSize(5));
        row("start page, staff: ideas waiting for a first answer, oldest first, with counts", firstAnswers, 50);
        var reports = measure(RUNS, i -> agenda.openReports(), result -> { });
        row("start page, staff: open reports", reports, 50);
        login(member);

        line("");
        line("Load average after the timings: " + loadAverage());
        line("");
        heapPerSession(member);
        System.out.println();
        lines.forEach(System.out::println);
        write(database);
    }

    /**
     * The plans of the two shapes the board's search takes (see IdeaStore): driven by the ideas with a
     * rare word, or reading the board in order and checking each idea for the words. Written to
     * target/benchmark-<database>-plans.txt, for when a figure misses its target.
     */
    private void plans(String[] words) throws IOException {
        var select = """
                SELECT i.id, i.title, i.vote_count FROM idea i WHERE i.listed = TRUE""";
        var order = " ORDER BY i.listed DESC, i.trending_score DESC, i.id DESC LIMIT 20";
        var wordOrder = " ORDER BY i.trending_score DESC, i.id DESC LIMIT 20";
        var explain = TestProfiles.onPostgres() ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        var out = new StringBuilder();
        String common = words[0];
        String rare = words[words.length - 1];
        String[][] cases = {
                {"board without search", select + order},
                {"common word, board order", select + exists(0, common) + order},
                {"rare word, from its ideas", select + " AND i.id IN (SELECT s0.idea_id FROM idea_term s0 WHERE " + match("s0", rare) + ")" + wordOrder},
                {"two words, rare one first", select + " AND i.id IN (SELECT s0.idea_id FROM idea_term s0 WHERE " + match("s0", rare) + ")" + exists(1, common) + wordOrder},
                {"two common words, board order", select + exists(0, words[1]) + exists(1, words[2]) + order}};
        for (var c : cases) {
            long start = System.nanoTime();
            var plan = jdbc.queryForList(explain + c[1], String.class);
            out.append("== ").append(c[0]).append(String.format(Locale.ROOT, " (%.1f ms)%n", (System.nanoTime() - start) / 1e6));
            plan.forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
        var file = Path.of("target", "benchmark-" + (TestProfiles.onPostgres() ? "postgres" : "h2") + "-plans.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static String fold(String word) {
        return WordForms.fold(word);
    }

    private static String exists(int n, String word) {
        return " AND EXISTS (SELECT 1 FROM idea_term s" + n + " WHERE s" + n + ".idea_id = i.id AND " + match("s" + n, word) + ")";
    }

    /** The same match as IdeaStore's search, with the word written into the SQL for EXPLAIN. */
    private static String match(String alias, String word) {
        var prefix = fold(word);
        var last = prefix.charAt(prefix.length() - 1);
        var after = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        return alias + ".term >= '" + prefix + "' AND " + alias + ".term < '" + after + "'";
    }

    /** Other work on the machine shows in the timings; the 1, 5 and 15 minute load averages say how much. */
    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void checkSeed(IdeasSeed.Seeded seeded) {
        // the demo programme's ideas and votes are there too; only the seeded ones are counted
        assertThat(jdbc.queryForObject("select count(*) from idea_vote where idea_id >= ?", Long.class,
                seeded.firstIdeaId())).isEqualTo((long) VOTES);
        assertThat(jdbc.queryForObject("select sum(vote_count) from idea where id >= ?", Long.class,
                seeded.firstIdeaId())).isEqualTo((long) VOTES);
        assertThat(jdbc.queryForObject("select sum(weighted_votes) from idea", Long.class))
                .isEqualTo(jdbc.queryForObject("select sum(weight) from idea_vote", Long.class));
        assertThat(jdbc.queryForObject("""
                select count(*) from idea i where i.id >= ? and i.vote_count <>
                  (select count(*) from idea_vote v where v.idea_id = i.id)""", Long.class, seeded.firstIdeaId()))
                .isZero();
    }

    private static RadaUser staff(RadaUser member) {
        return new RadaUser(member.personId(), member.email(), "Benchmark staff", null, EnumSet.of(Role.STAFF), null,
                Language.EN, Appearance.SYSTEM, true);
    }

    private RadaUser member(IdeasSeed.Seeded seeded, int index) {
        long id = seeded.memberIds()[index];
        var email = jdbc.queryForObject("select email from person where id = ?", String.class, id);
        var organisation = jdbc.queryForObject("select organisation_id from person where id = ?", Long.class, id);
        return new RadaUser(id, email, "Benchmark member", null, EnumSet.of(Role.CUSTOMER), organisation, Language.EN,
                Appearance.SYSTEM, true);
    }

    interface Call<T> {
        T run(int i);
    }

    interface Check<T> {
        void accept(T result);
    }

    private static <T> double[] measure(int runs, Call<T> call, Check<T> check) {
        for (int i = 0; i < WARM_UP; i++) {
            check.accept(call.run(i));
        }
        var millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var result = call.run(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
            check.accept(result);
        }
        return millis;
    }

    /** Votes given and taken back on ideas of every popularity: each idea is toggled twice, so nothing changes. */
    private double[] toggles(IdeasSeed.Seeded seeded) {
        var random = new Random(7);
        var ids = jdbc.queryForList("select id from idea where listed = true and status <> 'MERGED' order by id", Long.class);
        for (int i = 0; i < WARM_UP; i += 2) {
            long idea = ids.get(random.nextInt(ids.size()));
            ideas.toggleVote(idea);
            ideas.toggleVote(idea);
        }
        var millis = new double[TOGGLES];
        for (int i = 0; i < TOGGLES; i += 2) {
            long idea = ids.get(random.nextInt(ids.size()));
            for (int j = 0; j < 2; j++) {
                long start = System.nanoTime();
                ideas.toggleVote(idea);
                millis[i + j] = (System.nanoTime() - start) / 1e6;
            }
        }
        assertThat(jdbc.queryForObject("select sum(vote_count) from idea", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from idea_vote", Long.class));
        return millis;
    }

    /**
     * Opens many mock sessions of one servlet and divides the growth of the heap (after GC) by their
     * number: once with the member logged in on the start page, once with the board open as well, so the
     * board's own share shows. Until the board view exists, a stand-in holding the first page of cards is
     * measured.
     */
    private void heapPerSession(RadaUser member) throws Exception {
        var servlet = ((VaadinServletService) VaadinService.getCurrent()).getServlet();
        Function0<UI> uiFactory = UI::new;
        boolean boardView = boardViewExists();
        var kept = new ArrayList<Object>();
        IntConsumer open = board -> {
            MockVaadin.setup(uiFactory, servlet);
            login(member);
            if (board == 1 && boardView) {
                UI.getCurrent().navigate("ideas");
            } else if (board == 1) {
                UI.getCurrent().add(standIn(ideas.board(BoardFilter.all(), BoardSort.TRENDING, 0, PAGE)));
            }
            // what a real response does: the changes sent to the browser are no longer kept (Karibu sends none)
            UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
            kept.add(VaadinSession.getCurrent());
            kept.add(VaadinSession.getCurrent().getSession());
        };
        for (int i = 0; i < 5; i++) {
            open.accept(1);
        }
        long start = usedAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            open.accept(0);
        }
        long shellOnly = usedAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            open.accept(1);
        }
        long withBoard = usedAfterGc();
        double shell = (shellOnly - start) / 1024.0 / SESSIONS;
        double session = (withBoard - shellOnly) / 1024.0 / SESSIONS;
        var what = boardView ? "BoardView (route ideas)" : "stand-in: first page of 20 cards (BoardView not there yet)";
        line("| heap per session | sessions | KB per session | target | met |");
        line("| --- | ---: | ---: | ---: | --- |");
        line(String.format(Locale.ROOT, "| logged in, start page only (informative) | %d | %.0f | | |", SESSIONS, shell));
        line(String.format(Locale.ROOT, "| logged in, board open: %s | %d | %.0f | 300 | %s |", what, SESSIONS,
                session, session <= 300 ? "yes" : "NO"));
        line(String.format(Locale.ROOT, "| the board's own share (difference) | %d | %.0f | | |", SESSIONS,
                session - shell));
        assertThat(kept).hasSize(2 * (2 * SESSIONS + 5));
    }

    private static boolean boardViewExists() {
        try {
            Class.forName("app.rada.ideas.ui.BoardView");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Div standIn(List<IdeaCard> cards) {
        var board = new Div();
        for (var card : cards) {
            var votes = new Button(card.voteCount() + " votes");
            board.add(new Div(new H3(card.title()), new Paragraph(card.excerpt()),
                    new Span(card.authorName().orElse("Former member")), new Span(card.status().name()),
                    new Span(card.commentCount() + " comments"), votes));
        }
        return board;
    }

    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void row(String what, double[] millis, double target) {
        var sorted = millis.clone();
        Arrays.sort(sorted);
        double p95 = percentile(sorted, 95);
        line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %s |", what, sorted.length,
                percentile(sorted, 50), p95, sorted[sorted.length - 1], target, p95 <= target ? "yes" : "NO"));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void line(String text) {
        System.out.println(text);
        lines.add(text);
    }

    private void write(String database) throws IOException {
        var file = Path.of("target", "benchmark-" + (TestProfiles.onPostgres() ? "postgres" : "h2") + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        System.out.println("Written to " + file.toAbsolutePath() + " (" + database + ")");
    }
}
