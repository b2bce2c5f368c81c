package io.evzone.station.commands.domain;

import java.time.Instant;
import java.util.Optional;

/** The OCPP types of the id tokens the session service registered, by token value (compared ignoring case). */
public interface IdTokenTypes {

    /** The type a registered token is sent as (ISO14443, eMAID, ...); empty for a token not registered. */
    Optional<String> ocppTypeOf(String value);

    /** Records a registration, change or removal; a fact older than the one recorded is ignored. */
    void record(String value, String ocppType, boolean removed, Instant changedAt);
}
