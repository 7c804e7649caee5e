package app.rada.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The members the load runs log in as: customers like the demo's customer and staff like the demo's staff
 * member, with the demo password.
 */
final class LoadMembers {

    static final String PASSWORD = "demo";

    private LoadMembers() {
    }

    static String email(int n) {
        return String.format(Locale.ROOT, "member%04d@load.rada.demo", n);
    }

    static String staffEmail(int n) {
        return String.format(Locale.ROOT, "staff%03d@load.rada.demo", n);
    }

    /** Adds members 1 to {@code count} that are not there yet, copying the demo customer's settings. */
    static void seed(Connection db, int count) throws SQLException {
        seed(db, count, "customer@rada.demo", "CUSTOMER", LoadMembers::email, "Load Member %04d");
    }

    /** Adds staff 1 to {@code count} that are not there yet, copying the demo staff member's settings. */
    static void seedStaff(Connection db, int count) throws SQLException {
        seed(db, count, "staff@rada.demo", "STAFF", LoadMembers::staffEmail, "Load Staff %03d");
    }

    private static void seed(Connection db, int count, String model, String roleName, IntFunction<String> emails,
            String names) throws SQLException {
        db.setAutoCommit(false);
        var columns = new ArrayList<String>();
        try (var rs = db.getMetaData().getColumns(null, null, "person", null)) {
            while (rs.next()) {
                var name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!List.of("id", "email", "name", "version").contains(name)) {
                    columns.add(name);
                }
            }
        }
        var list = String.join(", ", columns);
        try (var insert = db.prepareStatement("insert into person (email, name, " + list + ") select ?, ?, "
                + list + " from person where email = '" + model + "' "
                + "and not exists (select 1 from person where email = ?)");
                var role = db.prepareStatement("insert into person_role (person_id, role) select id, '" + roleName + "' "
                        + "from person p where email = ? and not exists (select 1 from person_role r "
                        + "where r.person_id = p.id and r.role = '" + roleName + "')")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, emails.apply(i));
                insert.setString(2, String.format(Locale.ROOT, names, i));
                insert.setString(3, emails.apply(i));
                insert.addBatch();
                role.setString(1, emails.apply(i));
                role.addBatch();
            }
            insert.executeBatch();
            role.executeBatch();
        }
        db.commit();
    }

    /** The distinct words of the newest ideas' titles (at least three letters), in a stable order. */
    static List<String> vocabulary(Connection db) throws SQLException {
        var words = new TreeSet<String>();
        try (var query = db.prepareStatement("select title from idea order by id desc limit 20000");
                var rs = query.executeQuery()) {
            while (rs.next()) {
                for (var word : rs.getString(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 3) {
                        words.add(word);
                    }
                }
            }
        }
        return List.copyOf(words);
    }
}
