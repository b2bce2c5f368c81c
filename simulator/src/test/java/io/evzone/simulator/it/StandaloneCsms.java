package io.evzone.simulator.it;

/**
 * The test CSMS as a process, for measuring the simulator by hand:
 * {@code java -cp <test classpath> io.evzone.simulator.it.StandaloneCsms 9300 300} (port, heartbeat interval).
 */
public final class StandaloneCsms {
    private StandaloneCsms() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9300;
        int heartbeat = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        var csms = new TestCsms(port, r -> CsmsAnswers.ocpp16(r, heartbeat), r -> CsmsAnswers.ocpp201(r, heartbeat));
        csms.startAndWait();
        System.out.println("Test CSMS on " + csms.url());
        Thread.currentThread().join();
    }
}
