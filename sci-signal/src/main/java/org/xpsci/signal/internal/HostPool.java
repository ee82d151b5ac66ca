package org.xpsci.signal.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.xpsci.xp.spi.DaemonWorkers;

/**
 * The worker threads of the host paths: daemon threads named {@code xpsci-signal-<n>} (xp-core's
 * {@link DaemonWorkers}), as many as cores unless the system property {@code xpsci.threads} says otherwise.
 */
final class HostPool {

    private static final int THREADS = Math.max(1,
            Integer.getInteger("xpsci.threads", Runtime.getRuntime().availableProcessors()));

    private static final ForkJoinPool POOL = new ForkJoinPool(THREADS,
            DaemonWorkers.factory("xpsci-signal"), null, false);

    private HostPool() {
    }

    /** The number of worker threads. */
    static int threads() {
        return THREADS;
    }

    /** Runs task(0) .. task(count-1), in parallel when there is more than one; exceptions propagate. */
    static void forEach(int count, IntConsumer task) {
        if (count <= 1 || THREADS == 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        if (Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == POOL) {
            IntStream.range(0, count).parallel().forEach(task);
            return;
        }
        POOL.submit(() -> IntStream.range(0, count).parallel().forEach(task)).join();
    }
}
