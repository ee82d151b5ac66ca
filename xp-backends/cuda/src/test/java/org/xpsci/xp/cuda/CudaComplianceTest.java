package org.xpsci.xp.cuda;

import org.xpsci.testing.compliance.ComplianceSuite;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Xp;

/** The array API compliance suite on the cuda backend; skipped with the reason where no GPU is usable. */
class CudaComplianceTest extends ComplianceSuite {
    @Override
    protected ArrayNamespace xp() {
        return Xp.backend("cuda");
    }
}
