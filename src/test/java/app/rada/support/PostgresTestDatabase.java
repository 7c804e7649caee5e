package app.rada.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test context under the {@code test-postgres} profile a database of its own on the local
 * PostgreSQL server, and drops it once the context has closed.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.matchesProfiles("test-postgres")) {
            return;
        }
        var adminUrl = environment.getRequiredProperty("rada.test.postgres.admin-url");
        var user = environment.getRequiredProperty("rada.test.postgres.user");
        var password = environment.getProperty("rada.test.postgres.password", "");
        var name = "rada_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        var url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
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

    private static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql, e);
        }
    }
}
