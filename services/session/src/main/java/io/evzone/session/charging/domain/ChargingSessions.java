package io.evzone.session.charging.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The repository of charging sessions. */
public interface ChargingSessions {

    /** Serializes work on one charger's sessions across threads and nodes until the transaction ends. */
    void lockCharger(String chargePointId);

    /**
     * {@link #lockCharger} for several chargers in one round trip, in the given order (every batch
     * writer sorts the same way, so two of them cannot wait on each other).
     */
    void lockChargers(List<String> chargePointIds);

    Optional<ChargingSession> byTransaction(String chargePointId, String transactionId);

    /** The sessions of these (charge point, transaction id) pairs that exist, in one round trip. */
    List<ChargingSession> byTransactions(List<TransactionKey> keys);

    /** A transaction as chargers name it: its id is unique per charge point only. */
    record TransactionKey(String chargePointId, String transactionId) {}

    /** A 1.6 session by its start key, to recognise a resent StartTransaction. */
    Optional<ChargingSession> byStartKey(String chargePointId, String startKey);

    /** The active session on an EVSE (1.6: connector), for meter values without a transaction id. */
    Optional<ChargingSession> activeOn(String chargePointId, int evseId);

    List<ChargingSession> activeOnCharger(String chargePointId);

    /** Whether the id token is in an active session other than {@code except} (null: any). */
    boolean activeWithIdTag(String idTag, UUID except);

    /** A new 1.6 transaction id: unique across nodes and restarts. */
    long nextTransactionId();

    /** A new 2.0.1 remoteStartId, to tie a remote start to the transaction it causes. */
    int nextRemoteStartId();

    void save(ChargingSession session, Instant now);

    /** {@link #save} for a batch's sessions at once. */
    void saveAll(Collection<ChargingSession> sessions, Instant now);
}
