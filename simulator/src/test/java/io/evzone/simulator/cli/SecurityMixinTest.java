package io.evzone.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

class SecurityMixinTest {

    private static SecurityMixin parsed(String... command) {
        String[] args = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(command), java.util.stream.Stream.of("--ca-cert", "data/pki/ca.pem"))
                .toArray(String[]::new);
        ParseResult result = SimulatorMain.commandLine().parseArgs(args).subcommand();
        Object parsed = result.commandSpec().userObject();
        return parsed instanceof SimulateCommand simulate ? simulate.tls : ((BenchCommand) parsed).tls;
    }

    @Test
    void simulateAndBenchTrustTheCaCertificateGivenWithOneFlag() {
        for (String[] command : new String[][] {{"simulate"}, {"bench", "connections"}}) {
            var security = parsed(command).with(null);

            assertThat(security.truststore()).as(command[0]).isEqualTo(Path.of("data/pki/ca.pem"));
            assertThat(security.needsCustomTls()).as(command[0]).isTrue();
        }
    }
}
