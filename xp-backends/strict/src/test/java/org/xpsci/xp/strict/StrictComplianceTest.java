package org.xpsci.xp.strict;

import org.xpsci.testing.compliance.ComplianceSuite;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Xp;

/** The array API compliance suite on the strict backend. */
class StrictComplianceTest extends ComplianceSuite {
    @Override
    protected ArrayNamespace xp() {
        return Xp.backend("strict");
    }
}
