package app.rada.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The members the load runs log in as: customers like the demo's customer, with the demo password. */
final class LoadMembers {

    static final String PASSWORD = "demo";

    private LoadMembers() {
    }

    static String email(int n) {
        return String.format(Locale.ROOT, "member%04d@load.rada.demo", n);
    }

    /** Adds members 1 to {@code count} that are not there yet, copying the demo customer's settings. */
    static void seed(Connection db, int count) throws SQLException {
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
                + list + " from person where email = 'customer@rada.demo' "
                + "and not exists (select 1 from person where email = ?)");
                var role = db.prepareStatement("insert into person_role (person_id, role) select id, 'CUSTOMER' "
                        + "from person p where email = ? and not exists (select 1 from person_role r "
                        + "where r.person_id = p.id and r.role = 'CUSTOMER')")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, email(i));
                insert.setString(2, String.format(Locale.ROOT, "Load Member %04d", i));
                insert.setString(3, email(i));
                insert.addBatch();
                role.setString(1, email(i));
                role.addBatch();
            }
            insert.executeBatch();
            role.executeBatch();
        }
        db.commit();
    }
}
