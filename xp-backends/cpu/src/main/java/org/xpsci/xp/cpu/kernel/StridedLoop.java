package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;

/**
 * Iterates several strided operands over one shape, in blocks of at most {@link #BLOCK} elements along the
 * innermost (coalesced) axis, splitting the work across the worker pool for large shapes. Adjacent axes that
 * are contiguous for every operand are merged first, so contiguous arrays become one long run.
 */
public final class StridedLoop {

    /** The longest run handed to a block body: small enough for scratch to stay in L1/L2. */
    public static final int BLOCK = 2048;

    /** Processes one run: operand k's elements are at {@code offsets[k] + i*strides[k]}, i < n. */
    @FunctionalInterface
    public interface Body {
        /** Processes one run; the arrays are reused, so do not keep them. */
        void run(int[] offsets, int[] strides, int n);
    }

    /** Creates one body per worker, so each has its own scratch buffers. */
    @FunctionalInterface
    public interface BodyFactory {
        /** A fresh body. */
        Body create();
    }

    private StridedLoop() {
    }

    /**
     * Runs the bodies over {@code shape}.
     *
     * @param shape   the iteration shape
     * @param strides per operand, its strides over {@code shape} (0 for broadcast axes), in elements
     * @param offsets per operand, the offset of element (0, 0, ...)
     * @param grain   elements per chunk below which the loop stays on one thread
     */
    public static void run(int[] shape, int[][] strides, int[] offsets, int grain, BodyFactory factory) {
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        final long total = count;
        if (total == 0) {
            return;
        }
        Plan p = coalesce(shape, strides);
        int chunks = Parallel.chunks(total, grain);
        if (chunks == 1) {
            walk(p, offsets, 0, total, factory.create());
            return;
        }
        long per = (total + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> {
            long s = c * per;
            long e = Math.min(total, s + per);
            if (s < e) {
                walk(p, offsets, s, e, factory.create());
            }
        });
    }

    /** The coalesced iteration: dims and per-operand strides, innermost last. */
    private record Plan(int[] dims, int[][] strides) {
    }

    private static Plan coalesce(int[] shape, int[][] strides) {
        int ops = strides.length;
        int[] dims = new int[Math.max(shape.length, 1)];
        int[][] st = new int[ops][dims.length];
        int nd = 0;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1) {
                continue;
            }
            if (nd > 0 && mergeable(strides, st, nd - 1, i, shape[i])) {
                dims[nd - 1] *= shape[i];
                for (int k = 0; k < ops; k++) {
                    st[k][nd - 1] = strides[k][i];
                }
                continue;
            }
            dims[nd] = shape[i];
            for (int k = 0; k < ops; k++) {
                st[k][nd] = strides[k][i];
            }
            nd++;
        }
        if (nd == 0) {
            dims[0] = 1;
            nd = 1;
        }
        int[][] out = new int[ops][];
        for (int k = 0; k < ops; k++) {
            out[k] = Arrays.copyOf(st[k], nd);
        }
        return new Plan(Arrays.copyOf(dims, nd), out);
    }

    private static boolean mergeable(int[][] strides, int[][] st, int prev, int i, int len) {
        for (int k = 0; k < strides.length; k++) {
            if (st[k][prev] != strides[k][i] * len) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Plan p, int[] base, long start, long end, Body body) {
        int nd = p.dims.length;
        int ops = base.length;
        int inner = p.dims[nd - 1];
        int[] idx = new int[nd];
        long rem = start;
        for (int d = nd - 1; d >= 0; d--) {
            idx[d] = (int) (rem % p.dims[d]);
            rem /= p.dims[d];
        }
        int[] off = new int[ops];
        int[] innerStrides = new int[ops];
        for (int k = 0; k < ops; k++) {
            innerStrides[k] = p.strides[k][nd - 1];
        }
        int[] cur = new int[ops];
        long pos = start;
        while (pos < end) {
            for (int k = 0; k < ops; k++) {
                int o = base[k];
                for (int d = 0; d < nd; d++) {
                    o += idx[d] * p.strides[k][d];
                }
                off[k] = o;
            }
            int len = (int) Math.min(inner - idx[nd - 1], end - pos);
            for (int done = 0; done < len; ) {
                int n = Math.min(BLOCK, len - done);
                for (int k = 0; k < ops; k++) {
                    cur[k] = off[k] + done * innerStrides[k];
                }
                body.run(cur, innerStrides, n);
                done += n;
            }
            pos += len;
            idx[nd - 1] += len;
            for (int d = nd - 1; d > 0 && idx[d] >= p.dims[d]; d--) {
                idx[d] = 0;
                idx[d - 1]++;
            }
        }
    }
}
