package io.evzone.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {

    @Test
    void readsKeysValuesQuotesAndComments() {
        Map<String, String> values = DotEnv.parse("""
                # a comment
                JWT_SECRET="quoted value # not a comment"
                export KAFKA_BROKERS=localhost:9092
                REDIS_PORT=6380 # trailing comment
                EMPTY=
                not a pair
                """);

        assertThat(values)
                .containsEntry("JWT_SECRET", "quoted value # not a comment")
                .containsEntry("KAFKA_BROKERS", "localhost:9092")
                .containsEntry("REDIS_PORT", "6380")
                .containsEntry("EMPTY", "")
                .hasSize(4);
    }
}
