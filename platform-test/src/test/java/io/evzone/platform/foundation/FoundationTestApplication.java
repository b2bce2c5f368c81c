package io.evzone.platform.foundation;

import io.evzone.platform.EvzoneService;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.platform.outbox.Outbox;
import io.evzone.platform.security.Caller;
import io.evzone.platform.security.PublicEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built only from the platform, to prove what every real service inherits. */
@SpringBootApplication
@EvzoneService(name = "foundation-test", port = 0)
public class FoundationTestApplication {

    static final String TOPIC = "foundation.test.v1";
    static final String CONSUMER = "foundation-test-consumer";

    @Bean
    NewTopic foundationTopic() {
        return new NewTopic(TOPIC, 3, (short) 1);
    }

    @Bean
    PublicEndpoints foundationPublicEndpoints() {
        return PublicEndpoints.of(
                PublicEndpoints.get("/api/v1/widgets/public"), PublicEndpoints.post("/api/v1/widgets/public/raw"));
    }

    @Bean
    HandledEvents handledEvents() {
        return new HandledEvents();
    }

    public record WidgetCreated(String name) {}

    /** A response with members that have no value, to show how every service sends them. */
    public record WidgetView(String name, String colour, List<String> labels) {}

    public record NewWidget(
            @NotBlank String name, @Min(1) @Max(100) int quantity) {}

    /** Counts handler runs, which the idempotent consumer must keep at one per event. */
    public static class HandledEvents {
        final AtomicInteger runs = new AtomicInteger();
    }

    @RestController
    static class WidgetController {

        private final JdbcClient jdbc;
        private final Outbox outbox;

        WidgetController(JdbcClient jdbc, Outbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @GetMapping("/api/v1/widgets/public")
        Map<String, String> publicInfo() {
            return Map.of("status", "public");
        }

        @GetMapping("/api/v1/widgets/me")
        @PreAuthorize("hasAnyAuthority('widgets.read', 'platform.admin')")
        Map<String, String> me() {
            return Map.of("userId", Caller.current().userId());
        }

        @GetMapping("/api/v1/widgets/sample")
        @PreAuthorize("hasAuthority('widgets.read')")
        WidgetView sample() {
            return new WidgetView("sample", null, null);
        }

        @PostMapping("/api/v1/widgets")
        @ResponseStatus(HttpStatus.CREATED)
        @PreAuthorize("hasAuthority('widgets.write')")
        @Transactional
        Map<String, Object> create(@Valid @RequestBody NewWidget widget) {
            jdbc.sql("INSERT INTO widget (name, quantity) VALUES (:name, :quantity)")
                    .param("name", widget.name())
                    .param("quantity", widget.quantity())
                    .update();
            outbox.append(TOPIC, widget.name(), new WidgetCreated(widget.name()));
            return Map.of("name", widget.name(), "quantity", widget.quantity());
        }
    }

    @org.springframework.stereotype.Component
    static class WidgetListener {

        private final IdempotentConsumer consumer;
        private final JdbcClient jdbc;
        private final HandledEvents handled;

        WidgetListener(IdempotentConsumer consumer, JdbcClient jdbc, HandledEvents handled) {
            this.consumer = consumer;
            this.jdbc = jdbc;
            this.handled = handled;
        }

        @KafkaListener(topics = TOPIC)
        void on(ConsumerRecord<String, String> record) {
            consumer.handle(CONSUMER, record.value(), WidgetCreated.class, event -> {
                handled.runs.incrementAndGet();
                jdbc.sql(
                                "INSERT INTO received_event (event_id, name, correlation_id) VALUES (:id, :name, :correlationId)")
                        .param("id", event.eventId())
                        .param("name", event.payload().name())
                        .param("correlationId", MDC.get("correlationId"))
                        .update();
            });
        }
    }
}
