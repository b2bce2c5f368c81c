package io.evzone.notification.events.mappings;

import io.evzone.contracts.booking.BookingConfirmed;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The driver hears their booking is confirmed: where, when, and how long the connector waits for them. */
@Component
class BookingConfirmedMapping extends Mapping<BookingConfirmed> {

    BookingConfirmedMapping() {
        super(BookingConfirmed.class);
    }

    @Override
    public List<Intent> intents(BookingConfirmed event) {
        return List.of(Intent.toUser(
                event.userId(),
                "booking.confirmed",
                Category.BOOKING,
                Map.of(
                        "bookingId", event.bookingId(),
                        "stationName", event.stationName(),
                        "ocppId", event.ocppId(),
                        "connectorId", String.valueOf(event.connectorId()),
                        "slotStart", Formats.localTime(event.slotStart(), event.timeZone()),
                        "slotEnd", Formats.localTime(event.slotEnd(), event.timeZone()),
                        "graceMinutes", String.valueOf(event.graceMinutes()),
                        "deposit", event.deposit() > 0 ? Formats.money(event.deposit(), event.currency()) : "")));
    }
}
