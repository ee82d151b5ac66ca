package org.xpsci.cluster.vq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.cluster.Raises.raises;

import java.util.List;
import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.ClusterWarnings;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** whiten and vq against SciPy 1.17 on every backend and both paths. */
class VqTest {

    private static final Fixture F = Fixtures.load("vq.npz");

    @XpTest
    void whiten(ArrayNamespace xp) {
        XpAssert.assertClose(Vq.whiten(F.get(xp, "obs")), F.get(xp, "whiten"), 1e-13, 0);
        XpAssert.assertClose(Vq.whiten(F.get(xp, "obs32")), F.get(xp, "whiten32"));
        XpAssert.assertClose(Vq.whiten(F.get(xp, "obsi")), F.get(xp, "whiteni"), 1e-13, 0);
        XpAssert.assertClose(Vq.whiten(F.get(xp, "obs1")), F.get(xp, "whiten1"), 1e-13, 0);
    }

    @XpTest
    void whitenLeavesZeroDeviationColumnsAndWarns(ArrayNamespace xp) {
        List<ClusterWarning> w;
        try (var c = ClusterWarnings.capture()) {
            XpAssert.assertClose(Vq.whiten(F.get(xp, "obs0")), F.get(xp, "whiten0"), 1e-13, 0);
            w = c.warnings();
        }
        assertEquals(1, w.size());
        assertEquals(ClusterWarning.Category.RUNTIME_WARNING, w.get(0).category());
        assertEquals("Some columns have standard deviation zero. The values of these columns will not change.",
                w.get(0).message());
        try (var c = ClusterWarnings.capture()) {
            Vq.whiten(F.get(xp, "obs0"), false);
            assertEquals(List.of(), c.warnings());
        }
    }

    @XpTest
    void vqFloat64(ArrayNamespace xp) {
        check(xp, Vq.vq(F.get(xp, "x"), F.get(xp, "cb")), "", 1e-12);
        check(xp, Vq.vq(F.get(xp, "xw"), F.get(xp, "cbw")), "w", 1e-12);
        check(xp, Vq.vq(F.get(xp, "x1"), F.get(xp, "cb1")), "1", 1e-12);
        check(xp, Vq.vq(F.get(xp, "xm"), F.get(xp, "cbm")), "many", 1e-12);
        check(xp, Vq.vq(xp.asarray(new double[][] {{0.5}, {2.0}}), xp.asarray(new double[][] {{0}, {1}, {3}})),
                "tie", 0);
    }

    @XpTest
    void vqFloat32AndMixed(ArrayNamespace xp) {
        VqResult r = Vq.vq(F.get(xp, "x32"), F.get(xp, "cb32"));
        XpAssert.assertEqual(r.code(), F.get(xp, "vq32_code"));
        XpAssert.assertClose(r.dist(), F.get(xp, "vq32_dist"), 1e-5, 1e-6);
        check(xp, Vq.vq(F.get(xp, "x32"), F.get(xp, "cb")), "mixed", 1e-12);
    }

    @XpTest
    void vqIntegersGiveInt64CodesAndFloat64Distances(ArrayNamespace xp) {
        check(xp, Vq.vq(F.get(xp, "xi"), F.get(xp, "cbi")), "i", 1e-12);
    }

    @XpTest
    void vqEmptyObservations(ArrayNamespace xp) {
        VqResult r = Vq.vq(xp.zeros(0, 4), F.get(xp, "cb"));
        XpAssert.assertEqual(r.code(), xp.zeros(new int[] {0}, DType.INT32, null));
        XpAssert.assertEqual(r.dist(), xp.zeros(0));
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        NdArray x = F.get(xp, "x");
        NdArray cb = F.get(xp, "cb");
        raises(() -> Vq.vq(x, cb.get(org.xpsci.xp.Index.all(), org.xpsci.xp.Index.range(0, 2))),
                "obs and code should have same number of features (columns)", "4", "2");
        raises(() -> Vq.vq(x, F.get(xp, "cb1")), "observation and code should have same number of dimensions");
        raises(() -> Vq.vq(xp.ones(2, 2, 2), xp.ones(2, 2, 2)), "ndim different than 1 or 2 are not supported");
        raises(() -> Vq.vq(xp.asarray(1.0), xp.asarray(1.0)), "ndim different than 1 or 2 are not supported");
        raises(() -> Vq.vq(x, xp.zeros(0, 4)), "code_book must hold at least one code");
        NdArray nan = xp.asarray(new double[][] {{0, Double.NaN}});
        raises(() -> Vq.vq(nan, xp.ones(1, 2)), "array must not contain infs or NaNs", "obs");
        raises(() -> Vq.vq(xp.ones(1, 2), xp.asarray(new double[][] {{Double.POSITIVE_INFINITY, 0}})),
                "array must not contain infs or NaNs", "code_book");
        raises(() -> Vq.vq(xp.zeros(new int[] {2, 2}, DType.COMPLEX128, null), xp.ones(1, 2), false), "must be real");
        raises(() -> Vq.whiten(nan), "array must not contain infs or NaNs");
        raises(() -> Vq.whiten(xp.asarray(2.0)), "obs must have at least one dimension");
        raises(() -> Vq.whiten(null), "obs must be an array");
    }

    @XpTest
    void checkFiniteOffAcceptsNaN(ArrayNamespace xp) {
        NdArray nan = xp.asarray(new double[][] {{0, 0}, {Double.NaN, 1}});
        VqResult r = Vq.vq(nan, xp.asarray(new double[][] {{0, 0}, {5, 5}}), false);
        XpAssert.assertEqual(r.code().get(org.xpsci.xp.Index.at(0)), xp.asarray(0, DType.INT32));
    }

    private static void check(ArrayNamespace xp, VqResult r, String name, double rtol) {
        XpAssert.assertEqual(r.code(), F.get(xp, "vq" + name + "_code"));
        XpAssert.assertClose(r.dist(), F.get(xp, "vq" + name + "_dist"), rtol, 1e-12);
    }
}
