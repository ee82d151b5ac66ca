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

/** fcluster for every criterion and fclusterdata against SciPy 1.17. */
@SkipBackend(value = "cuda", reason = "hierarchy functions run on host memory and refuse device arrays"
        + " without copying them (DeviceArraysTest checks the refusal)")
class FclusterTest {

    private static final Fixture F = Fixtures.load("hierarchy.npz");

    @XpTest
    void inconsistentCriterion(ArrayNamespace xp) {
        NdArray z = F.get(xp, "Z");
        for (String t : new String[] {"0.5", "0.8", "1.0", "1.2"}) {
            double v = Double.parseDouble(t);
            XpAssert.assertEqual(Hierarchy.fcluster(z, v), F.get(xp, "fc_inconsistent_" + t));
            XpAssert.assertEqual(Hierarchy.fcluster(z, v, FclusterOptions.defaults().withDepth(3)),
                    F.get(xp, "fc_inconsistent_d3_" + t));
        }
        NdArray r3 = Hierarchy.inconsistent(z, 3);
        XpAssert.assertEqual(Hierarchy.fcluster(z, 0.8, FclusterOptions.defaults().withR(r3)),
                F.get(xp, "fc_inconsistent_R"));
    }

    @XpTest
    void distanceCriterion(ArrayNamespace xp) {
        NdArray z = F.get(xp, "Z");
        for (String t : new String[] {"0.5", "1.0", "1.5", "2.5", "100.0"}) {
            XpAssert.assertEqual(Hierarchy.fcluster(z, Double.parseDouble(t), FclusterCriterion.DISTANCE),
                    F.get(xp, "fc_distance_" + t));
        }
        XpAssert.assertEqual(Hierarchy.fcluster(F.get(xp, "Zt_single"), 1.0, FclusterCriterion.DISTANCE),
                F.get(xp, "fct_distance_1"));
    }

    @XpTest
    void maxclustCriterion(ArrayNamespace xp) {
        for (int t : new int[] {1, 2, 3, 5, 11, 12, 20}) {
            XpAssert.assertEqual(Hierarchy.fcluster(F.get(xp, "Z"), t, FclusterCriterion.MAXCLUST),
                    F.get(xp, "fc_maxclust_" + t));
            XpAssert.assertEqual(Hierarchy.fcluster(F.get(xp, "Zw"), t, FclusterCriterion.MAXCLUST),
                    F.get(xp, "fcw_maxclust_" + t));
        }
        XpAssert.assertEqual(Hierarchy.fcluster(F.get(xp, "Z"), 2.5, FclusterCriterion.MAXCLUST),
                F.get(xp, "fc_maxclust_2_5"));
        XpAssert.assertEqual(Hierarchy.fcluster(F.get(xp, "Zt_single"), 3, FclusterCriterion.MAXCLUST),
                F.get(xp, "fct_maxclust_3"));
    }

    @XpTest
    void monocritCriteria(ArrayNamespace xp) {
        NdArray z = F.get(xp, "Z");
        FclusterOptions mono = FclusterOptions.defaults().withCriterion("monocrit").withMonocrit(F.get(xp, "MR"));
        XpAssert.assertEqual(Hierarchy.fcluster(z, 0.8, mono), F.get(xp, "fc_monocrit"));
        FclusterOptions maxMono = FclusterOptions.defaults().withCriterion(FclusterCriterion.MAXCLUST_MONOCRIT)
                .withMonocrit(F.get(xp, "MD"));
        XpAssert.assertEqual(Hierarchy.fcluster(z, 3, maxMono), F.get(xp, "fc_maxclust_monocrit"));
    }

    @XpTest
    void float32LinkageIsConvertedAsSciPyConvertsIt(ArrayNamespace xp) {
        NdArray z32 = xp.astype(F.get(xp, "Z"), DType.FLOAT32);
        XpAssert.assertEqual(Hierarchy.fcluster(z32, 3, FclusterCriterion.MAXCLUST), F.get(xp, "fc_maxclust_3"));
    }

    @XpTest
    void fclusterdata(ArrayNamespace xp) {
        NdArray x = F.get(xp, "x");
        XpAssert.assertEqual(Hierarchy.fclusterdata(x, 1.0), F.get(xp, "fcd_default_1"));
        XpAssert.assertEqual(Hierarchy.fclusterdata(x, 3, FclusterdataOptions.defaults()
                .withCriterion(FclusterCriterion.MAXCLUST).withMethod(LinkageMethod.WARD)),
                F.get(xp, "fcd_maxclust_ward_3"));
        XpAssert.assertEqual(Hierarchy.fclusterdata(x, 2.0, FclusterdataOptions.defaults()
                .withCriterion(FclusterCriterion.DISTANCE).withMetric(Metric.CITYBLOCK)
                .withMethod(LinkageMethod.COMPLETE)), F.get(xp, "fcd_distance_cityblock_complete_2"));
        XpAssert.assertEqual(Hierarchy.fclusterdata(x, 0.9, FclusterdataOptions.defaults().withDepth(3)
                .withMethod(LinkageMethod.AVERAGE)), F.get(xp, "fcd_inconsistent_d3_0.9"));
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        NdArray z = F.get(xp, "Z");
        raises(() -> FclusterCriterion.parse("foo"), "Invalid cluster formation criterion: foo", "maxclust");
        raises(() -> Hierarchy.fcluster(z, 0, FclusterCriterion.MAXCLUST), "must be at least 1", "t=0.0");
        raises(() -> Hierarchy.fcluster(z, Double.NaN, FclusterCriterion.MAXCLUST), "must be at least 1");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterCriterion.MONOCRIT), "needs a monocrit array");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withCriterion(FclusterCriterion.MONOCRIT)
                .withMonocrit(xp.ones(3))), "monocrit must be a 1-d array with one value per row of Z (11)");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withDepth(-1)),
                "d must be a nonnegative integer", "-1");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withR(xp.ones(11, 3))),
                "Inconsistency matrix 'R' must have 4 columns.");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withR(xp.ones(4))),
                "Inconsistency matrix 'R' must have shape=2");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withR(xp.ones(0, 4))),
                "must have at least one row");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withR(xp.ones(3, 4))),
                "R must have one row per row of Z (11)");
        raises(() -> Hierarchy.fcluster(z, 1, FclusterOptions.defaults().withR(xp.negative(xp.ones(11, 4)))),
                "contains negative link height means.");
        raises(() -> Hierarchy.fcluster(xp.ones(3, 3), 1), "Linkage matrix 'Z' must have 4 columns.");
        raises(() -> Hierarchy.fclusterdata(xp.ones(4), 1), "The observation matrix X must be an n by m array.");
        raises(() -> Hierarchy.fclusterdata(xp.ones(1, 4), 1), "cannot be determined on an empty distance matrix");
        raises(() -> Hierarchy.fclusterdata(F.get(xp, "x"), 1, FclusterdataOptions.defaults()
                .withCriterion(FclusterCriterion.MONOCRIT)), "needs a monocrit array");
        raises(() -> Hierarchy.fcluster(null, 1), "Z must be an array");
    }
}
