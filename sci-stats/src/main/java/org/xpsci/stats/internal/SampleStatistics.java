package org.xpsci.stats.internal;

import org.xpsci.stats.NanPolicy;
import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * What a t-test needs of each sample, per slice.
 *
 * @param observations  the number of observations after NaNs are omitted (for the too-small check)
 * @param n             the effective sample size (n - 2g for a trimmed sample)
 * @param mean          the (trimmed) mean
 * @param var           the (winsorised) variance with one degree of freedom removed
 * @param hasNan        whether the slice contains a NaN
 * @param precisionLoss whether the variance suffered catastrophic cancellation
 * @param <V>           the vector type
 * @param <B>           the mask type
 */
record SampleStatistics<V, B>(V observations, V n, V mean, V var, B hasNan, boolean precisionLoss) {

    /** The statistics of a sample, trimmed (Yuen) when {@code trim > 0}. */
    static <V, B> SampleStatistics<V, B> of(SliceEngine<V, B> e, org.xpsci.xp.NdArray sample, double trim,
            NanPolicy policy) {
        VectorAlgebra<V, B> m = e.algebra();
        if (trim > 0) {
            Trimmed<V, B> t = e.trimmed(sample, trim, policy == NanPolicy.OMIT);
            return new SampleStatistics<>(t.observations(), t.h(), t.mean(), t.var(), t.hasNan(), false);
        }
        Moments<V, B> mo = e.moments(sample, MomentRequest.variance(policy, sample.dtype()));
        V var = m.div(mo.m2(), m.sub(mo.count(), 1.0));
        return new SampleStatistics<>(mo.count(), mo.count(), mo.mean(), var, mo.hasNan(), mo.precisionLoss());
    }

    /** A one-observation "sample" (ttest_1samp's popmean): present unless NaN. */
    static <V, B> SampleStatistics<V, B> scalar(VectorAlgebra<V, B> m, V value, NanPolicy policy) {
        B nan = m.isnan(value);
        V one = m.where(nan, 0.0, m.full(1.0));
        return new SampleStatistics<>(one, one, value, m.full(Double.NaN), nan, false);
    }
}
