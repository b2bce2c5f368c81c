package io.evzone.contracts;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered UUIDs (version 7, RFC 9562 §5.7): 48 bits of Unix milliseconds, then 74 random bits, for
 * event ids, correlation ids and records' keys. Ordered ids keep indexes appending instead of splitting
 * pages at random, and they need no SecureRandom: these ids are unique, not secret. UUID.randomUUID
 * shares one SecureRandom per JVM behind a lock; in a boot storm over a hundred threads queued on it and
 * stalled the station's consumer for seconds. Secrets (tokens, salts) keep SecureRandom.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {}

    public static UUID next() {
        return at(
                System.currentTimeMillis(),
                ThreadLocalRandom.current().nextLong(),
                ThreadLocalRandom.current().nextLong());
    }

    static UUID at(long unixMillis, long randomA, long randomB) {
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (randomA & 0x0FFFL);
        long low = 0x8000_0000_0000_0000L | (randomB & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }
}
