package org.xpsci.stats.internal;

import org.xpsci.stats.AxisOptions;
import org.xpsci.stats.NanPolicy;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * A one-sample statistic reduced along an axis with SciPy's {@code _axis_nan_policy} semantics: layout,
 * nan_policy (raise, propagate per slice, omit per slice), empty output, too-small samples and slices (with
 * SmallSampleWarning), precision-loss warnings and keepdims. The statistic itself is a {@link Formula} of
 * the slice moments.
 */
public final class Reduction {

    /** A statistic of the moments of each slice, written once against the vector algebra. */
    public interface Formula {
        /** The statistic of every slice (invalid slices are set to NaN afterwards). */
        <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> moments);
    }

    private final String function;
    private final AxisOptions options;
    private final int tooSmall;

    /**
     * A reduction.
     *
     * @param function the SciPy name (for messages)
     * @param options  axis, nan_policy, keepdims
     * @param tooSmall slices with this many observations or fewer are too small (SciPy's {@code too_small})
     */
    public Reduction(String function, AxisOptions options, int tooSmall) {
        this.function = function;
        this.options = options;
        this.tooSmall = tooSmall;
    }

    /** Lays out {@code a} along the axis. */
    public SampleSet layout(NdArray a) {
        return SampleSet.of(function, new String[] {"a"}, new NdArray[] {a}, options.axis(), false);
    }

    /** {@code a} in its own dtype, at least 1-d, raveled or with the axis moved last. */
    public NdArray layoutOriginal(NdArray a) {
        ArrayNamespace xp = org.xpsci.xp.Xp.namespace(a);
        NdArray x = a.ndim() == 0 ? xp.reshape(a, 1) : a;
        if (options.axis() == null) {
            return xp.reshape(x, -1);
        }
        int ax = org.xpsci.xp.Axes.normalize(options.axis(), x.ndim());
        return x.ndim() == 1 ? x : xp.moveaxis(x, ax, -1);
    }

    /**
     * The statistics of every slice, one result per formula, each with the dtype of the promoted input.
     *
     * @param a        the sample
     * @param maxOrder the highest deviation power the formulas read
     * @param center   the center of the deviations, or null for the mean
     * @param warn     whether catastrophic cancellation warns (SciPy's moment-based statistics do)
     * @param formulas the statistics
     */
    public NdArray[] apply(NdArray a, int maxOrder, Double center, boolean warn, Formula... formulas) {
        SampleSet s = layout(a);
        SliceEngine<?, ?> e = SliceEngines.of(s);
        return run(e, s, maxOrder, center, warn, formulas);
    }

    private <V, B> NdArray[] run(SliceEngine<V, B> e, SampleSet s, int maxOrder, Double center, boolean warn,
            Formula[] formulas) {
        if (options.nanPolicy() == NanPolicy.RAISE && e.containsNan(s.sample(0))) {
            throw Warnings.nanRaised(function);
        }
        NdArray[] out = new NdArray[formulas.length];
        if (s.outSize() == 0 || tooSmall >= 0 && s.length(0) <= tooSmall) {
            if (s.outSize() != 0) {
                Warnings.tooSmall(function, s.oneDimensional());
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = shaped(s, s.xp().full(s.outShape(), Double.NaN, s.dtype(), s.sample(0).device()));
            }
            return out;
        }
        VectorAlgebra<V, B> m = e.algebra();
        DType dtype = s.dtype();
        Moments<V, B> mo = e.moments(s.sample(0), new MomentRequest(Math.max(2, maxOrder), options.nanPolicy(),
                center, warn, dtype.finfo().eps()));
        if (mo.precisionLoss()) {
            Warnings.precisionLoss(function);
        }
        B invalid = mo.hasNan();
        if (options.nanPolicy() == NanPolicy.OMIT) {
            invalid = m.lessEqual(mo.count(), tooSmall);
            if (e.any(invalid)) {
                Warnings.tooSmallAfterOmit(function, s.oneDimensional());
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = shaped(s, e.array(m.where(invalid, Double.NaN, formulas[i].apply(m, mo)), dtype));
        }
        return out;
    }

    private NdArray shaped(SampleSet s, NdArray r) {
        return options.keepdims() ? s.xp().reshape(r, s.keepShape()) : r;
    }

    /** Stacks per-order results on a new leading axis (SciPy's moment with an array of orders). */
    public static NdArray stack(ArrayNamespace xp, NdArray[] parts) {
        return xp.stack(java.util.Arrays.asList(parts), 0);
    }
}
