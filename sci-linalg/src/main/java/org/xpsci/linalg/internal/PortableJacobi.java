package org.xpsci.linalg.internal;

import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/**
 * The Hermitian eigenproblem and the SVD written with the standard alone: Jacobi methods in round-robin
 * (Brent and Luk) order, so each round rotates N/2 disjoint pairs at once with whole-array operations
 * ({@code take}, elementwise arithmetic, {@code concat}), batched over leading axes. Two-sided rotations
 * diagonalise a Hermitian matrix; one-sided rotations orthogonalise the columns of a matrix, whose norms are
 * then its singular values. Each rotation is a real Jacobi rotation after the phase that makes its pivot
 * real. Sweeps repeat until the off-diagonal part is below working precision; each sweep reads one number
 * back to decide.
 */
public final class PortableJacobi {

    private static final int MAX_SWEEPS = 60;

    private PortableJacobi() {
    }

    /** Eigenvalues (ascending, real dtype) and eigenvectors (columns; null unless asked for). */
    public record Eigen(NdArray values, NdArray vectors) {
    }

    /** Singular values (descending, real dtype) and, when asked for, U and V^H. */
    public record Svd(NdArray u, NdArray s, NdArray vh) {
    }

    /** The eigen-decomposition of Hermitian matrices h (..., N, N), both triangles read. */
    public static Eigen eigh(ArrayNamespace xp, NdArray h, boolean vectors) {
        int n = h.shape(-1);
        int size = n + (n % 2);
        int[] batch = Matrices.batch(h);
        NdArray a = pad(xp, h, size, size);
        NdArray v = xp.broadcastTo(Matrices.eye(xp, size, size, h), Matrices.shape(batch, size, size));
        double eps = h.dtype().toReal().finfo().eps();
        for (int sweep = 0; ; sweep++) {
            if (offDiagonalSmall(xp, a, eps)) {
                break;
            }
            if (sweep == MAX_SWEEPS) {
                throw new LinAlgException("Eigenvalues did not converge");
            }
            for (int[] perm : rounds(size)) {
                NdArray[] av = rotateTwoSided(xp, a, v, perm);
                a = av[0];
                v = av[1];
            }
        }
        NdArray w = Matrices.re(xp, Matrices.diagonal(xp, a)).get(Index.ellipsis(), Index.range(0, n));
        NdArray order = xp.argsort(w, -1, false, true);
        NdArray values = xp.takeAlongAxis(w, order, -1);
        if (!vectors) {
            return new Eigen(values, null);
        }
        NdArray vn = v.get(Index.ellipsis(), Index.range(0, n), Index.range(0, n));
        NdArray cols = xp.broadcastTo(xp.expandDims(order, -2), vn.shape());
        return new Eigen(values, xp.takeAlongAxis(vn, cols, -1));
    }

    /** The singular values of a (..., M, N), and U, V^H when {@code vectors} ({@code full}: square U, V^H). */
    public static Svd svd(ArrayNamespace xp, NdArray a, boolean vectors, boolean full) {
        int m = a.shape(-2);
        int n = a.shape(-1);
        if (m < n) {
            Svd t = svd(xp, Matrices.conjT(xp, a), vectors, full);
            return vectors ? new Svd(Matrices.conjT(xp, t.vh()), t.s(), Matrices.conjT(xp, t.u())) : t;
        }
        int size = n + (n % 2);
        int[] batch = Matrices.batch(a);
        NdArray w = pad(xp, a, m, size);
        NdArray v = xp.broadcastTo(Matrices.eye(xp, size, size, a), Matrices.shape(batch, size, size));
        double eps = a.dtype().toReal().finfo().eps();
        for (int sweep = 0; ; sweep++) {
            if (columnsOrthogonal(xp, w, eps)) {
                break;
            }
            if (sweep == MAX_SWEEPS) {
                throw new LinAlgException("SVD did not converge");
            }
            for (int[] perm : rounds(size)) {
                NdArray[] wv = rotateOneSided(xp, w, v, perm);
                w = wv[0];
                v = wv[1];
            }
        }
        NdArray wn = w.get(Index.ellipsis(), Index.range(0, n));
        NdArray sigma = xp.sqrt(xp.sum(Matrices.abs2(xp, wn), new int[] {-2}, null, false));
        NdArray order = xp.argsort(sigma, -1, true, true);
        NdArray s = xp.takeAlongAxis(sigma, order, -1);
        if (!vectors) {
            return new Svd(null, s, null);
        }
        NdArray sortedW = xp.takeAlongAxis(wn, xp.broadcastTo(xp.expandDims(order, -2), wn.shape()), -1);
        NdArray vn = v.get(Index.ellipsis(), Index.range(0, n), Index.range(0, n));
        NdArray sortedV = xp.takeAlongAxis(vn, xp.broadcastTo(xp.expandDims(order, -2), vn.shape()), -1);
        NdArray u = leftVectors(xp, sortedW, full);
        return new Svd(u, s, Matrices.conjT(xp, sortedV));
    }

