package org.xpsci.xp;

/**
 * What a namespace supports beyond the standard's unconditional core, from
 * {@code __array_namespace_info__().capabilities()}.
 *
 * @param booleanIndexing     whether boolean-mask indexing is supported
 * @param dataDependentShapes whether functions whose output shape depends on values (nonzero, unique_*,
 *                            boolean masks) are supported
 * @param maxDimensions       the largest rank an array may have
 * @param integerArrayIndexing whether integer arrays may be used in {@code get}/{@code set} (beyond take)
 */
public record Capabilities(boolean booleanIndexing, boolean dataDependentShapes, int maxDimensions,
                           boolean integerArrayIndexing) {
}
