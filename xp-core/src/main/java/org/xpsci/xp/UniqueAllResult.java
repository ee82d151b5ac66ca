package org.xpsci.xp;

/**
 * The result of {@link ArrayNamespace#uniqueAll(NdArray)}.
 *
 * @param values         the unique values, sorted (1-D)
 * @param indices        index of the first occurrence of each value in the flattened input
 * @param inverseIndices for each input element, the index of its value in {@code values} (input's shape)
 * @param counts         number of occurrences of each value
 */
public record UniqueAllResult(NdArray values, NdArray indices, NdArray inverseIndices, NdArray counts) {
}
