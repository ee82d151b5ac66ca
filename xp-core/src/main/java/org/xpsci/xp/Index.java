package org.xpsci.xp;

/**
 * One component of an index expression, the argument of {@link NdArray#get(Index...)} and
 * {@link NdArray#set(NdArray, Index...)} ({@code __getitem__} / {@code __setitem__}).
 *
 * <p>Integers select one position and drop the axis; slices keep it; {@link #newAxis()} inserts an axis of
 * size 1; {@link #ellipsis()} stands for as many full slices as needed; a boolean mask array selects by value
 * (data-dependent shape); an integer array selects positions along one axis (where the backend's
 * capabilities allow it). One mask or integer array may appear in an index; its dimensions replace the axes it
 * covers, or come first when an integer index is separated from it by a slice or newaxis, as in NumPy
 * ({@code x[1, :, idx]}). An integer (or an index array's element) out of range throws
 * {@link IndexOutOfBoundsException} (NumPy's IndexError); other malformed indices throw
 * {@link IllegalArgumentException}.
 */
public sealed interface Index permits Index.At, Index.Slice, Index.NewAxis, Index.Ellipsis, Index.Mask, Index.Positions {

    /** A single position; negative counts from the end. */
    record At(long index) implements Index {
    }

    /**
     * A slice {@code start:stop:step}; {@code null} parts take Python's defaults.
     *
     * @param start first position, or null
     * @param stop  position after the last, or null
     * @param step  step (not 0), or null for 1
     */
    record Slice(Integer start, Integer stop, Integer step) implements Index {
        /** Checks the step. */
        public Slice {
            if (step != null && step == 0) {
                throw new IllegalArgumentException("slice step must not be zero");
            }
        }

        /** The step, 1 when absent. */
        public int stepOrOne() {
            return step == null ? 1 : step;
        }

        /**
         * Python's {@code slice.indices(n)}: the clipped start, the step and the number of selected elements.
         *
         * @return {@code {start, step, length}}
         */
        public int[] resolve(int n) {
            long st = stepOrOne();
            long lo;
            long hi;
            long len;
            if (st > 0) {
                lo = start == null ? 0 : clip(start < 0 ? (long) start + n : start, 0, n);
                hi = stop == null ? n : clip(stop < 0 ? (long) stop + n : stop, 0, n);
                len = hi > lo ? (hi - lo + st - 1) / st : 0;
            } else {
                lo = start == null ? n - 1 : clip(start < 0 ? (long) start + n : start, -1, n - 1);
                hi = stop == null ? -1 : clip(stop < 0 ? (long) stop + n : stop, -1, n - 1);
                len = lo > hi ? (lo - hi - st - 1) / -st : 0;
            }
            return new int[] {(int) lo, (int) st, (int) len};
        }

        private static long clip(long v, long lo, long hi) {
            return Math.max(lo, Math.min(hi, v));
        }

        @Override
        public String toString() {
            return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == null ? "" : ":" + step);
        }
    }

    /** Inserts an axis of length 1 ({@code None} / {@code newaxis}). */
    record NewAxis() implements Index {
        @Override
        public String toString() {
            return "newaxis";
        }
    }

    /** Stands for as many full slices as needed ({@code ...}). */
    record Ellipsis() implements Index {
        @Override
        public String toString() {
            return "...";
        }
    }

    /** A boolean mask array over one or more leading axes. */
    record Mask(NdArray mask) implements Index {
    }

    /** An integer array of positions along one axis. */
    record Positions(NdArray positions) implements Index {
    }

    /** A single position. */
    static Index at(long i) {
        return new At(i);
    }

    /** The full slice {@code :}. */
    static Slice all() {
        return new Slice(null, null, null);
    }

    /** The slice {@code start:stop:step}, any part null. */
    static Slice slice(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    /** The slice {@code start:stop}. */
    static Slice range(int start, int stop) {
        return new Slice(start, stop, null);
    }

    /** The slice {@code start:}. */
    static Slice from(int start) {
        return new Slice(start, null, null);
    }

    /** The slice {@code :stop}. */
    static Slice to(int stop) {
        return new Slice(null, stop, null);
    }

    /** The slice {@code ::step}. */
    static Slice step(int step) {
        return new Slice(null, null, step);
    }

    /** {@code newaxis}. */
    static Index newAxis() {
        return new NewAxis();
    }

    /** {@code ...}. */
    static Index ellipsis() {
        return new Ellipsis();
    }

    /** A boolean mask. */
    static Index mask(NdArray mask) {
        return new Mask(mask);
    }

    /** An integer array of positions. */
    static Index positions(NdArray positions) {
        return new Positions(positions);
    }
}
