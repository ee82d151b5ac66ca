package org.xpsci.xp.cpu;

import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * The 1-d lanes of a strided array along one axis (what sort, argsort and other per-axis functions work on):
 * lane {@code l} holds elements {@code base[l] + i*stride} for {@code i < length}, lanes in C order of the
 * other axes.
 *
 * @param base   the offset of each lane's first element, in elements
 * @param stride the distance between consecutive elements of a lane
 * @param length the lane length (the axis length)
 */
record Lanes(int[] base, int stride, int length) {

    /** The lanes of {@code x} along the (normalised) {@code axis}. */
    static Lanes of(CpuArray x, int axis) {
        int nd = x.ndim();
        int[] shape = new int[nd - 1];
        int[] strides = new int[nd - 1];
        for (int d = 0, k = 0; d < nd; d++) {
            if (d != axis) {
                shape[k] = x.shapeRef()[d];
                strides[k++] = x.strides()[d];
            }
        }
        int[] base = Layout.offsets(shape, strides, 0, nd - 1);
        for (int l = 0; l < base.length; l++) {
            base[l] += x.offset();
        }
        return new Lanes(base, x.strides()[axis], x.shapeRef()[axis]);
    }

    /** The number of lanes. */
    int count() {
        return base.length;
    }

    /** A task over a range of lanes, run by one worker with its own scratch. */
    @FunctionalInterface
    interface RangeTask {
        /** Processes lanes [from, to). */
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over all lanes, split across the worker pool when there are several lanes and more
     * elements than {@code grain} (one of {@link Parallel}'s thresholds) per chunk.
     */
    void forEachRange(int grain, RangeTask task) {
        int lanes = count();
        long work = (long) lanes * length;
        int chunks = Math.min(Parallel.chunks(work, grain), lanes);
        if (chunks <= 1) {
            task.run(0, lanes);
            return;
        }
        int per = (lanes + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> {
            int from = c * per;
            int to = Math.min(lanes, from + per);
            if (from < to) {
                task.run(from, to);
            }
        });
    }
}
