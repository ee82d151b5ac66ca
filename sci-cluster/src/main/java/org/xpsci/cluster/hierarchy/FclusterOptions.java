package org.xpsci.cluster.hierarchy;

import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.cluster.hierarchy.fcluster}, with SciPy's defaults:
 * {@code criterion='inconsistent', depth=2, R=None, monocrit=None}.
 *
 * @param criterion how clusters are cut; null means {@link FclusterCriterion#INCONSISTENT}
 * @param depth     the depth of the inconsistency statistics (criterion inconsistent, when R is null); at least 0
 * @param r         the inconsistency matrix to use instead of computing it (criterion inconsistent), or null
 * @param monocrit  one value per linkage row, monotone up the tree (criteria monocrit, maxclust_monocrit), or
 *                  null
 */
public record FclusterOptions(FclusterCriterion criterion, int depth, NdArray r, NdArray monocrit) {

    /** SciPy's defaults. */
    public static FclusterOptions defaults() {
        return new FclusterOptions(FclusterCriterion.INCONSISTENT, 2, null, null);
    }

    /** A copy with the criterion. */
    public FclusterOptions withCriterion(FclusterCriterion value) {
        return new FclusterOptions(value, depth, r, monocrit);
    }

    /**
     * A copy with the criterion given by SciPy's name.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public FclusterOptions withCriterion(String value) {
        return withCriterion(FclusterCriterion.parse(value));
    }

    /** A copy with the inconsistency depth. */
    public FclusterOptions withDepth(int value) {
        return new FclusterOptions(criterion, value, r, monocrit);
    }

    /** A copy with a precomputed inconsistency matrix. */
    public FclusterOptions withR(NdArray value) {
        return new FclusterOptions(criterion, depth, value, monocrit);
    }

    /** A copy with the monocrit values. */
    public FclusterOptions withMonocrit(NdArray value) {
        return new FclusterOptions(criterion, depth, r, value);
    }
}
