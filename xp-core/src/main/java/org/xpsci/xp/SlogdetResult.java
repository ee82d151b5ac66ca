package org.xpsci.xp;

/**
 * The result of {@link LinalgExtension#slogdet(NdArray)}.
 *
 * @param sign      the sign (or unit-modulus phase, for complex input) of the determinant; 0 if singular
 * @param logabsdet the natural log of the determinant's absolute value; -inf if singular
 */
public record SlogdetResult(NdArray sign, NdArray logabsdet) {
}
