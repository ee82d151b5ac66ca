package org.xpsci.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import java.util.List;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.WarningCapture;

/** describe, zscore, zmap, sem, skew, kurtosis, moment and variation against SciPy 1.17 (gen_descriptive.py). */
class DescriptiveTest {

    private static final double RTOL = 1e-12;
    private static final Fixture F = Fixtures.load("descriptive.npz");
    private static final AxisOptions D = AxisOptions.defaults();

    private static NdArray f(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    private static void close(NdArray actual, ArrayNamespace xp, String name) {
        assertClose(actual, f(xp, name), RTOL, 0);
    }

    @XpTest
    void skewness(ArrayNamespace xp) {
        NdArray s = Stats.skew(f(xp, "x1"));
        assertEquals(0, s.ndim());
        close(s, xp, "skew_1d");
        close(Stats.skew(f(xp, "x2"), false, D), xp, "skew_2d_unbiased");
        close(Stats.skew(f(xp, "x3"), true, D.withAxis(1).withKeepdims(true)), xp, "skew_3_axis1_keep");
        close(Stats.skew(f(xp, "x3"), true, D.withAxis(null)), xp, "skew_3_none");
        close(Stats.skew(f(xp, "xn"), true, D.withAxis(1)), xp, "skew_nan_prop");
        close(Stats.skew(f(xp, "xn"), true, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)), xp, "skew_nan_omit");
        close(Stats.skew(f(xp, "xi")), xp, "skew_int");
        NdArray s32 = Stats.skew(f(xp, "x32"));
        assertEquals(DType.FLOAT32, s32.dtype());
        assertClose(s32, f(xp, "skew_f32"));
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            close(Stats.skew(f(xp, "xc"), true, D.withAxis(1)), xp, "skew_const");
            assertTrue(w.warnings().stream().anyMatch(x -> x.category() == StatsWarning.Category.PRECISION_LOSS));
        }
    }

    @XpTest
    void kurtosis(ArrayNamespace xp) {
        close(Stats.kurtosis(f(xp, "x1")), xp, "kurt_1d");
        close(Stats.kurtosis(f(xp, "x2"), true, false, D), xp, "kurt_2d_unbiased");
        close(Stats.kurtosis(f(xp, "x2"), false, false, D), xp, "kurt_pearson_unbiased");
        close(Stats.kurtosis(f(xp, "x3"), true, true, D.withAxis(1).withKeepdims(true)), xp, "kurt_3_axis1_keep");
        close(Stats.kurtosis(f(xp, "x3"), true, true, D.withAxis(null)), xp, "kurt_3_none");
        close(Stats.kurtosis(f(xp, "xn"), true, true, D.withAxis(1)), xp, "kurt_nan_prop");
        close(Stats.kurtosis(f(xp, "xn"), true, true, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)), xp,
                "kurt_nan_omit");
        close(Stats.kurtosis(f(xp, "xc"), true, true, D.withAxis(1)), xp, "kurt_const");
        close(Stats.kurtosis(f(xp, "xi")), xp, "kurt_int");
        assertClose(Stats.kurtosis(f(xp, "x32")), f(xp, "kurt_f32"));
    }

    @XpTest
    void moments(ArrayNamespace xp) {
        close(Stats.moment(f(xp, "x1"), new int[] {0, 1, 2, 3, 5}, null, D), xp, "moment_1d");
        close(Stats.moment(f(xp, "x1"), 1, 0.5, D), xp, "moment_center1");
        close(Stats.moment(f(xp, "x1"), 3, 0.5, D), xp, "moment_center3");
        close(Stats.moment(f(xp, "x3"), new int[] {2, 4}, null, D.withAxis(1).withKeepdims(true)), xp,
                "moment_axis1_keep");
        close(Stats.moment(f(xp, "xn"), 3, null, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)), xp, "moment_omit");
        assertThrows(IllegalArgumentException.class, () -> Stats.moment(f(xp, "x1"), new int[0], null, D));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stats.moment(f(xp, "x1"), -1));
        assertTrue(e.getMessage().contains("order"), e.getMessage());
    }

    @XpTest
    void standardErrorOfTheMean(ArrayNamespace xp) {
        close(Stats.sem(f(xp, "x1")), xp, "sem_1d");
        close(Stats.sem(f(xp, "x3"), 0, D.withAxis(1)), xp, "sem_axis1_ddof0");
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            close(Stats.sem(f(xp, "sem_xs"), 1, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)), xp, "sem_omit");
            assertEquals(1, w.warnings().size());
            NdArray single = Stats.sem(xp.asarray(new double[] {4.0}));
            assertClose(single, xp.asarray(Double.NaN));
            assertEquals(2, w.warnings().size());
            assertEquals(StatsWarning.Category.SMALL_SAMPLE, w.warnings().get(1).category());
        }
    }

    @XpTest
    void coefficientOfVariation(ArrayNamespace xp) {
        close(Stats.variation(f(xp, "x1")), xp, "var_1d");
        close(Stats.variation(f(xp, "x1"), 1, D), xp, "var_ddof1");
        close(Stats.variation(f(xp, "x3"), 0, D.withAxis(1)), xp, "var_axis1");
        close(Stats.variation(f(xp, "var_xv"), 2, D.withAxis(1)), xp, "var_ddof_n");
        close(Stats.variation(f(xp, "xn"), 0, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)), xp, "var_omit");
    }

    private static void describe(ArrayNamespace xp, String name, DescribeResult r) {
        assertEqual(r.nobs(), f(xp, name + "_nobs"));
        assertEqual(r.min(), f(xp, name + "_min"));
        assertEqual(r.max(), f(xp, name + "_max"));
        close(r.mean(), xp, name + "_mean");
        close(r.variance(), xp, name + "_var");
        close(r.skewness(), xp, name + "_skew");
        close(r.kurtosis(), xp, name + "_kurt");
    }

    @XpTest
    void describeEverySlice(ArrayNamespace xp) {
        describe(xp, "d1", Stats.describe(f(xp, "x1")));
        describe(xp, "dint", Stats.describe(f(xp, "xi")));
        describe(xp, "d3", Stats.describe(f(xp, "x3"), 0, false, D.withAxis(1)));
        describe(xp, "dnone", Stats.describe(f(xp, "x3"), 1, true, D.withAxis(null)));
        describe(xp, "dom", Stats.describe(f(xp, "dom_x"), 1, true, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stats.describe(xp.empty(0)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stats.describe(f(xp, "x1"), 1, true, D.withKeepdims(true)));
        assertTrue(e.getMessage().contains("keepdims"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stats.describe(f(xp, "xn"), 1, true, D.withAxis(1).withNanPolicy(NanPolicy.RAISE)));
        assertTrue(e.getMessage().contains("nan"), e.getMessage());
    }

    @XpTest
    void zScores(ArrayNamespace xp) {
        close(Stats.zscore(f(xp, "x1")), xp, "z_1d");
        close(Stats.zscore(f(xp, "x3"), 1, D.withAxis(1)), xp, "z_axis1_ddof1");
        close(Stats.zscore(f(xp, "x3"), 0, D.withAxis(null)), xp, "z_none");
        close(Stats.zscore(f(xp, "xn"), 0, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)), xp, "z_omit");
        close(Stats.zscore(f(xp, "xc"), 0, D.withAxis(1)), xp, "z_const");
        close(Stats.zmap(f(xp, "zm_scores"), f(xp, "zm_compare")), xp, "zm_1d");
        close(Stats.zmap(f(xp, "zm2_scores"), f(xp, "x3"), 1, D.withAxis(1)), xp, "zm2_1");
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            NdArray z = Stats.zmap(f(xp, "zm_scores"), xp.empty(0));
            assertClose(z, xp.full(new int[] {5}, Double.NaN));
            assertEquals(StatsWarning.Category.SMALL_SAMPLE, w.warnings().get(0).category());
        }
    }

    @XpTest
    void adjacentSlicesWithNansOmitted(ArrayNamespace xp) {
        AxisOptions omit = D.withNanPolicy(NanPolicy.OMIT);
        close(Stats.skew(f(xp, "xa"), true, omit), xp, "skew_axis0_omit");
        close(Stats.kurtosis(f(xp, "xa"), true, false, omit), xp, "kurt_axis0_omit_unbiased");
        close(Stats.moment(f(xp, "xa"), new int[] {1, 2, 3, 4}, 0.25, omit), xp, "moment_axis0_omit");
        close(Stats.variation(f(xp, "xa")), xp, "var_axis0_prop");
    }

    @XpTest
    void float32InFloat32Out(ArrayNamespace xp) {
        NdArray x = f(xp, "x32");
        for (NdArray r : new NdArray[] {Stats.variation(x), Stats.zscore(x), Stats.sem(x)}) {
            assertEquals(DType.FLOAT32, r.dtype());
        }
        assertClose(Stats.variation(x), f(xp, "var_f32"));
        assertClose(Stats.zscore(x), f(xp, "z_f32"));
        assertClose(Stats.sem(x), f(xp, "sem_f32"));
        DescribeResult d = Stats.describe(x);
        assertEqual(d.min(), f(xp, "df32_min"));
        assertEqual(d.max(), f(xp, "df32_max"));
        assertClose(d.mean(), f(xp, "df32_mean"));
        assertClose(d.variance(), f(xp, "df32_var"));
    }

    @XpTest
    void emptyInputsWarnAndGiveNan(ArrayNamespace xp) {
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            assertClose(Stats.kurtosis(xp.empty(0)), xp.asarray(Double.NaN));
            assertClose(Stats.moment(xp.empty(0, 3), new int[] {1, 2}, null, D),
                    xp.full(new int[] {2, 3}, Double.NaN));
            List<StatsWarning> seen = w.warnings();
            assertEquals(2, seen.size(), seen.toString());
            assertTrue(seen.get(1).message().startsWith("All axis-slices"), seen.toString());
        }
    }

    @XpTest
    void emptyOutputKeepsDimsWithoutWarning(ArrayNamespace xp) {
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            NdArray none = Stats.skew(xp.empty(3, 0), true, D.withAxis(0).withKeepdims(true));
            assertEquals(List.of(1, 0), java.util.Arrays.stream(none.shape()).boxed().toList());
            assertEquals(List.of(), w.warnings());
        }
    }

    @XpTest
    void pearsonCorrelation(ArrayNamespace xp) {
        for (Alternative alt : Alternative.values()) {
            String key = "pr_" + alt.label().replace("-", "");
            PearsonrResult r = Stats.pearsonr(f(xp, "px"), f(xp, "py"), alt, 0);
            close(r.statistic(), xp, key + "_r");
            close(r.pvalue(), xp, key + "_p");
            ConfidenceInterval ci = r.confidenceInterval(0.9);
            close(ci.low(), xp, key + "_lo");
            close(ci.high(), xp, key + "_hi");
        }
        PearsonrResult r = Stats.pearsonr(f(xp, "pX"), f(xp, "pY"), Alternative.TWO_SIDED, 1);
        close(r.statistic(), xp, "pr_axis1_r");
        close(r.pvalue(), xp, "pr_axis1_p");
        NdArray pX = f(xp, "pX");
        NdArray y2 = xp.add(xp.flip(pX, 0), f(xp, "pY"));
        r = Stats.pearsonr(pX, y2, Alternative.TWO_SIDED, null);
        close(r.statistic(), xp, "pr_none_r");
        close(r.pvalue(), xp, "pr_none_p");
        r = Stats.pearsonr(xp.asarray(new double[] {1, 2}), xp.asarray(new double[] {3, 1}));
        close(r.statistic(), xp, "pr_two_r");
        close(r.pvalue(), xp, "pr_two_p");
        r = Stats.pearsonr(f(xp, "pbig_x"), f(xp, "pbig_y"));
        close(r.statistic(), xp, "pr_big_r");
        close(r.pvalue(), xp, "pr_big_p");
        NdArray near = xp.reshape(f(xp, "pbig_x"), 10, 200).get(Index.at(0), Index.ellipsis());
        r = Stats.pearsonr(near, f(xp, "pnear_y"));
        assertClose(r.statistic(), f(xp, "pr_near_r"), 1e-12, 0);
        assertClose(r.pvalue(), f(xp, "pr_near_p"), 1e-9, 0);
        PearsonrResult r32 = Stats.pearsonr(xp.astype(f(xp, "px"), DType.FLOAT32),
                xp.astype(f(xp, "py"), DType.FLOAT32));
        assertEquals(DType.FLOAT32, r32.statistic().dtype());
        assertClose(r32.statistic(), f(xp, "pr_f32_r"));
        assertClose(r32.pvalue(), f(xp, "pr_f32_p"));
    }

    @XpTest
    void pearsonConstantInputWarnsAndLengthErrors(ArrayNamespace xp) {
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            NdArray five = f(xp, "px").get(Index.range(0, 5));
            PearsonrResult r = Stats.pearsonr(xp.full(new int[] {5}, 2.0), five);
            assertClose(r.statistic(), xp.asarray(Double.NaN));
            assertClose(r.pvalue(), xp.asarray(Double.NaN));
            assertEquals(StatsWarning.Category.CONSTANT_INPUT, w.warnings().get(0).category());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stats.pearsonr(xp.asarray(new double[] {1}), xp.asarray(new double[] {2})));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stats.pearsonr(xp.zeros(4), xp.zeros(5)));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
    }
}
