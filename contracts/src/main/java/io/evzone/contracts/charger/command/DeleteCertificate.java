package io.evzone.contracts.charger.command;

public record DeleteCertificate(Certificates.Hash hash) implements ChargerCommand {

    public DeleteCertificate {
        Fields.required(hash, "hash");
    }
}
