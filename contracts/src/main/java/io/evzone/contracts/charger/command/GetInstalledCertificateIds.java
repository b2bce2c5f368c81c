package io.evzone.contracts.charger.command;

import java.util.List;

/** The installed certificates of these uses; 1.6 asks for exactly one use, 2.0.1 for any (none: all). */
public record GetInstalledCertificateIds(List<Certificates.Use> uses) implements ChargerCommand {

    public GetInstalledCertificateIds {
        uses = Fields.list(uses, "uses", 0);
    }
}
