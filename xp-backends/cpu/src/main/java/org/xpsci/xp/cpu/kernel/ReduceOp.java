package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/**
 * One reduction (sum, product, maximum, ...) for one compute kind, as {@link Reduction} drives it. The op owns
 * the accumulator layout: an array with one slot per output ({@code double[]}, two doubles per output for
 * complex, or {@code long[]}), filled with the op's identity. Input runs are read in the op's {@link #load}
 * kind through {@link Folder}s, one per thread.
 */
public abstract class ReduceOp {

    private final Kind load;

    /** An op that reads its input in {@code load} kind. */
    protected ReduceOp(Kind load) {
        this.load = load;
    }

    /** The kind input runs are converted to. */
    public final Kind load() {
        return load;
    }

    /** A new accumulator array for n outputs, each holding the identity. */
    public abstract Object newAccumulators(int n);

    /** Combines {@code part[b + i]} into {@code acc[a + i]} for i &lt; n. */
    public abstract void merge(Object acc, int a, Object part, int b, int n);

    /**
     * Adds {@code part[b + i]} into {@code acc[a + i]} for i &lt; n, for {@code double[]} or {@code long[]}
     * accumulators (integer addition wraps): the merge of every summing op.
     */
    protected static void addInto(Object acc, int a, Object part, int b, int n) {
        if (acc instanceof double[] s) {
            double[] t = (double[]) part;
            for (int i = 0; i < n; i++) {
                s[a + i] += t[b + i];
            }
        } else {
            long[] s = (long[]) acc;
            long[] t = (long[]) part;
            for (int i = 0; i < n; i++) {
                s[a + i] += t[b + i];
            }
        }
    }

    /** A folder over input storage {@code data} of {@code dtype}, for one thread. */
    public abstract Folder folder(Object data, DType dtype);

    /** Folds input runs into accumulators; it owns scratch buffers, so each thread has its own. */
    public interface Folder {

        /** Folds the n input elements at {@code off}, {@code stride} apart (any n) into {@code acc[a]}. */
        void foldRun(Object acc, int a, int off, int stride, int n);

        /**
         * Folds input element {@code off + i*stride} into {@code acc[a + i*as]} for i &lt; n, where
         * n &le; {@link StridedLoop#BLOCK}: one input row into a row of accumulators.
         */
        void accumulate(Object acc, int a, int as, int off, int stride, int n);
    }

    /**
     * A folder that reads runs through one {@link BlockInput}, at most {@link StridedLoop#BLOCK} elements at a
     * time, and folds each block with a plain loop.
     */
    public abstract static class BlockFolder implements Folder {

        /** The input, converted to the op's kind. */
        protected final BlockInput in;

        /** A folder reading through {@code in}. */
        protected BlockFolder(BlockInput in) {
            this.in = in;
        }

        @Override
        public void foldRun(Object acc, int a, int off, int stride, int n) {
            for (int done = 0; done < n; done += StridedLoop.BLOCK) {
                int m = Math.min(StridedLoop.BLOCK, n - done);
                Object v = Runs.read(in, off + done * stride, stride, m);
                foldBlock(acc, a, v, in.at(), m);
            }
        }

        @Override
        public void accumulate(Object acc, int a, int as, int off, int stride, int n) {
            Object v = Runs.read(in, off, stride, n);
            accumulateBlock(acc, a, as, v, in.at(), n);
        }

        /** Folds the unit-stride block {@code v[at .. at+n)} into {@code acc[a]}. */
        protected abstract void foldBlock(Object acc, int a, Object v, int at, int n);

        /** Folds {@code v[at + i]} into {@code acc[a + i*as]} for i &lt; n. */
        protected abstract void accumulateBlock(Object acc, int a, int as, Object v, int at, int n);
    }

    /**
     * Folds one long run into {@code acc[a]} with about {@code pieces} tasks on the worker pool. By default the
     * run is cut into equal pieces, each folded into a private accumulator, then merged in order; summations
     * override this to split along their pairwise tree.
     */
    public void foldRunParallel(Object acc, int a, Object data, DType dtype, int off, int stride, int n, int pieces) {
        Object parts = newAccumulators(pieces);
        long per = ((long) n + pieces - 1) / pieces;
        Parallel.forEach(pieces, p -> {
            long s = p * per;
            long e = Math.min(n, s + per);
            if (s < e) {
                folder(data, dtype).foldRun(parts, p, off + (int) s * stride, stride, (int) (e - s));
            }
        });
        for (int p = 0; p < pieces; p++) {
            merge(acc, a, parts, p, 1);
        }
    }
}
