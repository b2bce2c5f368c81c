package io.evzone.ocpp.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed messages are exactly what the generator makes of the committed schemas: nobody edited them. */
class GeneratedSourcesAreUpToDateTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void everyGeneratedFileMatchesTheGeneratorsOutput() throws IOException {
        Map<Path, String> expected = MessageGenerator.generate(MODULE);

        Set<Path> committed;
        try (Stream<Path> files = Files.walk(MODULE.resolve(MessageGenerator.GENERATED_ROOT))) {
            committed =
                    files.filter(Files::isRegularFile).map(MODULE::relativize).collect(Collectors.toSet());
        }

        assertThat(committed)
                .as("files under " + MessageGenerator.GENERATED_ROOT)
                .isEqualTo(expected.keySet());
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            assertThat(Files.readString(MODULE.resolve(file.getKey())))
                    .as(file.getKey() + " (run ocpp/tools/regenerate.sh)")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void enumValuesBecomeReadableConstants() {
        assertThat(EnumEmitter.constantName("SuspendedEVSE")).isEqualTo("SUSPENDED_EVSE");
        assertThat(EnumEmitter.constantName("Energy.Active.Import.Register"))
                .isEqualTo("ENERGY_ACTIVE_IMPORT_REGISTER");
        assertThat(EnumEmitter.constantName("L1-N")).isEqualTo("L1_N");
        assertThat(EnumEmitter.constantName("kWh")).isEqualTo("K_WH");
        assertThat(EnumEmitter.constantName("EVConnected")).isEqualTo("EV_CONNECTED");
        assertThat(EnumEmitter.constantName("s309-1P-16A")).isEqualTo("S309_1P_16A");
    }

    @Test
    void schemaFilesAreNamedAfterTheirAction() {
        assertThat(SchemaImport.fileName("urn:Authorize.req")).isEqualTo("AuthorizeRequest.json");
        assertThat(SchemaImport.fileName("urn:Authorize.conf")).isEqualTo("AuthorizeResponse.json");
    }
}
