package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Channel;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** An address made ready for its channel (phone numbers in E.164), or the reason it cannot be used. */
record AddressCheck(String address, String problem) {

    static AddressCheck of(Channel channel, String address, String defaultRegion) {
        if (address == null || address.isBlank()) {
            return refused("", "recipient: no address for " + channel);
        }
        return switch (channel) {
            case EMAIL -> email(address);
            case SMS ->
                PhoneNumbers.e164(address, defaultRegion)
                        .map(number -> new AddressCheck(number, null))
                        .orElseGet(() -> refused(address, "recipient: '" + address + "' is not a valid phone number"));
            case PUSH, IN_APP -> new AddressCheck(address, null);
        };
    }

    private static AddressCheck email(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.contains("@")
                    ? new AddressCheck(address, null)
                    : refused(address, "recipient: '" + address + "' has no domain");
        } catch (AddressException e) {
            return refused(address, "recipient: '" + address + "' is not an email address");
        }
    }

    private static AddressCheck refused(String address, String problem) {
        return new AddressCheck(address, problem);
    }
}
