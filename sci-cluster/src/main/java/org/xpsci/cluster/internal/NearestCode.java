package org.xpsci.cluster.internal;

/**
 * The nearest code of each observation in a block (the heart of SciPy's {@code _vq}): squared Euclidean
 * distances to every code, smallest first wins ties. The block arrives transposed (one array per feature
 * holding that feature of the block's rows), so the innermost loop runs over rows with the code's feature value
 * held in a register: a plain unit-stride loop over arrays indexed by the loop variable alone, which the JDK 17
 * SuperWord pass vectorises (it refuses offset indices). Two codes share each pass over the rows (two features
 * at a time); wider blocks spill registers and lose the vectorisation.
 * No n x k distance matrix is formed; a block's scratch stays in the L1/L2 cache.
 */
final class NearestCode {

    /** Codes whose distances are kept at once. */
    static final int GROUP = 16;

    /** Squared, lifts any positive double (subnormals included) above 1. */
    private static final double HUGE = 1e308;

    private final double[] codebook;
    private final int k;
    private final int d;

    /** A kernel for {@code k} codes of {@code d} features ({@code codebook} row-major k x d, not copied). */
    NearestCode(double[] codebook, int k, int d) {
        this.codebook = codebook;
        this.k = k;
        this.d = d;
    }

    /**
     * The nearest code of each of the {@code m} rows of a transposed block ({@code xt[j][r]} is feature j of row
     * r) into {@code code[0..m)}, its squared distance into {@code best[0..m)}. Codes are taken in groups of
     * {@link #GROUP} whose distances are kept; the group minimum, the first code that reaches it, and the merge
     * with the earlier groups (which win ties) are computed with arithmetic and {@code Math.min} only, loops the
     * JIT vectorises: with random data a branch per row and code would be mispredicted about ln(k) times per
     * row, which costs as much as the distances. A row whose distances are NaN gets code 0 and distance +inf,
     * as SciPy leaves it.
     *
     * @param s scratch sized for the block
     */
    void nearest(double[][] xt, int m, int[] code, double[] best, Scratch s) {
        double[] bestCode = s.bestCode;
        double[] min = s.min;
        java.util.Arrays.fill(best, 0, m, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(bestCode, 0, m, 0.0);
        for (int g = 0; g < k; g += GROUP) {
            int width = Math.min(GROUP, k - g);
            groupDistances(xt, m, g, width, s.accs);
            double[] first = firstMinimum(s, m, width);
            for (int r = 0; r < m; r++) {
                double lower = clamp01((best[r] - min[r]) * HUGE * HUGE);
                bestCode[r] += lower * (g + first[r] - bestCode[r]);
                best[r] = Math.min(best[r], min[r]);
            }
        }
        for (int r = 0; r < m; r++) {
            code[r] = (int) bestCode[r];
            if (best[r] != best[r]) {
                best[r] = Double.POSITIVE_INFINITY;
                code[r] = 0;
            }
        }
    }

    /** Per-thread scratch of a block of at most {@code rows} rows. */
    static final class Scratch {
        final double[][] accs;
        final double[] min;
        final double[] first;
        final double[] found;
        final double[] bestCode;

        Scratch(int rows) {
            accs = new double[GROUP][rows];
            min = new double[rows];
            first = new double[rows];
            found = new double[rows];
            bestCode = new double[rows];
        }
    }

    private void groupDistances(double[][] xt, int m, int g, int width, double[][] accs) {
        int c = 0;
        for (; c + 2 <= width; c += 2) {
            distances2(xt, m, (g + c) * d, accs[c], accs[c + 1]);
        }
        if (c < width) {
            distances(xt, m, (g + c) * d, accs[c]);
        }
    }

    /**
     * The group minimum of every row into {@code s.min}, and the position in the group of the first code that
     * reaches it (as a double) into the returned array; {@code 1 - clamp01(diff * HUGE * HUGE)} is 1 exactly when
     * the distance equals the minimum (any positive difference, subnormals included, saturates to 1).
     */
    private static double[] firstMinimum(Scratch s, int m, int width) {
        double[] min = s.min;
        double[] first = s.first;
        double[] found = s.found;
        System.arraycopy(s.accs[0], 0, min, 0, m);
        for (int c = 1; c < width; c++) {
            double[] a = s.accs[c];
            for (int r = 0; r < m; r++) {
                min[r] = Math.min(min[r], a[r]);
            }
        }
        java.util.Arrays.fill(first, 0, m, 0.0);
        java.util.Arrays.fill(found, 0, m, 0.0);
        for (int c = 0; c < width; c++) {
            double[] a = s.accs[c];
            double pos = c;
            for (int r = 0; r < m; r++) {
                double take = (1.0 - clamp01((a[r] - min[r]) * HUGE * HUGE)) * (1.0 - found[r]);
                first[r] += take * pos;
                found[r] += take;
            }
        }
        return first;
    }

    private static double clamp01(double v) {
        return Math.max(0.0, Math.min(v, 1.0));
    }

    /** Squared distances of every row to the two codes starting at codebook[base] and codebook[base + d]. */
    private void distances2(double[][] xt, int m, int base, double[] acc, double[] acc2) {
        java.util.Arrays.fill(acc, 0, m, 0.0);
        java.util.Arrays.fill(acc2, 0, m, 0.0);
        int j = 0;
        for (; j + 2 <= d; j += 2) {
            double a0 = codebook[base + j];
            double a1 = codebook[base + j + 1];
            double b0 = codebook[base + d + j];
            double b1 = codebook[base + d + j + 1];
            double[] x0 = xt[j];
            double[] x1 = xt[j + 1];
            for (int r = 0; r < m; r++) {
                double u0 = x0[r];
                double u1 = x1[r];
                double s0 = u0 - a0;
                double s1 = u1 - a1;
                double t0 = u0 - b0;
                double t1 = u1 - b1;
                acc[r] += s0 * s0 + s1 * s1;
                acc2[r] += t0 * t0 + t1 * t1;
            }
        }
        for (; j < d; j++) {
            double a = codebook[base + j];
            double b = codebook[base + d + j];
            double[] x = xt[j];
            for (int r = 0; r < m; r++) {
                double s = x[r] - a;
                double t = x[r] - b;
                acc[r] += s * s;
                acc2[r] += t * t;
            }
        }
    }

    /** acc[r] = squared distance of row r to the code starting at codebook[base]. */
    private void distances(double[][] xt, int m, int base, double[] acc) {
        java.util.Arrays.fill(acc, 0, m, 0.0);
        int j = 0;
        for (; j + 4 <= d; j += 4) {
            double c0 = codebook[base + j];
            double c1 = codebook[base + j + 1];
            double c2 = codebook[base + j + 2];
            double c3 = codebook[base + j + 3];
            double[] x0 = xt[j];
            double[] x1 = xt[j + 1];
            double[] x2 = xt[j + 2];
            double[] x3 = xt[j + 3];
            for (int r = 0; r < m; r++) {
                double t0 = x0[r] - c0;
                double t1 = x1[r] - c1;
                double t2 = x2[r] - c2;
                double t3 = x3[r] - c3;
                acc[r] += t0 * t0 + t1 * t1 + (t2 * t2 + t3 * t3);
            }
        }
        for (; j < d; j++) {
            double cj = codebook[base + j];
            double[] x = xt[j];
            for (int r = 0; r < m; r++) {
                double t = x[r] - cj;
                acc[r] += t * t;
            }
        }
    }
}
