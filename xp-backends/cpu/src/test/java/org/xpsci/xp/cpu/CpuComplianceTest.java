package org.xpsci.xp.cpu;

import org.xpsci.testing.compliance.ComplianceSuite;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Xp;

/** The array API compliance suite on the cpu backend. */
class CpuComplianceTest extends ComplianceSuite {
    @Override
    protected ArrayNamespace xp() {
        return Xp.backend("cpu");
    }
}
