package io.evzone.notification.events.mappings;

import io.evzone.contracts.auth.NewDeviceSignedIn;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A security notice: the user hears of a sign-in from a new device whatever they opted out of. */
@Component
class NewDeviceSignedInMapping extends Mapping<NewDeviceSignedIn> {

    NewDeviceSignedInMapping() {
        super(NewDeviceSignedIn.class);
    }

    @Override
    public List<Intent> intents(NewDeviceSignedIn event) {
        return List.of(Intent.toUser(
                event.userId(),
                "auth.new-device",
                Category.SECURITY,
                Map.of(
                        "device", event.userAgent() == null ? "" : event.userAgent(),
                        "ipAddress", String.valueOf(event.ipAddress()),
                        "signedInAt", Formats.localTime(event.signedInAt(), null))));
    }
}
