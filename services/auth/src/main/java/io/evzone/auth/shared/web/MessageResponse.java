package io.evzone.auth.shared.web;

/** The {@code {success, message}} answer EVZone clients expect from actions without a resource. */
public record MessageResponse(boolean success, String message) {

    public static MessageResponse ok(String message) {
        return new MessageResponse(true, message);
    }
}
