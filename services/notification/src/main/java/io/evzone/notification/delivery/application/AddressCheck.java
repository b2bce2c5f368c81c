package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Channel;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/** Whether an address can be used on its channel; the reason when it cannot. */
final class AddressCheck {

    // ITU-T E.164: a plus sign and at most 15 digits, the first of which is not 0.
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private AddressCheck() {}

    static Optional<String> problem(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("recipient: no address for " + channel);
        }
        return switch (channel) {
            case EMAIL -> emailProblem(address);
            case SMS -> E164.matcher(address).matches()
                    ? Optional.empty()
                    : Optional.of("recipient: '" + address + "' is not an E.164 phone number");
            case PUSH, IN_APP -> Optional.empty();
        };
    }

    private static Optional<String> emailProblem(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return address.contains("@") ? Optional.empty() : Optional.of("recipient: '" + address + "' has no domain");
        } catch (AddressException e) {
            return Optional.of("recipient: '" + address + "' is not an email address");
        }
    }
}
