package io.evzone.contracts.charger.command;

/** Install a root certificate (PEM). */
public record InstallCertificate(Certificates.Use use, String certificate) implements ChargerCommand {

    public InstallCertificate {
        Fields.required(use, "use");
        Fields.text(certificate, "certificate", 5500);
    }
}
