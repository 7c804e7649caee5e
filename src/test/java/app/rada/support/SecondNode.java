package app.rada.support;

import app.rada.Application;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A second node for tests of what holds across nodes: another application context of Rada on the
 * database of the test's own context (node A). Meaningful on PostgreSQL only, where both contexts
 * reach the same database server. Node B starts the first time a test asks for it (which takes a few
 * seconds), serves every later test of the same node A, and closes when node A closes.
 */
public final class SecondNode {

    private static final Map<ApplicationContext, ConfigurableApplicationContext> RUNNING = new IdentityHashMap<>();

    private SecondNode() {
    }

    /**
     * Node B for node A, started if it is not running yet. Afterwards the login a thread sets through
     * {@link SecurityContextHolder} (as {@code SystemActor} does) is seen by the access checks of both
     * nodes, so work on this thread may call services of either.
     */
    public static synchronized ConfigurableApplicationContext of(ApplicationContext nodeA) {
        var nodeB = RUNNING.get(nodeA);
        if (nodeB == null || !nodeB.isActive()) {
            var environment = nodeA.getEnvironment();
            // no shutdown hook of its own: node B closes with node A, before node A's database goes away
            nodeB = new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                    .registerShutdownHook(false).profiles("test").run("--server.port=0",
                            "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                            "--spring.datasource.username="
                                    + environment.getRequiredProperty("spring.datasource.username"),
                            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                            "--rada.demo.enabled=false");
            RUNNING.put(nodeA, nodeB);
            ((ConfigurableApplicationContext) nodeA).addApplicationListener(new ClosesFirst(nodeA));
        }
        SecurityContextHolder.setContextHolderStrategy(securityContexts(nodeA));
        return nodeB;
    }

    /**
     * Where {@link SecurityContextHolder} keeps logins while node A is the test's context: node A's own
     * strategy, or, while node B runs, one that hands each login to both nodes. Each node checks
     * access with the strategy it created (they keep logins apart), and the holder has room for one.
     */
    public static synchronized SecurityContextHolderStrategy securityContexts(ApplicationContext nodeA) {
        var own = nodeA.getBean(SecurityContextHolderStrategy.class);
        var nodeB = RUNNING.get(nodeA);
        if (nodeB == null || !nodeB.isActive()) {
            return own;
        }
        return new BothNodes(own, nodeB.getBean(SecurityContextHolderStrategy.class));
    }

    private record BothNodes(SecurityContextHolderStrategy a, SecurityContextHolderStrategy b)
            implements SecurityContextHolderStrategy {

        @Override
        public void clearContext() {
            a.clearContext();
            b.clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return a.getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return a.getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            a.setContext(context);
            b.setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            a.setDeferredContext(deferredContext);
            b.setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return a.createEmptyContext();
        }
    }

    /** Closes node B when node A starts closing, before node A's database is dropped. */
    private record ClosesFirst(ApplicationContext nodeA) implements ApplicationListener<ContextClosedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            if (event.getApplicationContext() != nodeA) {
                return;
            }
            ConfigurableApplicationContext nodeB;
            synchronized (SecondNode.class) {
                nodeB = RUNNING.remove(nodeA);
            }
            if (nodeB != null) {
                nodeB.close();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
