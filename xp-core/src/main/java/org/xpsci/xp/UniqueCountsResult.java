package org.xpsci.xp;

/**
 * The result of {@link ArrayNamespace#uniqueCounts(NdArray)}.
 *
 * @param values the unique values, sorted (1-D)
 * @param counts number of occurrences of each value
 */
public record UniqueCountsResult(NdArray values, NdArray counts) {
}
