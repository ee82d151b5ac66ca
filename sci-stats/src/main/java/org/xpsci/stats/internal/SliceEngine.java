package org.xpsci.stats.internal;

import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.stats.internal.algebra.VectorFunction;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * The per-slice machinery of the statistics: reductions of samples (shape {@code outShape + (n,)}) along
 * their last axis into vectors over the slices, elementwise arithmetic on those vectors, and conversion back
 * to arrays of {@code outShape}. {@link HostSliceEngine} works on host memory with fused Java loops (the fast
 * path), {@link NamespaceSliceEngine} with the namespace's reductions and arithmetic (the portable path); the
 * statistics themselves are written once against this interface.
 *
 * @param <V> a vector of doubles over the slices
 * @param <B> a vector of booleans over the slices
 */
public interface SliceEngine<V, B> {

    /** Elementwise arithmetic on vectors over the slices (float64). */
    VectorAlgebra<V, B> algebra();

    /** The per-slice sums of a sample. */
    Moments<V, B> moments(NdArray sample, MomentRequest request);

    /**
     * Yuen's trimmed mean and winsorised variance of each slice (SciPy's {@code _ttest_trim_var_mean_len}).
     *
     * @param trim the proportion cut from each end, in (0, 0.5)
     * @param omit whether NaNs are left out (else they sort last, and their slices are flagged)
     */
    Trimmed<V, B> trimmed(NdArray sample, double trim, boolean omit);

    /** The joint sums of two samples of equal length (Pearson's correlation). */
    CoMoments<V, B> comoments(NdArray x, NdArray y);

    /** Whether the sample contains a NaN anywhere. */
    boolean containsNan(NdArray sample);

    /** An array broadcastable to the output shape, as a vector over the slices. */
    V vector(NdArray a);

    /** A vector over the slices as an array of the output shape and {@code dtype}. */
    NdArray array(V v, DType dtype);

    /** A mask over the slices as a bool array of the output shape. */
    NdArray mask(B b);

    /** Whether any element of the mask is true. */
    boolean any(B b);

    /** {@code f(x, p)} elementwise. */
    V apply(VectorFunction f, V x, V p);
}
