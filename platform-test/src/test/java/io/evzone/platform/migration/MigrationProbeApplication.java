package io.evzone.platform.migration;

import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with one migration, to prove the migrate-only mode. */
@SpringBootApplication
@EvzoneService(name = "migration-probe", port = 0)
public class MigrationProbeApplication {}
