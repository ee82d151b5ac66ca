package org.xpsci.stats.internal;

import org.xpsci.stats.NanPolicy;
import org.xpsci.stats.TtestOptions;
import org.xpsci.stats.TtestResult;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * {@code ttest_ind}, {@code ttest_1samp} and {@code ttest_rel} with SciPy's semantics (including its
 * {@code _axis_nan_policy} handling of empty samples, NaNs and keepdims), written once against
 * {@link SliceEngine}.
 */
public final class TTests {

    private static final String IND = "ttest_ind";
    private static final String ONE = "ttest_1samp";
    private static final String REL = "ttest_rel";

    private TTests() {
    }

    /** {@code ttest_ind(a, b, ...)}. */
    public static TtestResult independent(NdArray a, NdArray b, TtestOptions o) {
        SampleSet s = SampleSet.of(IND, new String[] {"a", "b"}, new NdArray[] {a, b}, o.axis(), false);
        SliceEngine<?, ?> e = SliceEngines.of(s);
        checkNan(e, s, o.nanPolicy(), IND);
        TtestResult edge = edgeCase(s, o, s.dtype(), IND);
        return edge != null ? edge : independent(e, s, o);
    }

    /** {@code ttest_1samp(a, popmean, ...)}. */
    public static TtestResult oneSample(NdArray a, NdArray popmean, TtestOptions o) {
        requireDefaultsForPaired(ONE, o);
        SampleSet s = SampleSet.of(ONE, new String[] {"a", "popmean"}, new NdArray[] {a, popmean}, o.axis(), false);
        if (s.length(1) != 1) {
            throw new IllegalArgumentException(ONE + ": `popmean.shape[axis]` must equal 1; got popmean of shape "
                    + java.util.Arrays.toString(popmean.shape()) + " for axis " + o.axis());
        }
        SliceEngine<?, ?> e = SliceEngines.of(s);
        checkNan(e, s, o.nanPolicy(), ONE);
        TtestResult edge = edgeCase(s, o, DType.INT64, ONE);
        NdArray pop = s.xp().squeeze(s.sample(1), -1);
        return edge != null ? edge : oneSample(e, s, s.sample(0), pop, o, ONE);
    }

    /** {@code ttest_rel(a, b, ...)}. */
    public static TtestResult related(NdArray a, NdArray b, TtestOptions o) {
        requireDefaultsForPaired(REL, o);
        SampleSet s = SampleSet.of(REL, new String[] {"a", "b"}, new NdArray[] {a, b}, o.axis(), true);
        SliceEngine<?, ?> e = SliceEngines.of(s);
        checkNan(e, s, o.nanPolicy(), REL);
        TtestResult edge = edgeCase(s, o, DType.INT64, REL);
        if (edge != null) {
            return edge;
        }
        ArrayNamespace xp = s.xp();
        NdArray d = xp.subtract(s.sample(0), s.sample(1));
        return oneSample(e, s, d, xp.zeros(s.outShape(), s.dtype(), d.device()), o, REL);
    }

    private static void requireDefaultsForPaired(String function, TtestOptions o) {
        if (o.trim() != 0 || !o.equalVar()) {
            throw new IllegalArgumentException(function + " has no equal_var or trim parameter; got equalVar="
                    + o.equalVar() + ", trim=" + o.trim() + " (they apply to ttest_ind only)");
        }
    }

    private static void checkNan(SliceEngine<?, ?> e, SampleSet s, NanPolicy policy, String function) {
        if (policy == NanPolicy.RAISE) {
            for (int i = 0; i < s.count(); i++) {
                if (e.containsNan(s.sample(i))) {
                    throw Warnings.nanRaised(function);
                }
            }
        }
    }

    /** Empty output, or a zero-length sample (SmallSampleWarning, NaN results); null otherwise. */
    private static TtestResult edgeCase(SampleSet s, TtestOptions o, DType dfType, String function) {
        boolean empty = s.outSize() == 0;
        boolean tooSmall = false;
        for (int i = 0; i < s.count(); i++) {
            tooSmall |= s.length(i) == 0;
        }
        if (!empty && !tooSmall) {
            return null;
        }
        if (!empty) {
            Warnings.tooSmall(function, s.oneDimensional());
        }
        ArrayNamespace xp = s.xp();
        int[] shape = o.keepdims() ? s.keepShape() : s.outShape();
        NdArray nan = xp.full(shape, Double.NaN, s.dtype(), s.sample(0).device());
        NdArray df = dfType == DType.INT64 ? xp.full(shape, -1L, DType.INT64, nan.device()) : nan;
        return new TtestResult(nan, nan, df, nan, nan, o.alternative());
    }

