package org.xpsci.cluster.hierarchy;

import org.xpsci.xp.NdArray;

/**
 * The result of {@code scipy.cluster.hierarchy.cophenet(Z, Y)}.
 *
 * @param c the cophenetic correlation coefficient between the tree and the distances Y (0-d float64)
 * @param d the condensed cophenetic distance matrix (float64)
 */
public record CophenetResult(NdArray c, NdArray d) {
}
