package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/**
 * One input operand of a blocked loop: hands out unit-stride blocks in a compute kind, either the storage
 * itself (when it already is that kind and contiguous: zero copy) or a scratch block it converts into. A
 * broadcast operand (stride 0) is converted once and reused. Not thread-safe: one per worker.
 */
public final class BlockInput {

    private final Object data;
    private final DType dtype;
    private final Kind kind;
    private Object scratch;
    private int at;
    private int cachedOffset = -1;
    private int cachedLength;

    /** An operand over {@code data} of {@code dtype}, read in {@code kind}. */
    public BlockInput(Object data, DType dtype, Kind kind) {
        this.data = data;
        this.dtype = dtype;
        this.kind = kind;
    }

    /** The offset into the array last returned by {@link #block} where the block starts. */
    public int at() {
        return at;
    }

    /** The block of n elements starting at element {@code off}, {@code stride} apart, in this operand's kind. */
    public Object block(int off, int stride, int n) {
        if (stride == 1 && kind.storedNatively(dtype)) {
            at = off;
            return data;
        }
        at = 0;
        if (stride == 0 && off == cachedOffset && n <= cachedLength && scratch != null) {
            return scratch;
        }
        if (scratch == null) {
            scratch = newScratch(kind);
        }
        if (stride == 0) {
            if (n > 0) {
                load(off, 0, 1);
                repeatFirst(n);
            }
            cachedOffset = off;
            cachedLength = n;
        } else {
            load(off, stride, n);
            cachedOffset = -1;
        }
        return scratch;
    }

    private void load(int off, int stride, int n) {
        switch (kind) {
            case BOOL -> Loader.toBool(data, dtype, off, stride, n, (byte[]) scratch);
            case LONG, ULONG -> Loader.toLong(data, dtype, off, stride, n, (long[]) scratch);
            case FLOAT -> Loader.toFloat(data, dtype, off, stride, n, (float[]) scratch);
            case DOUBLE -> Loader.toDouble(data, dtype, off, stride, n, (double[]) scratch);
            case COMPLEX -> Loader.toComplex(data, dtype, off, stride, n, (double[]) scratch);
        }
    }

    /** Copies the scratch's first element into its first n (a broadcast operand's block: one value). */
    private void repeatFirst(int n) {
        switch (kind) {
            case BOOL -> { byte[] b = (byte[]) scratch; java.util.Arrays.fill(b, 1, n, b[0]); }
            case LONG, ULONG -> { long[] l = (long[]) scratch; java.util.Arrays.fill(l, 1, n, l[0]); }
            case FLOAT -> { float[] f = (float[]) scratch; java.util.Arrays.fill(f, 1, n, f[0]); }
            case DOUBLE -> { double[] d = (double[]) scratch; java.util.Arrays.fill(d, 1, n, d[0]); }
            case COMPLEX -> {
                double[] c = (double[]) scratch;
                for (int i = 1; i < n; i++) {
                    c[2 * i] = c[0];
                    c[2 * i + 1] = c[1];
                }
            }
        }
    }

    /** A scratch array of {@link StridedLoop#BLOCK} elements of a kind. */
    public static Object newScratch(Kind kind) {
        int n = StridedLoop.BLOCK;
        return switch (kind) {
            case BOOL -> new byte[n];
            case LONG, ULONG -> new long[n];
            case FLOAT -> new float[n];
            case DOUBLE -> new double[n];
            case COMPLEX -> new double[2 * n];
        };
    }
}
