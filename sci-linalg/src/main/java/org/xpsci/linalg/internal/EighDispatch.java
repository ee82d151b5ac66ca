package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.NdArray;

/**
 * Eigenvalues (ascending) and eigenvectors of full Hermitian floating stacks: the namespace's linalg
 * extension when it has one, else the Jacobi method of {@link PortableJacobi}.
 */
public final class EighDispatch {

    private EighDispatch() {
    }

    /** Values (real dtype) and, when {@code vectors}, eigenvectors as columns (else null). */
    public static EighResult eigh(ArrayNamespace xp, NdArray h, boolean vectors) {
        if (h.shape(-1) == 0) {
            return new EighResult(xp.zeros(Matrices.shape(Matrices.batch(h), 0), Matrices.real(h), h.device()),
                    vectors ? xp.zerosLike(h) : null);
        }
        if (Dispatch.extension(xp)) {
            if (vectors) {
                return xp.linalg().eigh(h);
            }
            return new EighResult(xp.linalg().eigvalsh(h), null);
        }
        PortableJacobi.Eigen e = PortableJacobi.eigh(xp, h, vectors);
        return new EighResult(e.values(), e.vectors());
    }
}
