package org.xpsci.cli;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;

/**
 * The scipy.signal commands against SciPy (cases in gen_cli.py): welch with every option (windows by name,
 * tuple and file; detrend; scaling; median averaging; axis; complex, float32 and integer input), periodogram,
 * csd, coherence, get-window and detrend.
 */
class SignalCommandsTest {

    @XpTest
    void everySignalCaseMatchesScipy(ArrayNamespace xp) {
        CaseRunner.runGroup(xp, "signal");
    }
}
