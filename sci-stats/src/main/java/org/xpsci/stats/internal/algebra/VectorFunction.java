package org.xpsci.stats.internal.algebra;

/**
 * An elementwise function of two equal-shaped vectors written once against {@link VectorAlgebra}, so it can
 * be evaluated on any namespace or on host blocks by {@link VectorEvaluation}.
 */
public interface VectorFunction {

    /** The function's values at {@code (x, p)}. */
    <V, B> V apply(VectorAlgebra<V, B> m, V x, V p);
}
