package org.xpsci.cluster.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.cluster.Raises.raises;

import java.util.List;
import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.ClusterWarnings;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** linkage against SciPy 1.17 for every method, from observations and condensed distances, with ties. */
@SkipBackend(value = "cuda", reason = "hierarchy functions run on host memory and refuse device arrays"
        + " without copying them (DeviceArraysTest checks the refusal)")
class LinkageTest {

    private static final Fixture F = Fixtures.load("hierarchy.npz");

    @XpTest
    void everyMethodFromObservationsAndCondensedDistances(ArrayNamespace xp) {
        for (LinkageMethod m : LinkageMethod.values()) {
            String label = m.label();
            NdArray z = Hierarchy.linkage(F.get(xp, "x"), m);
            XpAssert.assertClose(z, F.get(xp, "Z_" + label), 1e-12, 0);
            XpAssert.assertClose(Hierarchy.linkage(F.get(xp, "y"), m), F.get(xp, "Zc_" + label), 1e-12, 0);
        }
    }

    @XpTest
    void tiedDistancesFollowSciPysOrder(ArrayNamespace xp) {
        for (LinkageMethod m : LinkageMethod.values()) {
            XpAssert.assertEqual(Hierarchy.linkage(F.get(xp, "ties"), m), F.get(xp, "Zt_" + m.label()));
            XpAssert.assertClose(Hierarchy.linkage(F.get(xp, "grid"), m), F.get(xp, "Zg_" + m.label()), 1e-14, 0);
            XpAssert.assertClose(Hierarchy.linkage(F.get(xp, "dup"), m), F.get(xp, "Zd_" + m.label()), 1e-14, 0);
        }
    }

    @XpTest
    void float32AndIntegerInputGiveFloat64(ArrayNamespace xp) {
        for (LinkageMethod m : LinkageMethod.values()) {
            NdArray z = Hierarchy.linkage(F.get(xp, "x32"), m);
            XpAssert.assertClose(z, F.get(xp, "Z32_" + m.label()), 1e-12, 0);
        }
        NdArray ints = xp.astype(F.get(xp, "ties"), DType.INT64);
        XpAssert.assertEqual(Hierarchy.linkage(ints, LinkageMethod.COMPLETE), F.get(xp, "Zt_complete"));
    }

    @XpTest
    void everyMetric(ArrayNamespace xp) {
        for (Metric mt : Metric.values()) {
            NdArray z = Hierarchy.linkage(F.get(xp, "x"), LinkageMethod.AVERAGE, mt);
            XpAssert.assertClose(z, F.get(xp, "Zm_" + mt.label()), 1e-12, 1e-15);
        }
    }

    @XpTest
    void twoObservationsGiveOneRow(ArrayNamespace xp) {
        NdArray z = Hierarchy.linkage(xp.asarray(new double[] {2.5}), LinkageMethod.WARD);
        XpAssert.assertEqual(z, xp.asarray(new double[][] {{0, 1, 2.5, 2}}));
        NdArray obs = Hierarchy.linkage(xp.asarray(new double[][] {{0, 0}, {3, 4}}));
        XpAssert.assertEqual(obs, xp.asarray(new double[][] {{0, 1, 5, 2}}));
    }

    @XpTest
    void squareDistanceMatrixInputWarns(ArrayNamespace xp) {
        NdArray square = xp.asarray(new double[][] {{0, 1, 2}, {1, 0, 3}, {2, 3, 0}});
        List<ClusterWarning> w;
        try (var c = ClusterWarnings.capture()) {
            Hierarchy.linkage(square);
            w = c.warnings();
        }
        assertEquals(1, w.size());
        assertEquals(ClusterWarning.Category.CLUSTER_WARNING, w.get(0).category());
        assertEquals("The symmetric non-negative hollow observation matrix looks suspiciously like an uncondensed"
                + " distance matrix", w.get(0).message());
        try (var c = ClusterWarnings.capture()) {
            Hierarchy.linkage(F.get(xp, "x"));
            assertEquals(List.of(), c.warnings());
        }
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        NdArray x = F.get(xp, "x");
        raises(() -> LinkageMethod.parse("Ward"), "Invalid method: Ward", "single, complete");
        raises(() -> Metric.parse("hamming"), "Unknown Distance Metric: hamming", "euclidean");
        raises(() -> Hierarchy.linkage(x, LinkageMethod.WARD, Metric.CITYBLOCK),
                "`method=ward` requires the distance metric to be Euclidean", "cityblock");
        raises(() -> Hierarchy.linkage(x, LinkageMethod.MEDIAN, Metric.COSINE), "`method=median`");
        raises(() -> Hierarchy.linkage(xp.ones(4)), "must be a binomial coefficient", "'y'", "4");
        raises(() -> Hierarchy.linkage(xp.ones(2, 2, 2)), "`y` must be 1 or 2 dimensional", "3");
        raises(() -> Hierarchy.linkage(xp.asarray(1.0)), "`y` must be 1 or 2 dimensional", "0");
        raises(() -> Hierarchy.linkage(xp.asarray(new double[] {1, Double.NaN, 2})),
                "The condensed distance matrix must contain only finite values.");
        raises(() -> Hierarchy.linkage(xp.asarray(new double[][] {{1, Double.POSITIVE_INFINITY}, {0, 0}})),
                "must contain only finite values");
        raises(() -> Hierarchy.linkage(xp.ones(0)), "cannot be determined on an empty distance matrix");
        raises(() -> Hierarchy.linkage(xp.ones(1, 3)), "cannot be determined on an empty distance matrix");
        raises(() -> Hierarchy.linkage(xp.zeros(new int[] {3}, DType.COMPLEX128, null)), "y must be real");
        raises(() -> Hierarchy.linkage(null), "y must be an array");
    }
}
