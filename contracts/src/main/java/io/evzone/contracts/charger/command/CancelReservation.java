package io.evzone.contracts.charger.command;

public record CancelReservation(Integer reservationId) implements ChargerCommand {

    public CancelReservation {
        Fields.required(reservationId, "reservationId");
    }
}
