package io.evzone.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedProcessTest {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    @TempDir
    Path directory;

    private Process process;

    @AfterEach
    void stopProcess() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void stopsTheProcessNamedInThePidFileWhenItStillRunsTheServer() throws IOException {
        Path pidFile = pidFileOf(startSleeping());

        OrphanedProcess.clear(pidFile, "sleep", STOP_WAIT);

        assertThat(process.isAlive()).isFalse();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void leavesAnUnrelatedProcessThatReusedThePidAloneAndRemovesThePidFile() throws IOException {
        Path pidFile = pidFileOf(startSleeping());

        OrphanedProcess.clear(pidFile, "postgres", STOP_WAIT);

        assertThat(process.isAlive()).isTrue();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void removesAPidFileThatHoldsNoProcessId() throws IOException {
        Path pidFile = Files.writeString(directory.resolve("server.pid"), "not a pid\n");

        OrphanedProcess.clear(pidFile, "postgres", STOP_WAIT);

        assertThat(pidFile).doesNotExist();
    }

    @Test
    void doesNothingWithoutAPidFile() {
        OrphanedProcess.clear(directory.resolve("server.pid"), "postgres", STOP_WAIT);

        assertThat(directory).isEmptyDirectory();
    }

    private Process startSleeping() throws IOException {
        process = new ProcessBuilder("sleep", "60").start();
        return process;
    }

    private Path pidFileOf(Process running) throws IOException {
        // Like postmaster.pid: the pid on the first line, more lines after it.
        return Files.writeString(directory.resolve("server.pid"), running.pid() + "\n/some/data/dir\n");
    }
}