    /**
     * U from the rotated columns (sorted by descending norm): a Householder QR of them gives each normalised
     * column up to the phase of R's diagonal, and completes the basis where columns vanish or full matrices
     * are asked for.
     */
    private static NdArray leftVectors(ArrayNamespace xp, NdArray w, boolean full) {
        int m = w.shape(-2);
        int n = w.shape(-1);
        PortableQr.Factors qr = PortableQr.factor(xp, w, true, false);
        NdArray rd = Matrices.diagonal(xp, qr.r());
        NdArray mag = xp.sqrt(Matrices.abs2(xp, rd));
        NdArray zero = xp.equal(mag, Matrices.scalar(xp, 0, mag));
        NdArray phase = xp.where(zero, Matrices.scalar(xp, 1, rd),
                xp.divide(rd, Checks.cast(xp, xp.where(zero, Matrices.scalar(xp, 1, mag), mag), rd.dtype())));
        NdArray q = qr.q();
        NdArray first = xp.multiply(Matrices.cols(q, 0, n), xp.expandDims(phase, -2));
        if (!full || m == n) {
            return first;
        }
        return xp.concat(List.of(first, Matrices.cols(q, n, m)), -1);
    }

    /** The round-robin pairings of one sweep: each perm lists the first members, then their partners. */
    static int[][] rounds(int size) {
        int half = size / 2;
        int[] players = new int[size];
        for (int i = 0; i < size; i++) {
            players[i] = i;
        }
        int[][] out = new int[Math.max(size - 1, 0)][];
        for (int r = 0; r < size - 1; r++) {
            int[] perm = new int[size];
            for (int i = 0; i < half; i++) {
                int x = players[i];
                int y = players[size - 1 - i];
                perm[i] = Math.min(x, y);
                perm[half + i] = Math.max(x, y);
            }
            out[r] = perm;
            int last = players[size - 1];
            System.arraycopy(players, 1, players, 2, size - 2);
            players[1] = last;
        }
        return out;
    }

    /** a with zero rows and columns appended up to (rows, cols). */
    private static NdArray pad(ArrayNamespace xp, NdArray a, int rows, int cols) {
        NdArray out = a;
        int[] batch = Matrices.batch(a);
        if (cols > a.shape(-1)) {
            out = xp.concat(List.of(out, xp.zeros(Matrices.shape(batch, out.shape(-2), cols - a.shape(-1)),
                    a.dtype(), a.device())), -1);
        }
        if (rows > a.shape(-2)) {
            out = xp.concat(List.of(out, xp.zeros(Matrices.shape(batch, rows - a.shape(-2), cols), a.dtype(),
                    a.device())), -2);
        }
        return out;
    }

    /** The rotations (c, s, phase) that annihilate the pivots apq of the 2x2 Hermitian blocks. */
    private static NdArray[] rotations(ArrayNamespace xp, NdArray app, NdArray aqq, NdArray apq) {
        NdArray g = xp.sqrt(Matrices.abs2(xp, apq));
        NdArray zero = xp.equal(g, Matrices.scalar(xp, 0, g));
        NdArray safeG = xp.where(zero, Matrices.scalar(xp, 1, g), g);
        NdArray tau = xp.divide(xp.subtract(aqq, app), xp.multiply(safeG, 2.0));
        NdArray sign = xp.where(xp.less(tau, Matrices.scalar(xp, 0, tau)), Matrices.scalar(xp, -1, tau),
                Matrices.scalar(xp, 1, tau));
        NdArray t = xp.divide(sign, xp.add(xp.abs(tau), xp.sqrt(xp.add(xp.square(tau), 1.0))));
        t = xp.where(zero, Matrices.scalar(xp, 0, t), t);
        NdArray c = xp.divide(Matrices.scalar(xp, 1, t), xp.sqrt(xp.add(xp.square(t), 1.0)));
        NdArray s = xp.multiply(t, c);
        NdArray e = xp.where(zero, Matrices.scalar(xp, 1, apq),
                xp.divide(Matrices.conj(xp, apq), Checks.cast(xp, safeG, apq.dtype())));
        return new NdArray[] {Checks.cast(xp, c, apq.dtype()), Checks.cast(xp, s, apq.dtype()), e};
    }

