package io.evzone.simulator.charger;

import java.time.Instant;

/** One connector (1.6) or EVSE with one connector (2.0.1). Mutable, guarded by its charger. */
public final class Connector {
    private final int id;
    private ConnectorStatus status = ConnectorStatus.AVAILABLE;
    private boolean operative = true;
    private Integer reservationId;
    private double energyWh;
    private double powerW;
    private Double limitW;
    private Instant lastSample;
    private Transaction transaction;
    private Timers.Cancellable meterTimer = Timers.Cancellable.NONE;
    private String lastReported;

    Connector(int id, double initialEnergyWh) {
        this.id = id;
        this.energyWh = initialEnergyWh;
    }

    public int id() {
        return id;
    }

    public ConnectorStatus status() {
        return status;
    }

    void status(ConnectorStatus status) {
        this.status = status;
    }

    public boolean operative() {
        return operative;
    }

    void operative(boolean operative) {
        this.operative = operative;
    }

    public Integer reservationId() {
        return reservationId;
    }

    void reservationId(Integer reservationId) {
        this.reservationId = reservationId;
    }

    /** The energy register: monotonically increasing, kept across transactions and reboots. */
    public long energyWh() {
        return Math.round(energyWh);
    }

    public double powerW() {
        return powerW;
    }

    public Double limitW() {
        return limitW;
    }

    void limitW(Double limitW) {
        this.limitW = limitW;
    }

    public Transaction transaction() {
        return transaction;
    }

    void transaction(Transaction transaction) {
        this.transaction = transaction;
    }

    /** The status when nothing happens here: Available, or Unavailable when made inoperative. */
    ConnectorStatus restingStatus() {
        return operative ? ConnectorStatus.AVAILABLE : ConnectorStatus.UNAVAILABLE;
    }

    /** After a reboot: at rest, the reservation gone, the status to be reported afresh. */
    void rebooted() {
        status = restingStatus();
        reservationId = null;
        lastReported = null;
    }

    /** Whether a session may start here now. */
    boolean canStart() {
        return transaction == null
                && operative
                && (status == ConnectorStatus.AVAILABLE
                        || status == ConnectorStatus.RESERVED
                        || status == ConnectorStatus.PREPARING);
    }

    /** Integrates power over the time since the last sample: the register only grows. */
    void advance(Instant now, double newPowerW) {
        if (lastSample != null && now.isAfter(lastSample)) {
            double hours = (now.toEpochMilli() - lastSample.toEpochMilli()) / 3_600_000.0;
            energyWh += powerW * hours;
        }
        powerW = newPowerW;
        lastSample = now;
    }

    void stopFlow(Instant now) {
        advance(now, 0);
    }

    void meterTimer(Timers.Cancellable timer) {
        meterTimer.cancel();
        meterTimer = timer;
    }

    /** For deduplicating status reports (2.0.1 folds several 1.6 statuses into one). */
    String lastReported() {
        return lastReported;
    }

    void lastReported(String reported) {
        this.lastReported = reported;
    }
}
