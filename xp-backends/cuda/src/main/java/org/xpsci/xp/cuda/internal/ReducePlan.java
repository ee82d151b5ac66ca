package org.xpsci.xp.cuda.internal;

/**
 * How a reduction of {@code rows} rows of {@code k} elements is launched (reduce.cu): a thread per row when
 * rows are short or very many, else {@code segments} blocks per row, each thread summing at most
 * {@link #PER_THREAD} elements so that float sums stay close to pairwise accuracy; with more than one
 * segment the partial results are reduced by a second launch.
 *
 * @param perThread whether each thread reduces a whole row
 * @param segments  blocks per row (1 when perThread)
 */
public record ReducePlan(boolean perThread, long segments) {

    /** Elements each thread of a block combines at most. */
    public static final int PER_THREAD = 32;
    /** The most segments per row. */
    public static final int MAX_SEGMENTS = 4096;

    /** The plan for rows of k elements. */
    public static ReducePlan of(long rows, long k) {
        if (k <= 16 || (rows >= 16384 && k <= 256)) {
            return new ReducePlan(true, 1);
        }
        long per = (long) LaunchConfig.BLOCK * PER_THREAD;
        long s = Math.min(MAX_SEGMENTS, Math.max(1, (k + per - 1) / per));
        return new ReducePlan(false, s);
    }

    /** The launch of the first pass. */
    public LaunchConfig launch(long rows) {
        return perThread ? LaunchConfig.linear(rows) : LaunchConfig.rows(segments, rows);
    }
}