    /** One round of two-sided rotations on a (and of v's columns). */
    private static NdArray[] rotateTwoSided(ArrayNamespace xp, NdArray a, NdArray v, int[] permutation) {
        int size = permutation.length;
        int half = size / 2;
        NdArray perm = xp.asarray(toLong(permutation));
        NdArray inverse = xp.asarray(toLong(inverse(permutation)));
        NdArray p = xp.take(xp.take(a, perm, -2), perm, -1);
        NdArray d = Matrices.diagonal(xp, p);
        NdArray app = Matrices.re(xp, d.get(Index.ellipsis(), Index.range(0, half)));
        NdArray aqq = Matrices.re(xp, d.get(Index.ellipsis(), Index.range(half, size)));
        NdArray apq = Matrices.diagonal(xp, p.get(Index.ellipsis(), Index.range(0, half), Index.range(half, size)));
        NdArray[] cse = rotations(xp, app, aqq, apq);
        NdArray c = cse[0];
        NdArray s = cse[1];
        NdArray e = cse[2];
        NdArray eBar = Matrices.conj(xp, e);
        NdArray top = Matrices.rows(p, 0, half);
        NdArray bottom = Matrices.rows(p, half, size);
        NdArray rc = xp.expandDims(c, -1);
        NdArray rs = xp.expandDims(s, -1);
        NdArray re = xp.expandDims(eBar, -1);
        NdArray top2 = xp.subtract(xp.multiply(rc, top), xp.multiply(xp.multiply(rs, re), bottom));
        NdArray bottom2 = xp.add(xp.multiply(rs, top), xp.multiply(xp.multiply(rc, re), bottom));
        NdArray rowsDone = xp.concat(List.of(top2, bottom2), -2);
        NdArray both = rotateColumns(xp, rowsDone, c, s, e, half, size);
        NdArray vr = rotateColumns(xp, xp.take(v, perm, -1), c, s, e, half, size);
        return new NdArray[] {xp.take(xp.take(both, inverse, -2), inverse, -1), xp.take(vr, inverse, -1)};
    }

    /** Columns p' = c p - s e q, q' = s p + c e q for the paired column halves of x. */
    private static NdArray rotateColumns(ArrayNamespace xp, NdArray x, NdArray c, NdArray s, NdArray e, int half,
                                         int size) {
        NdArray left = Matrices.cols(x, 0, half);
        NdArray right = Matrices.cols(x, half, size);
        NdArray cc = xp.expandDims(c, -2);
        NdArray ss = xp.expandDims(s, -2);
        NdArray ee = xp.expandDims(e, -2);
        NdArray left2 = xp.subtract(xp.multiply(left, cc), xp.multiply(right, xp.multiply(ss, ee)));
        NdArray right2 = xp.add(xp.multiply(left, ss), xp.multiply(right, xp.multiply(cc, ee)));
        return xp.concat(List.of(left2, right2), -1);
    }

    /** One round of one-sided rotations on w's columns (and v's). */
    private static NdArray[] rotateOneSided(ArrayNamespace xp, NdArray w, NdArray v, int[] permutation) {
        int size = permutation.length;
        int half = size / 2;
        NdArray perm = xp.asarray(toLong(permutation));
        NdArray inverse = xp.asarray(toLong(inverse(permutation)));
        NdArray wp = xp.take(w, perm, -1);
        NdArray left = Matrices.cols(wp, 0, half);
        NdArray right = Matrices.cols(wp, half, size);
        NdArray alpha = xp.sum(Matrices.abs2(xp, left), new int[] {-2}, null, false);
        NdArray beta = xp.sum(Matrices.abs2(xp, right), new int[] {-2}, null, false);
        NdArray gamma = xp.sum(xp.multiply(Matrices.conj(xp, left), right), new int[] {-2}, null, false);
        NdArray[] cse = rotations(xp, alpha, beta, gamma);
        NdArray w2 = rotateColumns(xp, wp, cse[0], cse[1], cse[2], half, size);
        NdArray v2 = rotateColumns(xp, xp.take(v, perm, -1), cse[0], cse[1], cse[2], half, size);
        return new NdArray[] {xp.take(w2, inverse, -1), xp.take(v2, inverse, -1)};
    }

    /**
     * Whether the off-diagonal part of every matrix is below n eps times its Frobenius norm (the level the
     * rotations' own rounding leaves, and LAPACK's backward error).
     */
    private static boolean offDiagonalSmall(ArrayNamespace xp, NdArray a, double eps) {
        double tol = eps * a.shape(-1);
        NdArray total = xp.sum(Matrices.abs2(xp, a), new int[] {-2, -1}, null, false);
        NdArray diag = xp.sum(Matrices.abs2(xp, Matrices.diagonal(xp, a)), new int[] {-1}, null, false);
        NdArray off = xp.subtract(total, diag);
        NdArray limit = xp.multiply(total, tol * tol);
        return xp.all(xp.lessEqual(off, limit)).booleanValue();
    }

    /**
     * Whether every pair of columns of every w is orthogonal to working precision: |w_i^H w_j| at most
     * max(M, N) eps ||w_i|| ||w_j|| (the rounding level of the Gram matrix itself).
     */
    private static boolean columnsOrthogonal(ArrayNamespace xp, NdArray w, double eps) {
        double tol = eps * Math.max(w.shape(-2), w.shape(-1));
        NdArray gram = xp.matmul(Matrices.conjT(xp, w), w);
        NdArray norms = Matrices.re(xp, Matrices.diagonal(xp, gram));
        NdArray scale = xp.multiply(xp.expandDims(norms, -1), xp.expandDims(norms, -2));
        NdArray off = xp.subtract(Matrices.abs2(xp, gram), xp.multiply(Matrices.eye(xp, w.shape(-1), w.shape(-1),
                scale), Matrices.abs2(xp, gram)));
        NdArray limit = xp.multiply(scale, tol * tol);
        return xp.all(xp.lessEqual(off, limit)).booleanValue();
    }

    private static long[] toLong(int[] a) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    private static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            inv[perm[i]] = i;
        }
        return inv;
    }
}
