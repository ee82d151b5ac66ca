package org.xpsci.cli;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;

/**
 * The scipy.stats commands against SciPy (cases in gen_cli.py): ttest-ind (Student's and Welch's, every
 * alternative, axis none, NaN policies), ttest-1samp, ttest-rel and describe, on float64, float32 and int32.
 */
class StatsCommandsTest {

    @XpTest
    void everyStatsCaseMatchesScipy(ArrayNamespace xp) {
        CaseRunner.runGroup(xp, "stats");
    }
}
