package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;

/**
 * Reductions over the truth of elements (non-zero, NaN included; complex when either part is non-zero):
 * {@code any}, {@code all} and the count of non-zero elements. Input is read as bool, accumulators are longs.
 */
public final class Truth extends ReduceOp {

    /** What the op computes. */
    public enum Mode {
        /** Whether any element is true (identity false). */
        ANY,
        /** Whether every element is true (identity true). */
        ALL,
        /** How many elements are true. */
        COUNT
    }

    private final Mode mode;

    /** The op for {@code mode}. */
    public Truth(Mode mode) {
        super(Kind.BOOL);
        this.mode = mode;
    }

    @Override
    public Object newAccumulators(int n) {
        long[] acc = new long[n];
        if (mode == Mode.ALL) {
            Arrays.fill(acc, 1L);
        }
        return acc;
    }

    @Override
    public void merge(Object acc, int a, Object part, int b, int n) {
        long[] s = (long[]) acc;
        long[] t = (long[]) part;
        for (int i = 0; i < n; i++) {
            s[a + i] = combine(s[a + i], t[b + i]);
        }
    }

    private long combine(long x, long y) {
        return switch (mode) {
            case ANY -> x | y;
            case ALL -> x & y;
            case COUNT -> x + y;
        };
    }

    @Override
    public Folder folder(Object data, DType dtype) {
        return new BlockFolder(new BlockInput(data, dtype, Kind.BOOL)) {
            @Override
            protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                byte[] v = (byte[]) block;
                long count = 0;
                for (int i = 0; i < n; i++) {
                    count += v[at + i];
                }
                long[] s = (long[]) acc;
                long r = switch (mode) {
                    case ANY -> count > 0 ? 1 : 0;
                    case ALL -> count == n ? 1 : 0;
                    case COUNT -> count;
                };
                s[a] = combine(s[a], r);
            }

            @Override
            protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                long[] s = (long[]) acc;
                byte[] v = (byte[]) block;
                for (int i = 0; i < n; i++) {
                    s[a + i * as] = combine(s[a + i * as], v[at + i]);
                }
            }
        };
    }
}
