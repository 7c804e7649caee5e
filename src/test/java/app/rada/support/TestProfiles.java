package app.rada.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run on H2 by default and on the local PostgreSQL server when {@code -Drada.test.db=postgres}
 * (the Maven {@code postgres} profile sets it).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
    }

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("rada.test.db", ""));
    }
}
