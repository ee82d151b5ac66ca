package org.xpsci.xp.cpu;

import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The reduction engine on inputs large enough to take its parallel paths (split by outputs, by reduced rows
 * into private accumulators, inside one long run, along the pairwise tree), against NumPy on inputs both
 * languages compute from the element index (see gen_reductions.py, reductions_large.npz). Contiguous float64
 * and complex128 sums equal NumPy's pairwise sums to the last bit, even when split over threads.
 */
class ReductionEngineTest {

    private static final Fixture F = Fixtures.load("reductions_large.npz");

    private static NdArray formula(ArrayNamespace xp, DType dtype, int... shape) {
        return ReductionCases.formula(xp, shape, dtype);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void tenMillionFloat64MatchNumPyExactly(ArrayNamespace xp) {
        NdArray big = formula(xp, DType.FLOAT64, 10_000_000);
        assertEqual(xp.sum(big), F.get(xp, "big_sum"));
        assertEqual(xp.mean(big), F.get(xp, "big_mean"));
        assertClose(xp.var(big), F.get(xp, "big_var"), 1e-15, 0);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void tenMillionFloat32(ArrayNamespace xp) {
        // the cpu backend accumulates float32 in double and rounds once: the correctly rounded sum even when
        // the terms cancel (NumPy's float32 accumulator loses the third digit on this input)
        assertEqual(xp.sum(formula(xp, DType.FLOAT32, 10_000_000)), F.get(xp, "big32_sum_exact"));
        // on positive terms NumPy's float32 pairwise sum is accurate, and the two agree closely
        NdArray positive = xp.astype(xp.add(formula(xp, DType.FLOAT64, 10_000_000), 6.0), DType.FLOAT32);
        assertClose(xp.sum(positive), F.get(xp, "big32p_sum"), 1e-6, 0);
        assertClose(xp.mean(positive), F.get(xp, "big32p_mean"), 1e-6, 0);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void fiveMillionComplexMatchNumPyExactly(ArrayNamespace xp) {
        assertEqual(xp.sum(formula(xp, DType.COMPLEX128, 5_000_000)), F.get(xp, "bigc_sum"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void matrixSplitByOutputs(ArrayNamespace xp) {
        NdArray m = formula(xp, DType.FLOAT64, 512, 300);
        assertClose(xp.sum(m, 0), F.get(xp, "m_sum0"), 1e-13, 1e-12);
        assertClose(xp.sum(m, 1), F.get(xp, "m_sum1"), 1e-13, 1e-12);
        assertEqual(xp.max(m, new int[] {0}, false), F.get(xp, "m_max0"));
        assertEqual(xp.argmax(m, 1, false), F.get(xp, "m_argmax1"));
        assertEqual(xp.argmin(m, 0, false), F.get(xp, "m_argmin0"));
        assertClose(xp.var(m, new int[] {1}, 0, false), F.get(xp, "m_var1"), 1e-13, 0);
        Index last = Index.at(-1);
        assertClose(xp.cumulativeSum(m, 0).get(last), F.get(xp, "m_cumsum0_last"), 1e-12, 1e-12);
        assertClose(xp.cumulativeSum(m, 1).get(Index.all(), last), F.get(xp, "m_cumsum1_last"), 1e-12, 1e-12);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void wideRowsSplitIntoColumnBlocks(ArrayNamespace xp) {
        NdArray w = formula(xp, DType.FLOAT64, 4, 300000);
        assertClose(xp.sum(w, 0).get(Index.step(1000)), F.get(xp, "w_sum0"), 1e-13, 1e-12);
        assertEqual(xp.min(w, new int[] {0}, false).get(Index.step(1000)), F.get(xp, "w_min0"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void fewOutputsOfManyRunsUsePrivateAccumulators(ArrayNamespace xp) {
        NdArray t = formula(xp, DType.FLOAT64, 2, 1000, 400).get(Index.all(), Index.step(2), Index.step(2));
        assertClose(xp.sum(t, new int[] {1, 2}, null, false), F.get(xp, "t_sum12"), 1e-13, 1e-12);
        NdArray near1 = xp.add(xp.multiply(formula(xp, DType.FLOAT64, 2, 1000, 400), 1e-4), 1.0)
                .get(Index.all(), Index.step(2), Index.step(2));
        assertClose(xp.prod(near1, new int[] {1, 2}, null, false), F.get(xp, "t_prod12"), 1e-12, 0);
        assertEqual(xp.max(t, new int[] {1, 2}, false), F.get(xp, "t_max12"));
        NdArray c = formula(xp, DType.FLOAT64, 20000, 10);
        assertClose(xp.sum(c, 0), F.get(xp, "c_sum0"), 1e-12, 1e-11);
        assertClose(xp.mean(c, 0), F.get(xp, "c_mean0"), 1e-12, 1e-14);
        assertEqual(xp.min(c, new int[] {0}, false), F.get(xp, "c_min0"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void longRunsSplitInside(ArrayNamespace xp) {
        NdArray r = formula(xp, DType.FLOAT64, 2, 140000);
        assertEqual(xp.sum(r, 1), F.get(xp, "r_sum1"));
        assertEqual(xp.max(r, new int[] {1}, false), F.get(xp, "r_max1"));
        NdArray near1 = xp.add(xp.multiply(r, 1e-5), 1.0);
        assertClose(xp.prod(near1, new int[] {1}, null, false), F.get(xp, "r_prod1"), 1e-12, 0);
        assertEqual(xp.argmax(r), F.get(xp, "r_argmax"));
        assertEqual(xp.argmin(r, 1, false), F.get(xp, "r_argmin1"));
        assertClose(xp.var(r, new int[] {1}, 0, false), F.get(xp, "r_var1"), 1e-14, 0);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void broadcastInputs(ArrayNamespace xp) {
        NdArray b = xp.broadcastTo(formula(xp, DType.FLOAT64, 3), 5000, 3);
        // NumPy adds the 5000 broadcast rows one by one; the cpu backend pairwise
        assertClose(xp.sum(b, 0), F.get(xp, "bc_sum0"), 1e-12, 0);
        assertEqual(xp.sum(xp.broadcastTo(xp.asarray(0.1), 5000)), F.get(xp, "bc_sum_scalar"));
        assertEqual(xp.mean(xp.broadcastTo(formula(xp, DType.FLOAT64, 1, 3000), 4, 3000), 1),
                F.get(xp, "bc_mean1"));
        assertEqual(xp.cumulativeSum(xp.broadcastTo(formula(xp, DType.FLOAT64, 3, 1), 3, 5000), 1)
                .get(Index.all(), Index.at(-1)), F.get(xp, "bc_cumsum_last"));
        assertEqual(xp.argmax(xp.broadcastTo(formula(xp, DType.FLOAT64, 700), 400, 700)), F.get(xp, "bc_argmax"));
        NdArray t = formula(xp, DType.FLOAT64, 2, 1000, 400).get(Index.all(), Index.step(2), Index.step(2));
        NdArray selected = xp.where(xp.less(xp.zeros(1), t), t, 7.0);
        assertEqual(xp.reshape(selected, -1).get(Index.step(997)), F.get(xp, "where_sample"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void integers(ArrayNamespace xp) {
        NdArray ints = formula(xp, DType.INT64, 300000);
        assertEqual(xp.sum(ints), F.get(xp, "ints_sum"));
        assertEqual(xp.countNonzero(ints, null, false), F.get(xp, "ints_count"));
    }
}
