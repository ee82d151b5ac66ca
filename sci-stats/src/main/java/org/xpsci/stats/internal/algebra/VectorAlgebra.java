package org.xpsci.stats.internal.algebra;

/**
 * Elementwise double-precision arithmetic over vectors of one shape: the vocabulary in which the special
 * functions are written once. {@link NamespaceAlgebra} evaluates it with float64 arrays of any array API
 * namespace (the portable path); {@link HostAlgebra} evaluates it over primitive {@code double[]} blocks (the
 * host fast path). Operations follow IEEE 754 (NaN propagates, division by zero gives infinities).
 *
 * @param <V> a vector of doubles
 * @param <B> a vector of booleans of the same shape
 */
public interface VectorAlgebra<V, B> {

    /** A vector with every element {@code value}. */
    V full(double value);

    /** A mask with every element false. */
    B none();

    /** {@code a + b}. */
    V add(V a, V b);

    /** {@code a + b}. */
    V add(V a, double b);

    /** {@code a - b}. */
    V sub(V a, V b);

    /** {@code a - b}. */
    V sub(V a, double b);

    /** {@code a - b}. */
    V sub(double a, V b);

    /** {@code a * b}. */
    V mul(V a, V b);

    /** {@code a * b}. */
    V mul(V a, double b);

    /** {@code a / b}. */
    V div(V a, V b);

    /** {@code a / b}. */
    V div(V a, double b);

    /** {@code a / b}. */
    V div(double a, V b);

    /** {@code -a}. */
    V neg(V a);

    /** {@code |a|}. */
    V abs(V a);

    /** Square root. */
    V sqrt(V a);

    /** {@code e^a}. */
    V exp(V a);

    /** {@code e^a - 1}. */
    V expm1(V a);

    /** Natural logarithm. */
    V log(V a);

    /** {@code log(1 + a)}. */
    V log1p(V a);

    /** {@code a^b}. */
    V pow(V a, V b);

    /** Largest integer not above a. */
    V floor(V a);

    /** Smallest integer not below a. */
    V ceil(V a);

    /** Elementwise minimum. */
    V minimum(V a, V b);

    /** {@code a < b}. */
    B less(V a, V b);

    /** {@code a < b}. */
    B less(V a, double b);

    /** {@code a <= b}. */
    B lessEqual(V a, double b);

    /** {@code a > b}. */
    B greater(V a, double b);

    /** {@code a >= b}. */
    B greaterEqual(V a, double b);

    /** {@code a == b}. */
    B equal(V a, double b);

    /** Whether a is NaN. */
    B isnan(V a);

    /** Whether a is infinite. */
    B isinf(V a);

    /** Logical and. */
    B and(B a, B b);

    /** Logical or. */
    B or(B a, B b);

    /** Logical not. */
    B not(B a);

    /** Elements of a where c holds, else of b. */
    V where(B c, V a, V b);

    /** Elements of a where c holds, else b. */
    V where(B c, V a, double b);

    /** a where c holds, else elements of b. */
    V where(B c, double a, V b);

    /** Whether every element of the mask is true. */
    boolean all(B mask);

    /** Whether any element of the mask is true (lets a function skip a branch no element takes). */
    default boolean any(B mask) {
        return !all(not(mask));
    }
}
