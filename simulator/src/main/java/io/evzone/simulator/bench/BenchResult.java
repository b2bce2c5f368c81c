package io.evzone.simulator.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark measured: the parameters, then the metrics in the order the table shows them.
 *
 * @param workload the workload's command-line name
 * @param startedAt when it started
 * @param parameters the options that shaped it
 * @param metrics named measurements (numbers, or text for what was unavailable)
 * @param notes caveats, such as an API that could not be reached
 */
public record BenchResult(
        String workload,
        Instant startedAt,
        Map<String, Object> parameters,
        Map<String, Object> metrics,
        List<String> notes) {

    /** A metric as a number, or null. */
    public Number number(String metric) {
        return metrics.get(metric) instanceof Number n ? n : null;
    }
}
