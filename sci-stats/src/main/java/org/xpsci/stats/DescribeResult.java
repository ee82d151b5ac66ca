package org.xpsci.stats;

import org.xpsci.xp.NdArray;

/**
 * Descriptive statistics of each slice (SciPy's {@code DescribeResult}; its {@code minmax} pair is split).
 *
 * @param nobs     the number of observations (int64): 0-d (the axis length), or per slice under nan_policy='omit'
 * @param min      the minimum (the input's dtype)
 * @param max      the maximum (the input's dtype)
 * @param mean     the mean
 * @param variance the variance with {@code ddof} degrees of freedom removed
 * @param skewness the skewness ({@link Stats#skew})
 * @param kurtosis the excess (Fisher) kurtosis ({@link Stats#kurtosis})
 */
public record DescribeResult(NdArray nobs, NdArray min, NdArray max, NdArray mean, NdArray variance,
        NdArray skewness, NdArray kurtosis) {
}
