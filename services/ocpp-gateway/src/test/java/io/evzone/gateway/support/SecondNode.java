package io.evzone.gateway.support;

import static org.awaitility.Awaitility.await;

import io.evzone.gateway.GatewayServiceApplication;
import io.evzone.gateway.bridge.Questions;
import io.evzone.gateway.command.CommandRouter;
import io.evzone.platform.test.TestInfrastructureInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another gateway node in the same JVM: the whole {@link GatewayServiceApplication} on its own port
 * with its own node id, on the same embedded PostgreSQL, Kafka and Redis as the test context. The
 * test-only {@link DomainServices} and {@link ChargerEvents} stay in the test context alone.
 */
public final class SecondNode implements AutoCloseable {

    /** Set on the second node so that the test-only listeners are not created twice. */
    public static final String PROPERTY = "evzone.test.second-node";

    public final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the node and waits until its listeners have their partitions.
     *
     * @param settings further command-line settings of this node, e.g. {@code --evzone.gateway.max-chargers=2}
     */
    public static SecondNode start(String nodeId, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--evzone.gateway.node-id=" + nodeId,
                "--evzone.gateway.question-timeout=3s",
                "--evzone.gateway.boot-question-timeout=3s",
                "--evzone.gateway.call-timeout=5s",
                "--" + PROPERTY + "=true"));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayServiceApplication.class)
                .initializers(new TestInfrastructureInitializer())
                // Command-line arguments outrank the service defaults (port 3003) the platform derives.
                .run(arguments.toArray(String[]::new));
        SecondNode node = new SecondNode(context);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> context.getBean(Questions.class).ready()
                        && context.getBean(CommandRouter.class).ready());
        return node;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
