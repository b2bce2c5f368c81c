package io.evzone.contracts.auth;

import java.time.Instant;

/**
 * A user signed in from a device auth had not seen for them before: a security notice the user hears
 * about whatever they opted out of. The first sign-in of an account publishes none (every device is new then).
 *
 * @param userId who signed in
 * @param deviceId auth's id for the device (a fingerprint of user agent and network address), stable per user
 * @param userAgent the browser or app as it named itself, truncated to 256 characters; null when it sent none
 * @param ipAddress the client's address as the edge saw it
 * @param signedInAt when the sign-in succeeded
 */
public record NewDeviceSignedIn(
        String userId, String deviceId, String userAgent, String ipAddress, Instant signedInAt) {}
