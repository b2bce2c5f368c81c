package io.evzone.simulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar evzone-simulator.jar simulate|bench ...} ({@code ./evzone simulate|bench ...}). */
@Command(
        name = "evzone-simulator",
        mixinStandardHelpOptions = true,
        description = "OCPP 1.6 and 2.0.1 charge point simulator and load benchmark.",
        subcommands = {SimulateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class SimulatorMain implements Runnable {

    public static void main(String[] args) {
        // Our own name, so a Spring Boot application with this jar on its classpath never picks it up.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "evzone-simulator-logback.xml");
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new SimulatorMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
