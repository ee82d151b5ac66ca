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
import org.xpsci.xp.NdArray;
import org.xpsci.xp.WarningCapture;

/** The t-tests against SciPy 1.17 ({@code gen_ttests.py}); p-values to 1e-12 relative. */
class TtestTest {

    private static final double RTOL = 1e-12;
    private static final Fixture F = Fixtures.load("ttests.npz");
    private static final TtestOptions D = TtestOptions.defaults();

    private static NdArray f(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    private static void check(ArrayNamespace xp, String prefix, TtestResult r) {
        assertClose(r.statistic(), f(xp, prefix + "_t"), RTOL, 0);
        assertClose(r.pvalue(), f(xp, prefix + "_p"), RTOL, 0);
        if (r.df().dtype() == DType.INT64) {
            assertEqual(r.df(), f(xp, prefix + "_df"));
        } else {
            assertClose(r.df(), f(xp, prefix + "_df"), RTOL, 0);
        }
        if (F.has(prefix + "_lo")) {
            ConfidenceInterval ci = r.confidenceInterval();
            assertClose(ci.low(), f(xp, prefix + "_lo"), RTOL, 0);
            assertClose(ci.high(), f(xp, prefix + "_hi"), RTOL, 0);
        }
    }

    @XpTest
    void independentSamplesEveryAlternative(ArrayNamespace xp) {
        for (boolean eq : new boolean[] {true, false}) {
            for (Alternative alt : Alternative.values()) {
                String name = "ind_" + (eq ? "pooled" : "welch") + "_" + alt.label().replace("-", "");
                TtestResult r = Stats.ttestInd(f(xp, "ind_a"), f(xp, "ind_b"),
                        D.withEqualVar(eq).withAlternative(alt));
                assertEquals(0, r.statistic().ndim());
                check(xp, name, r);
            }
        }
    }

    @XpTest
    void independentSamplesAlongAxes(ArrayNamespace xp) {
        check(xp, "ind2_axis0", Stats.ttestInd(f(xp, "ind2_a"), f(xp, "ind2_b")));
        NdArray a = f(xp, "ind3_a");
        NdArray b = f(xp, "ind3_b");
        check(xp, "ind3_axis1_welch", Stats.ttestInd(a, b, D.withAxis(1).withEqualVar(false)));
        check(xp, "ind3_axisnone", Stats.ttestInd(a, b, D.withAxis(null)));
        check(xp, "ind3_keepdims", Stats.ttestInd(a, b, D.withAxis(-1).withKeepdims(true)));
        check(xp, "ind3_axisnone_keepdims", Stats.ttestInd(a, b, D.withAxis(null).withKeepdims(true)));
        check(xp, "bc", Stats.ttestInd(f(xp, "bc_a"), f(xp, "bc_b"), D.withAxis(-1)));
    }

    @XpTest
    void nanPolicies(ArrayNamespace xp) {
        NdArray a = f(xp, "nan_a");
        NdArray b = f(xp, "nan_b");
        check(xp, "nan_propagate", Stats.ttestInd(a, b, D.withAxis(1)));
        check(xp, "nan_omit", Stats.ttestInd(a, b, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)));
        check(xp, "nan_omit_welch", Stats.ttestInd(a, b,
                D.withAxis(1).withNanPolicy(NanPolicy.OMIT).withEqualVar(false)));
        check(xp, "nan1_omit", Stats.ttestInd(f(xp, "nan1_a"), f(xp, "ind_b"), D.withNanPolicy(NanPolicy.OMIT)));
        check(xp, "nan1_propagate", Stats.ttestInd(f(xp, "nan1_a"), f(xp, "ind_b")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stats.ttestInd(a, b, D.withAxis(1).withNanPolicy(NanPolicy.RAISE)));
        assertTrue(e.getMessage().contains("nan"), e.getMessage());
    }

    @XpTest
    void trimmedYuenTest(ArrayNamespace xp) {
        NdArray a = f(xp, "trim_a");
        NdArray b = f(xp, "trim_b");
        check(xp, "trim20", Stats.ttestInd(a, b, D.withTrim(0.2)));
        check(xp, "trim20_welch", Stats.ttestInd(a, b, D.withTrim(0.2).withEqualVar(false)));
        check(xp, "trim2_axis1", Stats.ttestInd(f(xp, "trim2_a"), f(xp, "trim2_b"),
                D.withAxis(1).withTrim(0.25).withEqualVar(false)));
        check(xp, "trim2_omit", Stats.ttestInd(f(xp, "trim2n_a"), f(xp, "trim2_b"),
                D.withAxis(1).withTrim(0.1).withNanPolicy(NanPolicy.OMIT)));
    }

    @XpTest
    void float32AndIntegerInput(ArrayNamespace xp) {
        TtestResult r = Stats.ttestInd(f(xp, "f32_a"), f(xp, "f32_b"), D.withEqualVar(false));
        assertEquals(DType.FLOAT32, r.statistic().dtype());
        assertClose(r.statistic(), f(xp, "f32_t"));
        assertClose(r.pvalue(), f(xp, "f32_p"));
        assertClose(r.df(), f(xp, "f32_df"));
        assertClose(r.confidenceInterval().low(), f(xp, "f32_lo"));
        check(xp, "int", Stats.ttestInd(f(xp, "int_a"), f(xp, "int_b")));
        TtestResult s = Stats.ttest1samp(f(xp, "s1f32_a"), 0.5);
        assertEquals(DType.FLOAT32, s.statistic().dtype());
        assertClose(s.statistic(), f(xp, "s1f32_t"));
        assertClose(s.pvalue(), f(xp, "s1f32_p"));
        assertEqual(s.df(), f(xp, "s1f32_df"));
    }

    @XpTest
    void smallAndConstantSamples(ArrayNamespace xp) {
        check(xp, "one_pooled", Stats.ttestInd(f(xp, "one_a"), f(xp, "one_b")));
        check(xp, "one_welch", Stats.ttestInd(f(xp, "one_a"), f(xp, "one_b"), D.withEqualVar(false)));
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            check(xp, "const_equal", Stats.ttestInd(f(xp, "const_a"), f(xp, "const_b")));
            check(xp, "const_unequal", Stats.ttestInd(f(xp, "const_a"), f(xp, "const_c")));
            assertTrue(w.warnings().stream().anyMatch(x -> x.category() == StatsWarning.Category.PRECISION_LOSS),
                    w.warnings().toString());
        }
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            check(xp, "s1single", Stats.ttest1samp(f(xp, "s1single_a"), 0.0));
            assertEquals(List.of(), w.warnings());
        }
    }

    @XpTest
    void emptySamplesWarnAndGiveNan(ArrayNamespace xp) {
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            TtestResult r = Stats.ttestInd(xp.empty(0), f(xp, "ind_b"));
            assertClose(r.statistic(), xp.asarray(Double.NaN));
            assertClose(r.df(), xp.asarray(Double.NaN));
            assertEquals(1, w.warnings().size());
            assertEquals(StatsWarning.Category.SMALL_SAMPLE, w.warnings().get(0).category());
            assertTrue(w.warnings().get(0).message().startsWith("One or more sample arguments is too small"));
            TtestResult r2 = Stats.ttestInd(xp.zeros(2, 0), xp.zeros(2, 3), D.withAxis(1));
            assertClose(r2.pvalue(), xp.full(new int[] {2}, Double.NaN));
            assertTrue(w.warnings().get(1).message().startsWith("All axis-slices"));
            TtestResult r3 = Stats.ttestInd(xp.zeros(0, 4), xp.zeros(0, 3), D.withAxis(1));
            assertEquals(0, r3.statistic().size());
            assertEquals(2, w.warnings().size());
        }
    }

    @XpTest
    void omittedNansThatEmptyASliceWarn(ArrayNamespace xp) {
        try (WarningCapture<StatsWarning> w = StatsWarnings.capture()) {
            check(xp, "s1n_omit", Stats.ttest1samp(f(xp, "s1n_a"), 0.1, D.withAxis(1).withNanPolicy(NanPolicy.OMIT)));
            assertEquals(1, w.warnings().size());
            assertTrue(w.warnings().get(0).message().startsWith("After omitting NaNs, one or more axis-slices"));
        }
        check(xp, "s1n_propagate", Stats.ttest1samp(f(xp, "s1n_a"), 0.1, D.withAxis(1)));
    }

    @XpTest
    void oneSample(ArrayNamespace xp) {
        for (Alternative alt : Alternative.values()) {
            check(xp, "s1_" + alt.label().replace("-", ""),
                    Stats.ttest1samp(f(xp, "s1_a"), 0.3, D.withAlternative(alt)));
        }
        check(xp, "s1m_axis0", Stats.ttest1samp(f(xp, "s1m_a"), f(xp, "s1m_pop"), D));
        check(xp, "s1r_axis1", Stats.ttest1samp(f(xp, "s1r_a"), f(xp, "s1r_pop"), D.withAxis(1)));
        check(xp, "s1r_axisnone", Stats.ttest1samp(f(xp, "s1r_a"), 0.25, D.withAxis(null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stats.ttest1samp(f(xp, "s1r_a"), f(xp, "s1r_pop"), D.withAxis(0)));
        assertTrue(e.getMessage().contains("popmean"), e.getMessage());
    }

    @XpTest
    void relatedSamples(ArrayNamespace xp) {
        for (Alternative alt : Alternative.values()) {
            check(xp, "rel_" + alt.label().replace("-", ""),
                    Stats.ttestRel(f(xp, "rel_a"), f(xp, "rel_b"), D.withAlternative(alt)));
        }
        check(xp, "rel2_omit", Stats.ttestRel(f(xp, "rel2_a"), f(xp, "rel2_b"),
                D.withAxis(1).withNanPolicy(NanPolicy.OMIT)));
        check(xp, "rel2_propagate", Stats.ttestRel(f(xp, "rel2_a"), f(xp, "rel2_b"), D.withAxis(1)));
        NdArray a = xp.where(xp.isnan(f(xp, "rel2_a")), 0.0, f(xp, "rel2_a"));
        check(xp, "rel3_bcast", Stats.ttestRel(a, f(xp, "rel3_b"), D.withAxis(1)));
    }

    @XpTest
    void argumentErrorsNameTheParameter(ArrayNamespace xp) {
        NdArray a = f(xp, "ind_a");
        assertThrows(IllegalArgumentException.class, () -> Stats.ttestInd(a, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> D.withTrim(0.5));
        assertTrue(e.getMessage().contains("trim"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.ttestInd(a, a, D.withAxis(1)));
        assertTrue(e.getMessage().contains("axis"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.ttestInd(xp.zeros(3, 4), xp.zeros(2, 4),
                D.withAxis(1)));
        assertTrue(e.getMessage().contains("broadcast"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.ttestRel(a, a, D.withTrim(0.1)));
        assertTrue(e.getMessage().contains("trim"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.ttestInd(a, a).confidenceInterval(1.5));
        assertTrue(e.getMessage().contains("confidence_level"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Alternative.parse("bigger"));
        assertTrue(e.getMessage().contains("'two-sided', 'less', 'greater'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NanPolicy.parse("drop"));
        assertTrue(e.getMessage().contains("'omit'"), e.getMessage());
        assertEquals(NanPolicy.OMIT, NanPolicy.parse("OMIT"));
    }
}
