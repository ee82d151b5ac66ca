package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Householder QR ({@code geqrf}/{@code ungqr}, and {@code geqp3}'s column pivoting) written with the standard
 * alone, batched. Reflectors follow LAPACK's {@code larfg}: {@code beta = -sign(Re alpha) * ||x||}, so R's
 * diagonal has LAPACK's signs. With pivoting, the column of largest remaining norm is moved forward at each
 * step (norms recomputed exactly rather than downdated).
 */
public final class PortableQr {

    private PortableQr() {
    }

    /**
     * The factors of a stack (..., M, N).
     *
     * @param q    the complete (..., M, M) orthonormal factor, or null when not asked for
     * @param r    the (..., M, N) upper trapezoidal factor
     * @param perm the column order (default integer dtype), or null without pivoting
     */
    public record Factors(NdArray q, NdArray r, NdArray perm) {
    }

    /** Factors every matrix of a (floating; not modified). */
    public static Factors factor(ArrayNamespace xp, NdArray a, boolean wantQ, boolean pivoting) {
        int m = a.shape(-2);
        int n = a.shape(-1);
        int k = Math.min(m, n);
        int[] batch = Matrices.batch(a);
        NdArray r = a;
        NdArray q = wantQ ? xp.broadcastTo(Matrices.eye(xp, m, m, a), Matrices.shape(batch, m, m)) : null;
        NdArray colIds = xp.arange(n);
        NdArray perm = pivoting ? xp.broadcastTo(colIds, Matrices.shape(batch, n)) : null;
        for (int j = 0; j < k; j++) {
            if (pivoting) {
                NdArray swap = pivotSwap(xp, r, colIds, j, m, n);
                r = xp.takeAlongAxis(r, xp.broadcastTo(xp.expandDims(swap, -2), r.shape()), -1);
                perm = xp.takeAlongAxis(perm, xp.broadcastTo(swap, perm.shape()), -1);
            }
            NdArray[] rq = step(xp, r, q, j, m, n);
            r = rq[0];
            q = rq[1];
        }
        return new Factors(q, r, perm);
    }

    /** The column order that swaps column j with the remaining column of largest norm. */
    private static NdArray pivotSwap(ArrayNamespace xp, NdArray r, NdArray colIds, int j, int m, int n) {
        NdArray trailing = r.get(Index.ellipsis(), Index.range(j, m), Index.range(j, n));
        NdArray norms = xp.sum(Matrices.abs2(xp, trailing), new int[] {-2}, null, false);
        NdArray p = xp.expandDims(xp.add(xp.argmax(norms, -1, false), xp.asarray((long) j)), -1);
        NdArray jj = xp.asarray((long) j);
        return xp.where(xp.equal(colIds, jj), p, xp.where(xp.equal(colIds, p), jj, colIds));
    }

    /** One Householder step on column j: R <- H^H R, Q <- Q H; masks select rows and columns from j on. */
    private static NdArray[] step(ArrayNamespace xp, NdArray r, NdArray q, int j, int m, int n) {
        NdArray rows = xp.arange(m);
        NdArray jj = xp.asarray((long) j);
        NdArray after = xp.greater(rows, jj);
        NdArray atJ = xp.equal(rows, jj);
        NdArray zeroR = Matrices.scalar(xp, 0, r);
        NdArray x = Matrices.col(r, j);
        NdArray alpha = x.get(Index.ellipsis(), Index.at(j));
        NdArray restNorm2 = xp.sum(xp.where(after, Matrices.abs2(xp, x), Matrices.scalar(xp, 0, Matrices.re(xp, x))),
                new int[] {-1}, null, false);
        NdArray alphaRe = Matrices.re(xp, alpha);
        NdArray alphaIm = Matrices.im(xp, alpha);
        NdArray norm = xp.sqrt(xp.add(xp.add(xp.square(alphaRe), xp.square(alphaIm)), restNorm2));
        NdArray zero = Matrices.scalar(xp, 0, norm);
        NdArray identity = xp.logicalAnd(xp.equal(restNorm2, zero), xp.equal(alphaIm, zero));
        NdArray beta = Checks.cast(xp, xp.where(identity, alphaRe, xp.negative(xp.copysign(norm, alphaRe))), r.dtype());
        NdArray one = Matrices.scalar(xp, 1, beta);
        NdArray tau = xp.where(identity, zeroR, xp.divide(xp.subtract(beta, alpha), xp.where(identity, one, beta)));
        NdArray denom = xp.expandDims(xp.where(identity, one, xp.subtract(alpha, beta)), -1);
        NdArray v = xp.where(after, xp.divide(x, denom), xp.where(atJ, Matrices.scalar(xp, 1, r), zeroR));
        NdArray vCol = xp.expandDims(v, -1);
        NdArray vRowH = xp.expandDims(Matrices.conj(xp, v), -2);
        NdArray cols = xp.arange(n);
        NdArray fromJ = xp.greaterEqual(cols, jj);
        NdArray w = xp.where(fromJ, xp.matmul(vRowH, r), zeroR);
        NdArray tauConj = xp.expandDims(xp.expandDims(Matrices.conj(xp, tau), -1), -1);
        NdArray next = xp.subtract(r, xp.multiply(tauConj, xp.multiply(vCol, w)));
        NdArray colJ = xp.equal(cols, jj);
        NdArray betaE = xp.expandDims(xp.expandDims(beta, -1), -1);
        next = xp.where(xp.logicalAnd(xp.expandDims(atJ, -1), colJ), betaE, next);
        next = xp.where(xp.logicalAnd(xp.expandDims(after, -1), colJ), zeroR, next);
        NdArray nextQ = null;
        if (q != null) {
            NdArray u = xp.matmul(q, vCol);
            NdArray tauE = xp.expandDims(xp.expandDims(tau, -1), -1);
            nextQ = xp.subtract(q, xp.multiply(tauE, xp.multiply(u, vRowH)));
        }
        return new NdArray[] {next, nextQ};
    }
}
