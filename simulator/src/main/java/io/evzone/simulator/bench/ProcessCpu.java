package io.evzone.simulator.bench;

import java.lang.management.ManagementFactory;

/** The benchmark's own CPU use, to show the load generator was not the bottleneck. */
final class ProcessCpu {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuNanos = os.getProcessCpuTime();
    private long wallNanos = System.nanoTime();

    /** Cores busy on average since the last call (1.0 = one core fully used). */
    double coresSinceLast() {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        double cores = (cpu - cpuNanos) / (double) Math.max(1, wall - wallNanos);
        cpuNanos = cpu;
        wallNanos = wall;
        return cores;
    }

    static int availableCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static long heapUsedBytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
