package org.xpsci.cluster.hierarchy;

import static org.xpsci.cluster.Raises.raises;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** cophenet, inconsistent, leaves_list and cut_tree against SciPy 1.17. */
@SkipBackend(value = "cuda", reason = "hierarchy functions run on host memory and refuse device arrays"
        + " without copying them (DeviceArraysTest checks the refusal)")
class TreeFunctionsTest {

    private static final Fixture F = Fixtures.load("hierarchy.npz");

    @XpTest
    void cophenet(ArrayNamespace xp) {
        for (LinkageMethod m : LinkageMethod.values()) {
            NdArray z = F.get(xp, "Z_" + m.label());
            XpAssert.assertClose(Hierarchy.cophenet(z), F.get(xp, "coph_" + m.label()), 1e-15, 0);
            CophenetResult r = Hierarchy.cophenet(z, F.get(xp, "y"));
            XpAssert.assertClose(r.c(), F.get(xp, "cophc_" + m.label()), 1e-12, 0);
            XpAssert.assertClose(r.d(), F.get(xp, "coph_" + m.label()), 1e-15, 0);
        }
        XpAssert.assertEqual(Hierarchy.cophenet(F.get(xp, "Zt_average")), F.get(xp, "coph_ties"));
    }

    @XpTest
    void inconsistent(ArrayNamespace xp) {
        for (int d : new int[] {0, 1, 2, 3, 5}) {
            XpAssert.assertClose(Hierarchy.inconsistent(F.get(xp, "Z"), d), F.get(xp, "incons_" + d), 1e-12, 1e-15);
            XpAssert.assertClose(Hierarchy.inconsistent(F.get(xp, "Zt_complete"), d), F.get(xp, "inconst_" + d),
                    1e-12, 1e-15);
        }
        XpAssert.assertClose(Hierarchy.inconsistent(F.get(xp, "Z")), F.get(xp, "R"), 1e-12, 1e-15);
    }

    @XpTest
    void leavesList(ArrayNamespace xp) {
        for (LinkageMethod m : LinkageMethod.values()) {
            XpAssert.assertEqual(Hierarchy.leavesList(F.get(xp, "Z_" + m.label())), F.get(xp, "leaves_" + m.label()));
            XpAssert.assertEqual(Hierarchy.leavesList(F.get(xp, "Zt_" + m.label())),
                    F.get(xp, "leavest_" + m.label()));
        }
    }

    @XpTest
    void cutTree(ArrayNamespace xp) {
        XpAssert.assertEqual(Hierarchy.cutTree(F.get(xp, "Z")), F.get(xp, "cut_full"));
        XpAssert.assertEqual(Hierarchy.cutTree(F.get(xp, "Zt_single")), F.get(xp, "cut_full_ties"));
        XpAssert.assertEqual(Hierarchy.cutTree(F.get(xp, "Zg_single")), F.get(xp, "cut_full_grid"));
        XpAssert.assertEqual(Hierarchy.cutTreeClusters(F.get(xp, "Z"), 1, 2, 3, 12, 0, 20, -1, 5),
                F.get(xp, "cut_nclusters"));
        XpAssert.assertEqual(Hierarchy.cutTreeHeights(F.get(xp, "cut_heights_single"), 0.0, 0.3, 0.5, 0.9, 5.0),
                F.get(xp, "cut_heights"));
    }

    @XpTest
    void smallestTree(ArrayNamespace xp) {
        NdArray z = xp.asarray(new double[][] {{0, 1, 0.5, 2}});
        XpAssert.assertEqual(Hierarchy.leavesList(z), xp.asarray(new int[] {0, 1}));
        XpAssert.assertEqual(Hierarchy.cophenet(z), xp.asarray(new double[] {0.5}));
        XpAssert.assertEqual(Hierarchy.fcluster(z, 1, FclusterCriterion.MAXCLUST), xp.asarray(new int[] {1, 1}));
        XpAssert.assertEqual(Hierarchy.inconsistent(z), xp.asarray(new double[][] {{0.5, 0, 1, 0}}));
        XpAssert.assertEqual(Hierarchy.cutTree(z), xp.asarray(new long[][] {{0, 0}, {1, 0}}));
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        NdArray z = F.get(xp, "Z");
        raises(() -> Hierarchy.leavesList(xp.astype(z, DType.FLOAT32)), "Linkage matrix 'Z' must contain doubles.");
        raises(() -> Hierarchy.cutTree(xp.astype(z, DType.FLOAT32)), "must contain doubles");
        raises(() -> Hierarchy.inconsistent(z, -1), "The second argument d must be a nonnegative integer value.");
        raises(() -> Hierarchy.cophenet(z, xp.ones(3)), "Y holds the distances of 3 observations but Z links 12");
        raises(() -> Hierarchy.cophenet(z, xp.ones(2, 3)), "Condensed distance matrix 'Y' must have shape=1");
        raises(() -> Hierarchy.cophenet(z, xp.ones(4)), "must be a binomial coefficient", "'Y'");
        raises(() -> Hierarchy.cophenet(xp.ones(0, 4)), "Linkage must be computed on at least two observations.");
        raises(() -> Hierarchy.leavesList(xp.asarray(new double[][] {{0, 5, 0.5, 2}})),
                "a one-row linkage matrix must join observations 0 and 1");
        NdArray bad = F.get(xp, "invalid");
        raises(() -> Hierarchy.cophenet(xp.take(bad, xp.asarray(new long[] {0}), 0).get(
                org.xpsci.xp.Index.at(0), org.xpsci.xp.Index.ellipsis())), "Linkage 'Z' contains negative indices.");
    }
}
