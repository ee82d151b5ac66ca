package org.xpsci.xp;

/**
 * The result of {@link ArrayNamespace#uniqueInverse(NdArray)}.
 *
 * @param values         the unique values, sorted (1-D)
 * @param inverseIndices for each input element, the index of its value in {@code values} (input's shape)
 */
public record UniqueInverseResult(NdArray values, NdArray inverseIndices) {
}
