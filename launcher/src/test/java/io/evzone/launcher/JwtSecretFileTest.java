package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretFileTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesAStrongSecretOnceAndKeepsIt() throws Exception {
        String first = JwtSecretFile.readOrCreate(dataDir);
        String again = JwtSecretFile.readOrCreate(dataDir);

        assertThat(first).hasSizeGreaterThanOrEqualTo(64).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))))
                .isEqualTo("rw-------");
    }

    @Test
    void everyDataDirectoryGetsItsOwnSecret(@TempDir Path other) {
        assertThat(JwtSecretFile.readOrCreate(dataDir)).isNotEqualTo(JwtSecretFile.readOrCreate(other));
    }
}
