package io.evzone.contracts.charger.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A charging profile as both versions know it, with one schedule (1.6 has exactly one; 2.0.1 allows up to three).
 *
 * @param transactionId for a TX profile: the transaction it limits (opaque string, as reported)
 */
public record ChargingProfile(
        Integer id,
        Integer stackLevel,
        Purpose purpose,
        Kind kind,
        Recurrency recurrency,
        String transactionId,
        Instant validFrom,
        Instant validTo,
        Schedule schedule) {

    public enum Purpose {
        CHARGER_MAX,
        TX_DEFAULT,
        TX
    }

    public enum Kind {
        ABSOLUTE,
        RECURRING,
        RELATIVE
    }

    public enum Recurrency {
        DAILY,
        WEEKLY
    }

    public enum RateUnit {
        W,
        A
    }

    public ChargingProfile {
        Fields.required(id, "chargingProfile.id");
        Fields.atLeast(stackLevel, 0, "chargingProfile.stackLevel");
        Fields.required(purpose, "chargingProfile.purpose");
        Fields.required(kind, "chargingProfile.kind");
        Fields.required(schedule, "chargingProfile.schedule");
    }

    /** @param durationSeconds null: until the profile ends */
    public record Schedule(Instant startSchedule, Integer durationSeconds, RateUnit rateUnit, List<Period> periods) {

        public Schedule {
            Fields.required(rateUnit, "chargingProfile.schedule.rateUnit");
            periods = Fields.list(periods, "chargingProfile.schedule.periods", 1);
        }
    }

    /** @param limit in the schedule's unit (W or A): a physical quantity, not money */
    public record Period(Integer startPeriod, BigDecimal limit, Integer numberPhases) {

        public Period {
            Fields.required(startPeriod, "startPeriod");
            Fields.required(limit, "limit");
            Fields.atLeast(numberPhases, 1, "numberPhases");
        }
    }
}
