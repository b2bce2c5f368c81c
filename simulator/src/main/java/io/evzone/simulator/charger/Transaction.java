package io.evzone.simulator.charger;

import java.time.Instant;

/** A transaction running on one connector. Mutable, guarded by its charger. */
public final class Transaction {
    private final String idTag;
    private final Integer remoteStartId;
    private final Instant startedAt;
    private final long meterStartWh;
    private final String localId;
    private Integer transactionId;
    private int seqNo;

    Transaction(String idTag, Integer remoteStartId, Instant startedAt, long meterStartWh, String localId) {
        this.idTag = idTag;
        this.remoteStartId = remoteStartId;
        this.startedAt = startedAt;
        this.meterStartWh = meterStartWh;
        this.localId = localId;
    }

    public String idTag() {
        return idTag;
    }

    public Integer remoteStartId() {
        return remoteStartId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long meterStartWh() {
        return meterStartWh;
    }

    /** The id the station makes (OCPP 2.0.1 transactionId). */
    public String localId() {
        return localId;
    }

    /** The id the CSMS gave in StartTransaction.conf (OCPP 1.6); null until it answers. */
    public Integer transactionId() {
        return transactionId;
    }

    public void transactionId(Integer id) {
        this.transactionId = id;
    }

    /** The next TransactionEvent sequence number (OCPP 2.0.1 E01: starts at 0, one per message). */
    public int nextSeqNo() {
        return seqNo++;
    }
}
