package org.xpsci.cluster.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.cluster.Raises.raises;

import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.ClusterWarnings;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** is_valid_linkage on a valid matrix and one broken matrix per SciPy rule, on both paths. */
class ValidityTest {

    private static final Fixture F = Fixtures.load("hierarchy.npz");
    private static final String[] MESSAGES = {
        "Linkage 'Z' contains negative indices.",
        "Linkage 'Z' contains negative distances.",
        "Linkage 'Z' contains negative counts.",
        "Linkage 'Z' contains excessive observations in a cluster",
        "Linkage 'Z' uses non-singleton cluster before it is formed.",
        "Linkage 'Z' uses the same cluster more than once.",
    };

    @XpTest
    void verdictsMatchSciPy(ArrayNamespace xp) {
        assertEquals(F.get(xp, "valid_expected").booleanValue(), Hierarchy.isValidLinkage(F.get(xp, "Z")));
        NdArray expected = F.get(xp, "invalid_expected");
        for (int i = 0; i < MESSAGES.length; i++) {
            NdArray bad = F.get(xp, "invalid").get(Index.at(i), Index.ellipsis());
            assertEquals(expected.get(Index.at(i)).booleanValue(), Hierarchy.isValidLinkage(bad));
            String message = MESSAGES[i];
            raises(() -> Hierarchy.isValidLinkage(bad, false, true, "Z"), message);
            try (var c = ClusterWarnings.capture()) {
                Hierarchy.isValidLinkage(bad, true, false, "Z");
                assertEquals(1, c.warnings().size());
                assertEquals(ClusterWarning.Category.CLUSTER_WARNING, c.warnings().get(0).category());
                assertEquals("scipy.cluster: " + message, c.warnings().get(0).message());
            }
        }
    }

    @XpTest
    void shapeRules(ArrayNamespace xp) {
        NdArray z = F.get(xp, "Z");
        raises(() -> Hierarchy.isValidLinkage(xp.astype(z, DType.FLOAT32), false, true, "Z"),
                "Linkage matrix 'Z' must contain doubles.");
        raises(() -> Hierarchy.isValidLinkage(xp.ones(4), false, true, null),
                "Linkage matrix must have shape=2 (i.e. be two-dimensional).");
        raises(() -> Hierarchy.isValidLinkage(xp.ones(3, 3), false, true, null), "must have 4 columns.");
        raises(() -> Hierarchy.isValidLinkage(xp.ones(0, 4), false, true, null),
                "Linkage must be computed on at least two observations.");
        assertEquals(false, Hierarchy.isValidLinkage(xp.ones(3, 3)));
        assertTrue(Hierarchy.isValidLinkage(xp.asarray(new double[][] {{0, 1, 1, 2}})));
    }
}
