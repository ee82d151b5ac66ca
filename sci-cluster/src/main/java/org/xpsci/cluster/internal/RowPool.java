package org.xpsci.cluster.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.xpsci.xp.spi.DaemonWorkers;

/**
 * The daemon threads sci-cluster's host kernels split rows over: one per core. Work is cut into chunks of
 * rows; a call with one chunk stays on the calling thread.
 */
public final class RowPool {

    /** Multiply-adds per chunk below which a loop is not split further. */
    public static final long GRAIN = 1L << 16;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final ForkJoinPool POOL = new ForkJoinPool(CORES,
            DaemonWorkers.factory("xpsci-cluster"), null, false);

    private RowPool() {
    }

    /** The number of threads. */
    public static int cores() {
        return CORES;
    }

    /**
     * How many chunks {@code rows} rows of {@code workPerRow} operations each split into: enough to keep every
     * core busy (a few chunks per core for balance), none smaller than {@link #GRAIN}.
     */
    public static int chunks(long rows, long workPerRow) {
        long byWork = rows * Math.max(1, workPerRow) / GRAIN;
        long wanted = CORES == 1 ? 1 : 4L * CORES;
        return (int) Math.max(1, Math.min(Math.min(rows, byWork), wanted));
    }

    /** The first row of chunk {@code c} of {@code chunks} over {@code rows} rows (chunk c ends where c+1 starts). */
    public static int start(int c, int chunks, int rows) {
        return (int) ((long) rows * c / chunks);
    }

    /** Runs {@code task} for chunks 0..chunks-1, in parallel when there are several. */
    public static void forEach(int chunks, IntConsumer task) {
        if (chunks <= 1) {
            for (int i = 0; i < chunks; i++) {
                task.accept(i);
            }
            return;
        }
        if (ForkJoinTask.getPool() == POOL) {
            IntStream.range(0, chunks).parallel().forEach(task);
            return;
        }
        POOL.submit(() -> IntStream.range(0, chunks).parallel().forEach(task)).join();
    }
}
