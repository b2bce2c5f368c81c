package io.evzone.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.codec.ActionDefinition;
import io.evzone.ocpp.codec.ActionRegistry;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v201.Ocpp201;
import org.junit.jupiter.api.Test;

/** The OCA schemas kept as resources are the ones each action uses. */
class SchemaResourcesTest {

    @Test
    void ocpp16HasThirtyNineActionsAndOcpp201SixtyFour() {
        assertThat(Ocpp16.actions().all()).hasSize(39);
        assertThat(Ocpp201.actions().all()).hasSize(64);
    }

    @Test
    void eachActionUsesTheSchemasWithItsOwnId() {
        assertIds(Ocpp16.actions());
        assertIds(Ocpp201.actions());
    }

    private static void assertIds(ActionRegistry<?, ?> registry) {
        for (ActionDefinition<?, ?> action : registry.all()) {
            assertThat(action.requestSchema().document().get("$id").stringValue())
                    .isEqualTo("urn:" + action.name() + ".req");
            assertThat(action.responseSchema().document().get("$id").stringValue())
                    .isEqualTo("urn:" + action.name() + ".conf");
        }
    }
}
