package app.rada.benchmark;

import app.rada.ideas.internal.Trending;
import app.rada.shared.search.WordForms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with a large programme for the benchmark: members in organisations of the demo
 * segments, ideas written from a small Polish and English vocabulary with some inflected forms (so a
 * search word matches some ideas, not all), their search terms made by {@link WordForms} as the
 * application makes them, and votes spread with a strong skew. The idea counters are
 * computed from the votes, exactly as the vote toggle would have left them. Multi-row inserts in JDBC
 * batches keep it to seconds on two cores.
 */
final class IdeasSeed {

    static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    static final Instant FIRST_IDEA = Instant.parse("2025-01-01T00:00:00Z");
    static final int MAX_VOTES_PER_IDEA = 5000;

    /** Words people write about a customer programme; the first ones are the most frequent. */
    static final String[] WORDS = ("""
            aplikacja app faktura invoice płatność payment zwrot refund dostawa delivery konto account raport report
            mobilny mobile eksport export powiadomienie notification logowanie login hasło password wyszukiwanie search
            kalendarz calendar rezerwacja booking klient customer zamówienie order magazyn warehouse cena price rabat
            discount umowa contract termin deadline kurier courier paczka parcel szybszy faster prostszy simpler
            tryb mode ciemny dark język language polski polish angielski english integracja integration api webhook
            pulpit dashboard wykres chart filtr filter sortowanie sorting tabela table kolumna column import csv excel
            pdf druk print etykieta label kod code kreskowy barcode skaner scanner lojalność loyalty punkty points
            nagroda reward ankieta survey opinia feedback ocena rating komentarz comment załącznik attachment zdjęcie
            photo wideo video czat chat wsparcie support zgłoszenie ticket historia history archiwum archive kopia
            backup bezpieczeństwo security uprawnienia permissions rola role użytkownik user zespół team oddział branch
            sklep shop koszyk basket subskrypcja subscription abonament plan limit quota przypomnienie reminder
            harmonogram schedule grafik roster pracownik employee urlop leave godziny hours nadgodziny overtime
            wypłata payroll podatek tax vat księgowość accounting bank przelew transfer karta card blik terminal
            kasa till paragon receipt gwarancja warranty reklamacja complaint serwis service naprawa repair części
            parts dostawca supplier hurtownia wholesale trasa route mapa map lokalizacja location pogoda weather
            śledzenie tracking status stan szablon template wiadomość message email sms newsletter kampania campaign
            kupon coupon promocja promotion stolik table menu alergeny allergens kuchnia kitchen pokój room hotel
            zameldowanie checkin wymeldowanie checkout sprzątanie housekeeping recepcja reception gość guest
            wielojęzyczny multilingual dostępność accessibility czytnik reader klawiatura keyboard kontrast contrast
            offline synchronizacja sync tablet telefon phone drukarka printer wydajność performance błąd bug awaria
            outage spowolnienie slowdown faktury płatności zwrotu dostawy konta raportu powiadomienia zamówienia
            kuriera paczki paczkę umowy rabatu reklamacji naprawy lodówka lodówki lodówkę pralki dostaw zwrotów
            deliveries refunds invoices payments orders""").trim().split("\\s+");

    static final String[] FIRST_NAMES = {"Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka",
            "Michał", "Joanna", "Krzysztof", "Emma", "Oliver", "Sophie", "James", "Łucja", "Żaneta", "Grzegorz", "Ewa"};
    static final String[] LAST_NAMES = {"Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski",
            "Zielińska", "Szymański", "Dąbrowska", "Kozłowski", "Smith", "Brown", "Taylor", "Jankowska", "Mazur"};
    static final String[] STATUSES = {"NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED", "MERGED"};
    static final int[] STATUS_PERCENT = {50, 15, 10, 5, 10, 8, 2};

    /** What the benchmark needs to know about the seeded data. */
    record Seeded(long[] memberIds, int[] memberWeights, long firstIdeaId, int ideas, int votes, String[] words,
                  Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20261123L);
    private final double[] wordCumulative;

    IdeasSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // Zipf-like word frequencies: word k is used about 1/(k+3) as often as the first
        wordCumulative = new double[WORDS.length];
        double sum = 0;
        for (int k = 0; k < WORDS.length; k++) {
            sum += 1.0 / (k + 3);
            wordCumulative[k] = sum;
        }
        for (int k = 0; k < WORDS.length; k++) {
            wordCumulative[k] /= sum;
        }
    }

    Seeded seed(int members, int ideas, int votes) {
        long started = System.nanoTime();
        var segments = jdbc.queryForList("select id, vote_weight from segment order by vote_weight desc, id");
        if (segments.isEmpty()) {
            throw new IllegalStateException("The demo segments are missing");
        }
        long organisationBase = maxId("organisation") + 1;
        long personBase = maxId("person") + 1;
        long ideaBase = maxId("idea") + 1;
        long categoryBase = maxId("idea_category") + 1;

        // 200 organisations across the demo segments: a few strategic, more growth, most standard
        int organisations = 200;
        long[] organisationSegment = new long[organisations];
        int[] organisationWeight = new int[organisations];
        var now = at(NOW);
        inConnection(connection -> {
            try (var rows = new MultiRowInsert(connection, "organisation",
                    "id, name, segment_id, notes, active, created_at", 200)) {
                for (int o = 0; o < organisations; o++) {
                    int segment = o % 10 < 2 ? 0 : o % 10 < 5 ? 1 : 2;
                    var row = segments.get(Math.min(segment, segments.size() - 1));
                    organisationSegment[o] = ((Number) row.get("id")).longValue();
                    organisationWeight[o] = ((Number) row.get("vote_weight")).intValue();
                    rows.add(organisationBase + o, "Benchmark organisation " + o, organisationSegment[o], null, true, now);
                }
            }
            try (var rows = new MultiRowInsert(connection, "idea_category", "id, code, name_en, name_pl, sort_order", 50)) {
                String[][] categories = {{"app", "Mobile app", "Aplikacja mobilna"}, {"billing", "Billing", "Rozliczenia"},
                        {"delivery", "Delivery", "Dostawa"}, {"reports", "Reports", "Raporty"}, {"support", "Support", "Wsparcie"}};
                for (int c = 0; c < categories.length; c++) {
                    rows.add(categoryBase + c, "bench-" + categories[c][0], categories[c][1], categories[c][2], 100 + c);
                }
            }
        });

        long[] memberIds = new long[members];
        int[] memberWeights = new int[members];
        inConnection(connection -> {
            try (var people = new MultiRowInsert(connection, "person",
                    "id, email, name, organisation_id, language, appearance, active, created_at, version", 500);
                 var roles = new MultiRowInsert(connection, "person_role", "person_id, role", 1000, people)) {
                for (int m = 0; m < members; m++) {
                    int organisation = m % organisations;
                    long id = personBase + m;
                    memberIds[m] = id;
                    memberWeights[m] = organisationWeight[organisation];
                    var name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                            + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                    people.add(id, "member" + m + "@benchmark.example", name, organisationBase + organisation,
                            m % 3 == 0 ? "en" : "pl", "SYSTEM", true, now, 0);
                    roles.add(id, m % 20 == 0 ? "BOARD_MEMBER" : "CUSTOMER");
                }
            }
        });

        // how many votes each idea gets: idea of popularity rank r gets about 1/(r+50) of them
        int[] voteCounts = skewedCounts(ideas, votes);
        Instant[] created = new Instant[ideas];
        long span = Duration.between(FIRST_IDEA, NOW.minus(Duration.ofDays(1))).toSeconds();
        for (int i = 0; i < ideas; i++) {
            created[i] = FIRST_IDEA.plusSeconds((long) (random.nextDouble() * span));
        }
        // the votes, kept in plain arrays: idea index, member index, time
        int[] voteIdea = new int[votes];
        int[] voteMember = new int[votes];
        long[] voteAt = new long[votes];
        int[] weighted = new int[ideas];
        double[] trending = new double[ideas];
        int v = 0;
        for (int i = 0; i < ideas; i++) {
            int n = voteCounts[i];
            int start = random.nextInt(members);
            int step = coprimeStep(members);
            long window = Math.max(1, Duration.between(created[i], NOW).toSeconds());
            for (int k = 0; k < n; k++) {
                int member = (int) ((start + (long) k * step) % members);
                var at = created[i].plusSeconds((long) (random.nextDouble() * window));
                voteIdea[v] = i;
                voteMember[v] = member;
                voteAt[v] = at.getEpochSecond();
                weighted[i] += memberWeights[member];
                v++;
            }
        }
        // trending is summed in vote order per idea, as the vote toggle would have done
        for (int x = 0; x < votes; x++) {
            trending[voteIdea[x]] += Trending.unit(Instant.ofEpochSecond(voteAt[x]));
        }

        // the terms the application stores for each word: the word and its Polish and English forms
        var forms = new WordForms();
        var termsOfWord = new ArrayList<Set<String>>(WORDS.length);
        for (var word : WORDS) {
            termsOfWord.add(forms.termsOfWord(word));
        }
        inConnection(connection -> {
            try (var rows = new MultiRowInsert(connection, "idea", """
                    id, title, description, category_id, author_id, visibility, moderation, status, listed, merged_into_id,
                    vote_count, weighted_votes, comment_count, trending_score, created_at, status_changed_at,
                    first_answer_at, last_answer_at, done_at, version""", 250);
                 var terms = new MultiRowInsert(connection, "idea_term", "term, idea_id", 2000, rows);
                 var followers = new MultiRowInsert(connection, "idea_follower", "idea_id, person_id", 2000, rows)) {
                for (int i = 0; i < ideas; i++) {
                    long id = ideaBase + i;
                    var used = new LinkedHashSet<Integer>();
                    var title = sentence(3 + random.nextInt(6), used);
                    if (title.length() > 120) {
                        title = title.substring(0, 120).strip();
                    }
                    var description = new StringBuilder();
                    int sentences = 1 + random.nextInt(3);
                    for (int s = 0; s < sentences; s++) {
                        description.append(sentence(6 + random.nextInt(10), used)).append(". ");
                    }
                    String status = status();
                    String visibility = random.nextInt(100) < 3 ? "STAFF" : "MEMBERS";
                    String moderation = random.nextInt(100) < 1 ? "PENDING" : "APPROVED";
                    boolean listed = visibility.equals("MEMBERS") && moderation.equals("APPROVED") && !status.equals("MERGED");
                    // merged into an idea sent in an earlier statement
                    Long mergedInto = status.equals("MERGED") && i >= 500 ? ideaBase + random.nextInt(i - 300) : null;
                    Instant firstAnswer = null;
                    Instant lastAnswer = null;
                    Instant done = null;
                    if (!status.equals("NEW")) {
                        long left = Duration.between(created[i], NOW).toSeconds();
                        firstAnswer = created[i].plusSeconds((long) (random.nextDouble() * left * 0.5));
                        lastAnswer = firstAnswer.plusSeconds(
                                (long) (random.nextDouble() * Duration.between(firstAnswer, NOW).toSeconds()));
                        if (status.equals("DONE")) {
                            done = lastAnswer;
                        }
                    }
                    Long category = random.nextInt(4) == 0 ? null : categoryBase + random.nextInt(5);
                    int comments = (int) Math.min(200, Math.floor(-Math.log(1 - random.nextDouble()) * (1 + voteCounts[i] / 20.0)));
                    long author = memberIds[random.nextInt(members)];
                    rows.add(id, title, description.toString().strip(), category, author, visibility, moderation,
                            status, listed, mergedInto, voteCounts[i], weighted[i], comments, trending[i], at(created[i]),
                            at(lastAnswer != null ? lastAnswer : created[i]), at(firstAnswer), at(lastAnswer), at(done), 0);
                    var distinct = new LinkedHashSet<String>();
                    for (int w : used) {
                        distinct.addAll(termsOfWord.get(w));
                    }
                    for (var term : distinct) {
                        terms.add(term, id);
                    }
                    followers.add(id, author);
                }
            }
        });

        inConnection(connection -> {
            try (var rows = new MultiRowInsert(connection, "idea_vote", "idea_id, person_id, weight, created_at", 1000)) {
                for (int x = 0; x < votes; x++) {
                    rows.add(ideaBase + voteIdea[x], memberIds[voteMember[x]], memberWeights[voteMember[x]],
                            at(Instant.ofEpochSecond(voteAt[x])));
                }
            }
        });

        // later inserts through the application take ids after the seeded ones
        for (var table : List.of("organisation", "person", "idea", "idea_category")) {
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId(table) + 1));
        }
        jdbc.execute("ANALYZE");
        return new Seeded(memberIds, memberWeights, ideaBase, ideas, votes, WORDS,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private String sentence(int words, Set<Integer> used) {
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int k = word();
            used.add(k);
            if (w > 0) {
                text.append(' ');
            }
            var word = WORDS[k];
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return text.toString();
    }

    private int word() {
        double r = random.nextDouble();
        int low = 0;
        int high = wordCumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (wordCumulative[mid] < r) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private String status() {
        int r = random.nextInt(100);
        for (int s = 0; s < STATUSES.length; s++) {
            r -= STATUS_PERCENT[s];
            if (r < 0) {
                return STATUSES[s];
            }
        }
        return "NEW";
    }

    private int[] skewedCounts(int ideas, int votes) {
        var rank = new int[ideas];
        for (int i = 0; i < ideas; i++) {
            rank[i] = i;
        }
        for (int i = ideas - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        double sum = 0;
        for (int r = 0; r < ideas; r++) {
            sum += 1.0 / (r + 50);
        }
        var counts = new int[ideas];
        long total = 0;
        for (int i = 0; i < ideas; i++) {
            counts[i] = (int) Math.min(MAX_VOTES_PER_IDEA, Math.floor(votes / sum / (rank[i] + 50)));
            total += counts[i];
        }
        while (total < votes) {
            int i = random.nextInt(ideas);
            if (counts[i] < MAX_VOTES_PER_IDEA) {
                counts[i]++;
                total++;
            }
        }
        return counts;
    }

    /** A step that visits every member once before repeating, so an idea never gets two votes from one member. */
    private int coprimeStep(int members) {
        while (true) {
            int step = 1 + random.nextInt(members - 1);
            if (gcd(step, members) == 1) {
                return step;
            }
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private void inConnection(SqlWork work) {
        inConnection(jdbc, work);
    }

    /** Runs the work on one connection in one transaction of its own, rolled back if it fails. */
    static void inConnection(JdbcTemplate jdbc, SqlWork work) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /**
     * INSERT ... VALUES (..), (..), ... with many rows per statement, sent in JDBC batches; the last,
     * partly filled statement is sent on close.
     */
    static final class MultiRowInsert implements AutoCloseable {

        private static final int STATEMENTS_PER_BATCH = 20;

        private final Connection connection;
        private final String table;
        private final String columns;
        private final int width;
        private final int rowsPerStatement;
        private final PreparedStatement full;
        private final List<Object[]> pending = new ArrayList<>();
        private final MultiRowInsert parent;
        private int batched;

        MultiRowInsert(Connection connection, String table, String columns, int rowsPerStatement) throws SQLException {
            this(connection, table, columns, rowsPerStatement, null);
        }

        /** Rows that refer to rows of {@code parent}: the parent's rows are always sent first. */
        MultiRowInsert(Connection connection, String table, String columns, int rowsPerStatement, MultiRowInsert parent)
                throws SQLException {
            this.parent = parent;
            this.connection = connection;
            this.table = table;
            this.columns = columns;
            this.width = columns.split(",").length;
            this.rowsPerStatement = rowsPerStatement;
            this.full = connection.prepareStatement(sql(rowsPerStatement));
        }

        private String sql(int rows) {
            var row = "(" + "?, ".repeat(width - 1) + "?)";
            var sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
            for (int r = 0; r < rows; r++) {
                sql.append(r == 0 ? "" : ", ").append(row);
            }
            return sql.toString();
        }

        void add(Object... values) throws SQLException {
            pending.add(values);
            if (pending.size() == rowsPerStatement) {
                bind(full, pending);
                full.addBatch();
                pending.clear();
                if (++batched == STATEMENTS_PER_BATCH) {
                    if (parent != null) {
                        parent.flush();
                    }
                    full.executeBatch();
                    batched = 0;
                }
            }
        }

        private void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
            int p = 1;
            for (var row : rows) {
                for (var value : row) {
                    statement.setObject(p++, value);
                }
            }
        }

        /** Sends every row added so far. */
        void flush() throws SQLException {
            if (parent != null) {
                parent.flush();
            }
            if (batched > 0) {
                full.executeBatch();
                batched = 0;
            }
            if (!pending.isEmpty()) {
                try (var rest = connection.prepareStatement(sql(pending.size()))) {
                    bind(rest, pending);
                    rest.executeUpdate();
                }
                pending.clear();
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                full.close();
            }
        }
    }
}
