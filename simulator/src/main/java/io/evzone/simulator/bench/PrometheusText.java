package io.evzone.simulator.bench;

/** Reads a metric out of the Prometheus text exposition format. */
final class PrometheusText {
    private PrometheusText() {}

    /**
     * The sum of every sample of {@code metric} whose labels contain {@code labelFilter} (all when null); -1 when
     * there is none.
     */
    static long sum(String text, String metric, String labelFilter) {
        double total = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith(metric) || line.startsWith("#")) {
                continue;
            }
            String rest = line.substring(metric.length());
            if (!(rest.startsWith("{") || rest.startsWith(" "))) {
                continue;
            }
            if (labelFilter != null && !rest.contains(labelFilter)) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            try {
                total += Double.parseDouble(parts[parts.length - 1]);
                found = true;
            } catch (NumberFormatException e) {
                // A timestamp-suffixed or malformed sample: skip it.
            }
        }
        return found ? (long) total : -1;
    }
}
