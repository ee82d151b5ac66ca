package org.xpsci.linalg.internal;

/**
 * Triangular solves {@code T X = B} ({@code trtrs}) in place of a row-major host matrix B, real or interleaved
 * complex. T is read through element strides, so a transposed triangle is the same call with its strides
 * swapped; {@code conj} conjugates T's elements (for A^H systems). Only T's triangle is read.
 */
final class HostTriangular {

    private HostTriangular() {
    }

    /**
     * Solves with the n x n triangle at {@code t[off + (i*rs + j*cs)*w]} (w = 2 for complex) against the n x nrhs
     * B at {@code b[bOff..]}.
     *
     * @param lower whether T is lower triangular (forward substitution), else upper
     * @param unit  whether T's diagonal is taken as ones
     * @return -1, or the index of the first exactly zero diagonal element (B is then left partly solved)
     */
    static int solve(double[] t, int off, int n, int rs, int cs, double[] b, int bOff, int nrhs, boolean complex,
                     boolean lower, boolean unit, boolean conj) {
        if (!unit) {
            for (int i = 0; i < n; i++) {
                int e = off + (i * rs + i * cs) * (complex ? 2 : 1);
                if (t[e] == 0 && (!complex || t[e + 1] == 0)) {
                    return i;
                }
            }
        }
        return complex ? complexSolve(t, off, n, rs, cs, b, bOff, nrhs, lower, unit, conj)
                : realSolve(t, off, n, rs, cs, b, bOff, nrhs, lower, unit);
    }

    /** Real substitution on B's rows as separate arrays (indexed by the loop variable alone: vectorised). */
    private static int realSolve(double[] t, int off, int n, int rs, int cs, double[] b, int bOff, int nrhs,
                                 boolean lower, boolean unit) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(b, bOff + i * nrhs, bOff + (i + 1) * nrhs);
        }
        for (int s = 0; s < n; s++) {
            int i = lower ? s : n - 1 - s;
            double[] bi = rows[i];
            int from = lower ? 0 : i + 1;
            int to = lower ? i : n;
            for (int p = from; p < to; p++) {
                double f = t[off + i * rs + p * cs];
                if (f != 0) {
                    double[] bp = rows[p];
                    for (int c = 0; c < nrhs; c++) {
                        bi[c] -= f * bp[c];
                    }
                }
            }
            if (!unit) {
                double d = t[off + i * rs + i * cs];
                for (int c = 0; c < nrhs; c++) {
                    bi[c] /= d;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, b, bOff + i * nrhs, nrhs);
        }
        return -1;
    }

    private static int complexSolve(double[] t, int off, int n, int rs, int cs, double[] b, int bOff, int nrhs,
                                    boolean lower, boolean unit, boolean conj) {
        double sign = conj ? -1 : 1;
        int w = 2 * nrhs;
        for (int s = 0; s < n; s++) {
            int i = lower ? s : n - 1 - s;
            int bi = bOff + i * w;
            int from = lower ? 0 : i + 1;
            int to = lower ? i : n;
            for (int p = from; p < to; p++) {
                int e = off + 2 * (i * rs + p * cs);
                double fr = t[e];
                double fi = sign * t[e + 1];
                int bp = bOff + p * w;
                for (int c = 0; c < w; c += 2) {
                    double xr = b[bp + c];
                    double xi = b[bp + c + 1];
                    b[bi + c] -= fr * xr - fi * xi;
                    b[bi + c + 1] -= fr * xi + fi * xr;
                }
            }
            if (!unit) {
                int e = off + 2 * (i * rs + i * cs);
                double dr = t[e];
                double di = sign * t[e + 1];
                double mag = dr * dr + di * di;
                for (int c = 0; c < w; c += 2) {
                    double xr = b[bi + c];
                    double xi = b[bi + c + 1];
                    b[bi + c] = (xr * dr + xi * di) / mag;
                    b[bi + c + 1] = (xi * dr - xr * di) / mag;
                }
            }
        }
        return -1;
    }
}
