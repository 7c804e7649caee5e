package app.rada.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test context under the {@code test-postgres} profile a database of its own on the local
 * PostgreSQL server, and drops it once the context has closed.
 * <p>
 * With the system property {@code rada.test.postgres.database} set (for example
 * {@code -Drada.test.postgres.database=rada_cluster}), the context uses that existing database on the same
 * server instead: nothing is created and the database is never dropped, so a test can fill a database that
 * the portal's nodes use afterwards. Flyway migrates it as far as needed and the demo programme is loaded
 * only when it is empty, as on any start of the portal.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The system property naming an existing database to use instead of a fresh one. */
    public static final String EXISTING_DATABASE = "rada.test.postgres.database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.matchesProfiles("test-postgres")) {
            return;
        }
        var adminUrl = environment.getRequiredProperty("rada.test.postgres.admin-url");
        var user = environment.getRequiredProperty("rada.test.postgres.user");
        var password = environment.getProperty("rada.test.postgres.password", "");
        var existing = System.getProperty(EXISTING_DATABASE, "").strip();
        if (!existing.isEmpty()) {
            if (!existing.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalStateException(EXISTING_DATABASE + " is not a plain database name: " + existing);
            }
            use(environment, adminUrl, existing, user, password);
            return;
        }
        var name = "rada_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        use(environment, adminUrl, name, user, password);
        // registered before any bean, so destroyed after all of them: the pool is closed by then, and
        // beans that still read the database while the context closes find it there
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("postgresTestDatabase", () -> {
            try {
                // FORCE ends any connection still open
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        });
    }

    /** Points the context's data source at the named database on the admin URL's server. */
    private static void use(ConfigurableEnvironment environment, String adminUrl, String name, String user,
                            String password) {
        var url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql, e);
        }
    }
}
