package org.xpsci.cli;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;

/**
 * The scipy.fft commands against SciPy: every transform and norm, n/axis/s/axes, every input dtype and .npy
 * flavour (big-endian, Fortran order, format 2.0 and 3.0), frequencies and shifts (cases in gen_cli.py).
 */
class FftCommandsTest {

    @XpTest
    void everyFftCaseMatchesScipy(ArrayNamespace xp) {
        CaseRunner.runGroup(xp, "fft");
    }
}
