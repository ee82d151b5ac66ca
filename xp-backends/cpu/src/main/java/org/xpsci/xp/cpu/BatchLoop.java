package org.xpsci.xp.cpu;

import org.xpsci.xp.cpu.kernel.Parallel;
import org.xpsci.xp.cpu.linalg.DoubleGemm;

/**
 * Runs a per-matrix kernel over a batch: a batch of small matrices is split over the worker pool, one large
 * matrix (or a batch of large ones) runs matrix by matrix with the kernel itself parallel.
 */
final class BatchLoop {

    /** One matrix's work. */
    @FunctionalInterface
    interface Body {
        /**
         * Processes matrix {@code i}.
         *
         * @param parallel whether the kernel may use the worker pool itself
         */
        void run(int i, boolean parallel);
    }

    private BatchLoop() {
    }

    /**
     * Runs body for i in [0, count).
     *
     * @param work an estimate of one matrix's multiply-adds (n^3 for an n x n factorisation)
     */
    static void run(int count, long work, Body body) {
        boolean splitBatch = count > 1 && work < DoubleGemm.PARALLEL_WORK;
        if (!splitBatch) {
            for (int i = 0; i < count; i++) {
                body.run(i, true);
            }
            return;
        }
        int chunks = Parallel.chunks(count * Math.max(work, 1), 1 << 16);
        int per = (count + chunks - 1) / chunks;
        Parallel.forEach(chunks, t -> {
            int to = Math.min(count, (t + 1) * per);
            for (int i = t * per; i < to; i++) {
                body.run(i, false);
            }
        });
    }

    /** Cube of n as a long, the work estimate of an n x n factorisation. */
    static long cube(int n) {
        return (long) n * n * n;
    }
}
