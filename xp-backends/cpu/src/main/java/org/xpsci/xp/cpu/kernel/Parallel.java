package org.xpsci.xp.cpu.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The cpu backend's worker pool: daemon threads (they never keep the JVM alive), as many as cores unless the
 * system property {@code xpsci.threads} says otherwise. Size thresholds for going parallel live here too.
 */
public final class Parallel {

    /** Elements below which cheap elementwise work stays on the calling thread. */
    public static final int CHEAP_GRAIN = 1 << 16;
    /** Elements below which expensive elementwise work (transcendentals) stays on the calling thread. */
    public static final int EXPENSIVE_GRAIN = 1 << 12;

    private static final int THREADS = Math.max(1,
            Integer.getInteger("xpsci.threads", Runtime.getRuntime().availableProcessors()));

    private static final ForkJoinPool POOL = new ForkJoinPool(THREADS, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setDaemon(true);
        t.setName("xpsci-cpu-" + t.getPoolIndex());
        return t;
    }, null, false);

    private Parallel() {
    }

    /** The number of worker threads. */
    public static int threads() {
        return THREADS;
    }

    /** How many chunks {@code n} units of work split into, given the grain below which splitting stops. */
    public static int chunks(long n, int grain) {
        if (THREADS == 1 || n < 2L * grain) {
            return 1;
        }
        return (int) Math.min(n / grain, THREADS * 4L);
    }

    /**
     * Runs {@code task} for chunk indices 0..chunks-1, in parallel when there is more than one; exceptions
     * thrown by a chunk propagate to the caller.
     */
    public static void forEach(int chunks, IntConsumer task) {
        if (chunks <= 1) {
            for (int i = 0; i < chunks; i++) {
                task.accept(i);
            }
            return;
        }
        if (Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == POOL) {
            IntStream.range(0, chunks).parallel().forEach(task);
            return;
        }
        POOL.submit(() -> IntStream.range(0, chunks).parallel().forEach(task)).join();
    }
}
