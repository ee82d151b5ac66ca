package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.HostBuffer;

/**
 * {@code where}: out = condition ? x1 : x2, elementwise. Every operand is laid over the output's shape
 * (broadcast axes have stride 0); the condition is read as truth values, x1 and x2 are converted to the
 * output's dtype in its compute kind.
 */
public final class Select {

    private Select() {
    }

    /** Fills {@code out} (a fresh array) from the condition and the two choices. */
    public static void run(HostBuffer out, HostBuffer condition, HostBuffer x1, HostBuffer x2) {
        Kind kind = Kind.of(out.dtype());
        StridedLoop.run(out.shape(), new int[][] {out.strides(), condition.strides(), x1.strides(), x2.strides()},
                new int[] {out.offset(), condition.offset(), x1.offset(), x2.offset()}, Parallel.CHEAP_GRAIN, () -> {
                    BlockInput c = new BlockInput(condition.data(), condition.dtype(), Kind.BOOL);
                    BlockInput a = new BlockInput(x1.data(), x1.dtype(), kind);
                    BlockInput b = new BlockInput(x2.data(), x2.dtype(), kind);
                    BlockOutput o = new BlockOutput(out.data(), out.dtype(), kind);
                    return (offs, st, n) -> {
                        byte[] cb = (byte[]) Runs.read(c, offs[1], st[1], n);
                        Object ab = Runs.read(a, offs[2], st[2], n);
                        Object bb = Runs.read(b, offs[3], st[3], n);
                        Object ob = o.target(offs[0], st[0], n);
                        choose(kind, cb, c.at(), ab, a.at(), bb, b.at(), ob, o.at(), n);
                        o.flush(n);
                    };
                });
    }

    /** r[ro+i] = c[co+i] ? x[xo+i] : y[yo+i] for one block, in the storage type of the kind. */
    private static void choose(Kind kind, byte[] c, int co, Object x, int xo, Object y, int yo, Object r, int ro,
                               int n) {
        switch (kind) {
            case BOOL -> {
                byte[] a = (byte[]) x, b = (byte[]) y, o = (byte[]) r;
                for (int i = 0; i < n; i++) o[ro + i] = c[co + i] != 0 ? a[xo + i] : b[yo + i];
            }
            case LONG, ULONG -> {
                long[] a = (long[]) x, b = (long[]) y, o = (long[]) r;
                for (int i = 0; i < n; i++) o[ro + i] = c[co + i] != 0 ? a[xo + i] : b[yo + i];
            }
            case FLOAT -> {
                float[] a = (float[]) x, b = (float[]) y, o = (float[]) r;
                for (int i = 0; i < n; i++) o[ro + i] = c[co + i] != 0 ? a[xo + i] : b[yo + i];
            }
            case DOUBLE -> {
                double[] a = (double[]) x, b = (double[]) y, o = (double[]) r;
                for (int i = 0; i < n; i++) o[ro + i] = c[co + i] != 0 ? a[xo + i] : b[yo + i];
            }
            case COMPLEX -> {
                double[] a = (double[]) x, b = (double[]) y, o = (double[]) r;
                for (int i = 0; i < n; i++) {
                    boolean t = c[co + i] != 0;
                    o[2 * (ro + i)] = t ? a[2 * (xo + i)] : b[2 * (yo + i)];
                    o[2 * (ro + i) + 1] = t ? a[2 * (xo + i) + 1] : b[2 * (yo + i) + 1];
                }
            }
        }
    }
}
