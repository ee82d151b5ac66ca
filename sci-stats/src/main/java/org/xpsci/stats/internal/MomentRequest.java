package org.xpsci.stats.internal;

import org.xpsci.stats.NanPolicy;
import org.xpsci.xp.DType;

/**
 * What {@link SliceEngine#moments} computes.
 *
 * @param maxOrder       the highest power of the deviations summed (at least 2)
 * @param nanPolicy      propagate or omit (raise is checked before)
 * @param center         the center of the deviations, or null for each slice's mean
 * @param checkPrecision whether to detect catastrophic cancellation
 * @param eps            the machine epsilon of the data's dtype (the cancellation threshold is 10 eps)
 */
public record MomentRequest(int maxOrder, NanPolicy nanPolicy, Double center, boolean checkPrecision, double eps) {

    /** The sums for a variance about the mean of data of {@code dtype}. */
    public static MomentRequest variance(NanPolicy nanPolicy, DType dtype) {
        return new MomentRequest(2, nanPolicy, null, true, dtype.finfo().eps());
    }

    /** Whether NaNs are left out. */
    public boolean omit() {
        return nanPolicy == NanPolicy.OMIT;
    }
}
