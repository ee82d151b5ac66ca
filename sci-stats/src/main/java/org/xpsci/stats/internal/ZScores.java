package org.xpsci.stats.internal;

import org.xpsci.stats.AxisOptions;
import org.xpsci.stats.NanPolicy;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@code zmap(scores, compare, axis, ddof, nan_policy)} and {@code zscore}: {@code (scores - mean) / std} with
 * the mean and standard deviation of compare along the axis. For zscore (scores are compare) slices whose
 * standard deviation is at most {@code |eps · mean|} are NaN.
 */
public final class ZScores {

    private ZScores() {
    }

    /**
     * The z scores.
     *
     * @param likeZscore whether scores is compare (zscore: no SmallSampleWarning, constant slices NaN)
     */
    public static NdArray zmap(NdArray scores, NdArray compare, int ddof, AxisOptions o, boolean likeZscore) {
        String function = likeZscore ? "zscore" : "zmap";
        if (scores == null || compare == null) {
            throw new IllegalArgumentException(function + ": " + (scores == null ? "scores" : "compare")
                    + " must be an array; got null");
        }
        if (o.keepdims()) {
            throw new IllegalArgumentException(function + " has no keepdims parameter; got keepdims=true");
        }
        ArrayNamespace xp = Xp.namespace(scores, compare);
        NdArray[] p = Xp.promote(xp, true, scores, compare);
        SampleSet s = SampleSet.of(function, new String[] {"compare"}, new NdArray[] {p[1]}, o.axis(), false);
        SliceEngine<?, ?> e = SliceEngines.of(s);
        NdArray[] ms = meanAndStd(e, s, ddof, o.nanPolicy(), function, likeZscore);
        NdArray mean = xp.reshape(ms[0], s.keepShape());
        NdArray std = xp.reshape(ms[1], s.keepShape());
        return xp.divide(xp.subtract(p[0], mean), std);
    }

    private static <V, B> NdArray[] meanAndStd(SliceEngine<V, B> e, SampleSet s, int ddof, NanPolicy policy,
            String function, boolean likeZscore) {
        if (policy == NanPolicy.RAISE && e.containsNan(s.sample(0))) {
            throw Warnings.nanRaised(function);
        }
        ArrayNamespace xp = s.xp();
        if (s.length(0) == 0) {
            if (!likeZscore && s.outSize() != 0) {
                Warnings.tooSmall(function, s.oneDimensional());
            }
            NdArray nan = xp.full(s.outShape(), Double.NaN, s.dtype(), s.sample(0).device());
            return new NdArray[] {nan, nan};
        }
        VectorAlgebra<V, B> m = e.algebra();
        double eps = s.dtype().finfo().eps();
        Moments<V, B> mo = e.moments(s.sample(0), new MomentRequest(2, policy, null, true, eps));
        if (mo.precisionLoss()) {
            Warnings.precisionLoss(function);
        }
        if (!likeZscore && policy == NanPolicy.OMIT && e.any(m.equal(mo.count(), 0.0))) {
            Warnings.tooSmallAfterOmit(function, s.oneDimensional());
        }
        V std = m.sqrt(m.div(mo.m2(), m.sub(mo.count(), ddof)));
        if (likeZscore) {
            std = m.where(m.lessEqual(m.sub(std, m.abs(m.mul(mo.mean(), eps))), 0.0), Double.NaN, std);
        }
        return new NdArray[] {e.array(mo.mean(), s.dtype()), e.array(std, s.dtype())};
    }
}
