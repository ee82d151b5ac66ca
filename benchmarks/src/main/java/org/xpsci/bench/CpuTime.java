package org.xpsci.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.xpsci.xp.Xp;

/**
 * Runs one workload repeatedly in this JVM and prints, per run, the wall time, the calling thread's CPU time
 * and the whole process's CPU time (every thread, the garbage collector's and the compiler's included), then
 * their medians. CPU time moves far less than wall time on a shared machine; with {@code -Dxpsci.threads=1}
 * the work runs on the calling thread and its CPU time is the per-core cost, e.g.
 * {@code java -Dxpsci.threads=1 -cp benchmarks/target/benchmarks.jar org.xpsci.bench.CpuTime welch 10}
 * (add {@code -Dxpsci.fastpaths=false} for consumers' portable paths).
 */
public final class CpuTime {

    private CpuTime() {
    }

    /**
     * Arguments: the workload's name, then optionally the number of timed runs (default 10; three untimed
     * warm-up runs come first) and the size (default the workload's).
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CpuTime <workload> [runs] [size]; workloads: " + Workloads.names());
            System.exit(2);
        }
        Workload w = Workloads.get(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long size = args.length > 2 ? Long.parseLong(args[2]) : w.defaultSize();
        Workload.Prepared p = w.prepare(Xp.backend("cpu"), size);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] thread = new double[runs];
        double[] process = new double[runs];
        for (int i = -3; i < runs; i++) {
            long w0 = System.nanoTime();
            long t0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            Object r = p.run();
            p.await(r);
            if (i >= 0) {
                wall[i] = (System.nanoTime() - w0) / 1e9;
                thread[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
                process[i] = (os.getProcessCpuTime() - p0) / 1e9;
                System.out.printf("%s run %d: wall %.3f s, thread cpu %.3f s, process cpu %.3f s%n", w.name(), i + 1,
                        wall[i], thread[i], process[i]);
            }
        }
        System.out.printf("%s median (fast paths %s, %d runs, size %d): wall %.3f s, thread cpu %.3f s,"
                + " process cpu %.3f s%n", w.name(), Xp.fastPathsEnabled() ? "on" : "off", runs, size, median(wall),
                median(thread), median(process));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
