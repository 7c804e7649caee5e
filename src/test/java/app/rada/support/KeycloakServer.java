package app.rada.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak for single sign-on tests: the distribution the {@code browser} profile unpacks into
 * {@code target/keycloak}, started in development mode on free ports with an in-memory database and the test
 * realm imported, and stopped with the JVM at the latest. Its output goes to {@code target/keycloak.log}.
 */
public final class KeycloakServer {

    /** A first start builds Keycloak's runtime and imports the realm; two busy cores can take minutes. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

    private final Process process;
    private final int port;
    private final String realm;

    private KeycloakServer(Process process, int port, String realm) {
        this.process = process;
        this.port = port;
        this.realm = realm;
    }

    /**
     * Starts Keycloak with the realm file from the test resources and waits until the realm answers.
     *
     * @param realmResource the realm's JSON under src/test/resources, e.g. {@code sso/rada-realm.json}
     * @param realm the realm's name inside that file
     */
    public static KeycloakServer start(String realmResource, String realm) {
        var home = Path.of(Objects.requireNonNull(System.getProperty("rada.test.keycloak"),
                "rada.test.keycloak is not set: run with the browser profile, which unpacks Keycloak"));
        var script = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No Keycloak at " + home + " (run with -Pbrowser to unpack it)");
        }
        try (var realmFile = KeycloakServer.class.getClassLoader().getResourceAsStream(realmResource)) {
            var imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Objects.requireNonNull(realmFile, realmResource), imports.resolve(realm + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            int managementPort = freePort();
            var command = new ArrayList<>(List.of(script.toString(), "start-dev", "--http-port=" + port,
                    "--http-management-port=" + managementPort, "--import-realm", "--db=dev-mem",
                    "--hostname-strict=false"));
            var builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "keycloak.log").toFile());
            // Keycloak needs JDK 21 or later: the one running the tests
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
            var server = new KeycloakServer(builder.start(), port, realm);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        var started = Instant.now();
        var deadline = started.plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped with " + process.exitValue()
                        + "; see target/keycloak.log");
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.info("Keycloak answered after {} s", Duration.between(started, Instant.now()).toSeconds());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + "; see target/keycloak.log");
    }

    public String issuer() {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    public void stop() {
        if (process.isAlive()) {
            // the script starts the server as a child: end both
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
