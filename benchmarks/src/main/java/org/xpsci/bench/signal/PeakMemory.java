package org.xpsci.bench.signal;

import org.xpsci.bench.Workload;
import org.xpsci.bench.Workloads;
import org.xpsci.xp.Xp;

/**
 * Runs one workload a few times in this JVM and prints each run's wall time, for measuring the process's
 * peak resident memory from outside, e.g.
 * {@code /usr/bin/time -v java -Xmx450m -cp benchmarks/target/benchmarks.jar org.xpsci.bench.signal.PeakMemory welch 3}
 * (add {@code -Dxpsci.fastpaths=false} for the portable path).
 */
public final class PeakMemory {

    private PeakMemory() {
    }

    /**
     * Arguments: the workload's name, then optionally the number of runs (default 3) and the size (default the
     * workload's).
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: PeakMemory <workload> [runs] [size]; workloads: " + Workloads.names());
            System.exit(2);
        }
        Workload w = Workloads.get(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = args.length > 2 ? Long.parseLong(args[2]) : w.defaultSize();
        Workload.Prepared p = w.prepare(Xp.backend("cpu"), size);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object r = p.run();
            p.await(r);
            System.out.printf("%s run %d: %.3f s (fast paths %s)%n", w.name(), i + 1, (System.nanoTime() - t0) / 1e9,
                    Xp.fastPathsEnabled() ? "on" : "off");
        }
    }
}
