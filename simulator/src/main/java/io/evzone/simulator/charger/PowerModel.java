package io.evzone.simulator.charger;

import java.util.SplittableRandom;

/**
 * Realistic charging power: AC chargers are 7.4, 11 or 22 kW; DC chargers 50 to 150 kW. The drawn power wanders a
 * few percent below the rating and respects a charging profile's limit.
 *
 * @param ratedW the charger's maximum power in watts
 * @param dc whether it is a DC charger
 */
public record PowerModel(double ratedW, boolean dc) {
    private static final double[] AC_RATINGS = {7_400, 11_000, 22_000};

    /** A charger drawn from the mix: one in four is DC. */
    public static PowerModel pick(SplittableRandom random, PowerMix mix) {
        boolean dc = switch (mix) {
            case AC -> false;
            case DC -> true;
            case MIXED -> random.nextInt(4) == 0;
        };
        double rated = dc ? 50_000 + 10_000 * random.nextInt(11) : AC_RATINGS[random.nextInt(AC_RATINGS.length)];
        return new PowerModel(rated, dc);
    }

    /** The power drawn now, between 90% and 100% of the rating, never above {@code limitW}. */
    public double sample(SplittableRandom random, Double limitW) {
        double power = ratedW * (0.9 + 0.1 * random.nextDouble());
        return limitW == null ? power : Math.max(0, Math.min(power, limitW));
    }

    /** Which chargers are AC and which DC. */
    public enum PowerMix {
        AC,
        DC,
        MIXED
    }
}