    private static <V, B> TtestResult independent(SliceEngine<V, B> e, SampleSet s, TtestOptions o) {
        VectorAlgebra<V, B> m = e.algebra();
        SampleStatistics<V, B> a = SampleStatistics.of(e, s.sample(0), o.trim(), o.nanPolicy());
        SampleStatistics<V, B> b = SampleStatistics.of(e, s.sample(1), o.trim(), o.nanPolicy());
        if (a.precisionLoss() || b.precisionLoss()) {
            Warnings.precisionLoss(IND);
        }
        V df;
        V se;
        if (o.equalVar()) {
            V va = m.where(m.equal(a.n(), 1.0), 0.0, a.var());
            V vb = m.where(m.equal(b.n(), 1.0), 0.0, b.var());
            df = m.sub(m.add(a.n(), b.n()), 2.0);
            V pooled = m.div(m.add(m.mul(m.sub(a.n(), 1.0), va), m.mul(m.sub(b.n(), 1.0), vb)), df);
            se = m.sqrt(m.mul(pooled, m.add(m.div(1.0, a.n()), m.div(1.0, b.n()))));
        } else {
            V vna = m.div(a.var(), a.n());
            V vnb = m.div(b.var(), b.n());
            V sum = m.add(vna, vnb);
            V den = m.add(m.div(m.mul(vna, vna), m.sub(a.n(), 1.0)), m.div(m.mul(vnb, vnb), m.sub(b.n(), 1.0)));
            df = m.div(m.mul(sum, sum), den);
            df = m.where(m.isnan(df), 1.0, df);
            se = m.sqrt(sum);
        }
        V estimate = m.sub(a.mean(), b.mean());
        V t = m.div(estimate, se);
        B invalid = invalid(e, s, o.nanPolicy(), a, b, IND);
        V p = PValues.studentT(e, t, df, o.alternative());
        return result(e, s, o, invalid, t, p, m.where(invalid, Double.NaN, df), s.dtype(), se, estimate);
    }

    private static <V, B> TtestResult oneSample(SliceEngine<V, B> e, SampleSet s, NdArray x, NdArray popmean,
            TtestOptions o, String function) {
        VectorAlgebra<V, B> m = e.algebra();
        SampleStatistics<V, B> a = SampleStatistics.of(e, x, 0.0, o.nanPolicy());
        if (a.precisionLoss()) {
            Warnings.precisionLoss(function);
        }
        V pop = e.vector(popmean);
        SampleStatistics<V, B> popStats = SampleStatistics.scalar(m, pop, o.nanPolicy());
        V se = m.sqrt(m.div(a.var(), a.n()));
        V t = m.div(m.sub(a.mean(), pop), se);
        V df = m.sub(a.n(), 1.0);
        B invalid = invalid(e, s, o.nanPolicy(), a, popStats, function);
        V p = PValues.studentT(e, t, df, o.alternative());
        return result(e, s, o, invalid, t, p, df, DType.INT64, se, a.mean());
    }

    /** Slices whose results are NaN: a propagated NaN, or (omit) a sample left empty, with its warning. */
    private static <V, B> B invalid(SliceEngine<V, B> e, SampleSet s, NanPolicy policy, SampleStatistics<V, B> a,
            SampleStatistics<V, B> b, String function) {
        VectorAlgebra<V, B> m = e.algebra();
        if (policy != NanPolicy.OMIT) {
            return m.or(a.hasNan(), b.hasNan());
        }
        B small = m.or(m.equal(a.observations(), 0.0), m.equal(b.observations(), 0.0));
        if (e.any(small)) {
            Warnings.tooSmallAfterOmit(function, s.oneDimensional());
        }
        return small;
    }

    private static <V, B> TtestResult result(SliceEngine<V, B> e, SampleSet s, TtestOptions o, B invalid, V t, V p,
            V df, DType dfType, V se, V estimate) {
        VectorAlgebra<V, B> m = e.algebra();
        DType d = s.dtype();
        ArrayNamespace xp = s.xp();
        NdArray[] out = {
            e.array(m.where(invalid, Double.NaN, t), d), e.array(m.where(invalid, Double.NaN, p), d),
            e.array(df, dfType), e.array(m.where(invalid, Double.NaN, se), d),
            e.array(m.where(invalid, Double.NaN, estimate), d)};
        if (o.keepdims()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = xp.reshape(out[i], s.keepShape());
            }
        }
        return new TtestResult(out[0], out[1], out[2], out[3], out[4], o.alternative());
    }
}
