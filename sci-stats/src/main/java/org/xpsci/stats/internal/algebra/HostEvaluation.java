package org.xpsci.stats.internal.algebra;

import java.util.stream.IntStream;

/**
 * Evaluates a {@link VectorFunction} over primitive arrays in cache-sized blocks, in parallel for large
 * inputs: the host fast path of the special functions.
 */
public final class HostEvaluation {

    /** Elements per block: the temporaries of one block stay in cache. */
    public static final int BLOCK = 512;

    private HostEvaluation() {
    }

    /** {@code f(x[i], p[i])} for every i. */
    public static double[] apply(VectorFunction f, double[] x, double[] p) {
        int n = x.length;
        double[] out = new double[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (blocks > 1 ? range.parallel() : range)
                .forEach(b -> block(f, x, p, out, b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
        return out;
    }

    private static void block(VectorFunction f, double[] x, double[] p, double[] out, int from, int to) {
        int len = to - from;
        double[] xb = new double[len];
        double[] pb = new double[len];
        System.arraycopy(x, from, xb, 0, len);
        System.arraycopy(p, from, pb, 0, len);
        double[] r = f.apply(new HostAlgebra(len), xb, pb);
        System.arraycopy(r, 0, out, from, len);
    }
}
