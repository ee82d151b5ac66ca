package org.xpsci.cli;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;

/**
 * The scipy.linalg commands against SciPy (cases in gen_cli.py): solve with each structure, inv, det, cholesky,
 * svd, eigh, qr and lstsq on real, complex, float32, Fortran-order and stacked input. Singular vectors,
 * eigenvectors and the Q/R factors are unique only up to the sign (phase) of each vector: they are compared
 * after {@link SignFix} aligns xpsci's to SciPy's.
 */
class LinalgCommandsTest {

    @XpTest
    void everyLinalgCaseMatchesScipy(ArrayNamespace xp) {
        CaseRunner.runGroup(xp, "linalg", SignFix::comparison);
    }
}
