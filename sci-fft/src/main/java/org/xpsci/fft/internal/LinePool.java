package org.xpsci.fft.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.xpsci.xp.spi.DaemonWorkers;

/** The daemon threads sci-fft's host fast paths split lines over, bounded by {@code workers}. */
final class LinePool {

    /** Transformed elements per chunk below which lines stay on the calling thread. */
    static final long GRAIN = 1 << 15;

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            DaemonWorkers.factory("xpsci-fft"), null, false);

    private LinePool() {
    }

    /** How many chunks {@code lines} lines of {@code length} elements split into with at most {@code workers}. */
    static int chunks(long lines, int length, int workers) {
        long byWork = lines * (long) length / GRAIN;
        return (int) Math.max(1, Math.min(Math.min(lines, byWork), workers));
    }

    /** Runs {@code task} for chunks 0..chunks-1, in parallel when there are several. */
    static void forEach(int chunks, IntConsumer task) {
        if (chunks <= 1) {
            for (int i = 0; i < chunks; i++) {
                task.accept(i);
            }
            return;
        }
        POOL.submit(() -> IntStream.range(0, chunks).parallel().forEach(task)).join();
    }
}
