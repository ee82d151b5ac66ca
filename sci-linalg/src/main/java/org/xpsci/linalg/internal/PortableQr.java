package org.xpsci.linalg.internal;

import java.util.List;
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
        NdArray r = xp.asarray(a, null, null, true);
        NdArray q = wantQ ? xp.asarray(xp.broadcastTo(Matrices.eye(xp, m, m, a), Matrices.shape(batch, m, m)), null,
                null, true) : null;
        NdArray colIds = xp.arange(n);
        NdArray perm = pivoting ? xp.broadcastTo(colIds, Matrices.shape(batch, n)) : null;
        for (int j = 0; j < k; j++) {
            if (pivoting) {
                NdArray swap = pivotSwap(xp, r, colIds, j, m, n);
                r = xp.takeAlongAxis(r, xp.broadcastTo(xp.expandDims(swap, -2), r.shape()), -1);
                perm = xp.takeAlongAxis(perm, xp.broadcastTo(swap, perm.shape()), -1);
            }
            step(xp, r, q, j, m, n);
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

    /** One Householder step on column j: R <- H^H R, Q <- Q H. */
    private static void step(ArrayNamespace xp, NdArray r, NdArray q, int j, int m, int n) {
        NdArray x = r.get(Index.ellipsis(), Index.range(j, m), Index.at(j));
        NdArray alpha = x.get(Index.ellipsis(), Index.at(0));
        NdArray rest = x.get(Index.ellipsis(), Index.range(1, m - j));
        NdArray restNorm2 = xp.sum(Matrices.abs2(xp, rest), new int[] {-1}, null, false);
        NdArray alphaRe = Matrices.re(xp, alpha);
        NdArray alphaIm = Matrices.im(xp, alpha);
        NdArray norm = xp.sqrt(xp.add(xp.add(xp.square(alphaRe), xp.square(alphaIm)), restNorm2));
        NdArray zero = Matrices.scalar(xp, 0, norm);
        NdArray identity = xp.logicalAnd(xp.equal(restNorm2, zero), xp.equal(alphaIm, zero));
        NdArray beta = xp.where(identity, alphaRe, xp.negative(xp.copysign(norm, alphaRe)));
        NdArray betaC = Checks.cast(xp, beta, x.dtype());
        NdArray safeBeta = xp.where(identity, Matrices.scalar(xp, 1, betaC), betaC);
        NdArray tau = xp.where(identity, Matrices.scalar(xp, 0, betaC), xp.divide(xp.subtract(betaC, alpha), safeBeta));
        NdArray denom = xp.where(identity, Matrices.scalar(xp, 1, betaC), xp.subtract(alpha, betaC));
        NdArray one = xp.ones(Matrices.shape(Matrices.batch(xp.expandDims(x, -1)), 1), x.dtype(), x.device());
        NdArray v = xp.concat(List.of(one, xp.divide(rest, xp.expandDims(denom, -1))), -1);
        NdArray vCol = xp.expandDims(v, -1);
        NdArray vRowH = xp.expandDims(Matrices.conj(xp, v), -2);
        NdArray sub = r.get(Index.ellipsis(), Index.range(j, m), Index.range(j, n));
        NdArray w = xp.matmul(vRowH, sub);
        NdArray tauConj = xp.expandDims(xp.expandDims(Matrices.conj(xp, tau), -1), -1);
        r.set(xp.subtract(sub, xp.multiply(tauConj, xp.multiply(vCol, w))), Index.ellipsis(), Index.range(j, m),
                Index.range(j, n));
        r.set(betaC, Index.ellipsis(), Index.at(j), Index.at(j));
        if (j + 1 < m) {
            r.set(xp.zeros(rest.shape(), r.dtype(), r.device()), Index.ellipsis(), Index.range(j + 1, m), Index.at(j));
        }
        if (q != null) {
            NdArray qs = q.get(Index.ellipsis(), Index.all(), Index.range(j, m));
            NdArray u = xp.matmul(qs, vCol);
            NdArray tauE = xp.expandDims(xp.expandDims(tau, -1), -1);
            q.set(xp.subtract(qs, xp.multiply(tauE, xp.multiply(u, vRowH))), Index.ellipsis(), Index.all(),
                    Index.range(j, m));
        }
    }
}
