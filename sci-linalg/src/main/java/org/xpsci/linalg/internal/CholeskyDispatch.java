package org.xpsci.linalg.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/**
 * Cholesky factorisation of floating stacks: the namespace's linalg extension when it has one (on the
 * Hermitian matrix rebuilt from the chosen triangle), else {@link PortableCholesky}. A failure is reported
 * with LAPACK's info (the order of the first leading minor that is not positive definite) and the failing
 * batch slices, so each caller can word it as SciPy does.
 */
public final class CholeskyDispatch {

    private CholeskyDispatch() {
    }

    /**
     * The outcome of a factorisation.
     *
     * @param factor      the factor (other triangle zero), or null on failure
     * @param failedMinor on failure, the 1-based order of the failing leading minor in the first failing slice
     * @param failed      on failure, the flat indices of the failing batch slices
     */
    public record Outcome(NdArray factor, long failedMinor, List<Integer> failed) {

        /** Whether every matrix was positive definite. */
        public boolean ok() {
            return factor != null;
        }

        /** The factor, or SciPy's {@code cholesky} error. */
        public NdArray orThrow() {
            if (factor == null) {
                throw new LinAlgException(failedMinor + "-th leading minor of the array is not positive definite");
            }
            return factor;
        }
    }

    /** Factors the Hermitian matrices whose triangle {@code lower} names is a's; returns L, or U when !lower. */
    public static Outcome factor(ArrayNamespace xp, NdArray a, boolean lower) {
        if (a.shape(-1) == 0) {
            return new Outcome(xp.zerosLike(a), 0, List.of());
        }
        if (Dispatch.extension(xp)) {
            try {
                NdArray h = Matrices.fromTriangle(xp, a, lower, true);
                return new Outcome(xp.linalg().cholesky(h, !lower), 0, List.of());
            } catch (LinAlgException e) {
                return failure(xp, a, lower);
            }
        }
        PortableCholesky.Result r = PortableCholesky.factor(xp, a, lower);
        if (PortableCholesky.positiveDefinite(xp, r)) {
            return new Outcome(r.factor(), 0, List.of());
        }
        return failure(xp, a, lower);
    }

    /** Locates the failure, on the host when possible. */
    private static Outcome failure(ArrayNamespace xp, NdArray a, boolean lower) {
        List<Integer> failed = new ArrayList<>();
        long minor = 0;
        if (Dispatch.host(a)) {
            HostStack s = HostStack.read(a);
            for (int b = 0; b < s.count(); b++) {
                HostStack one = new HostStack(java.util.Arrays.copyOfRange(s.data(), s.offset(b), s.offset(b + 1)), 1,
                        s.rows(), s.cols(), s.complex());
                long k = HostCholesky.failedMinor(one, lower);
                if (k > 0) {
                    failed.add(b);
                    minor = minor == 0 ? k : minor;
                }
            }
            return new Outcome(null, minor, failed);
        }
        PortableCholesky.Result r = PortableCholesky.factor(xp, a, lower);
        NdArray bad = xp.logicalNot(xp.all(xp.greater(r.pivots(), Matrices.scalar(xp, 0, r.pivots())),
                new int[] {-1}, false));
        NdArray flat = xp.reshape(bad, -1);
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get((long) i).booleanValue()) {
                failed.add(i);
            }
        }
        return new Outcome(null, PortableCholesky.failedMinor(xp, r), failed);
    }
}
