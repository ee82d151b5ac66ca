package org.xpsci.stats.internal;

import org.xpsci.stats.NanPolicy;

/**
 * What {@link SliceEngine#moments} computes.
 *
 * @param maxOrder       the highest central sum needed (2, 3 or 4)
 * @param nanPolicy      propagate or omit (raise is checked before)
 * @param center         the center of the deviations, or null for each slice's mean
 * @param checkPrecision whether to detect catastrophic cancellation
 */
public record MomentRequest(int maxOrder, NanPolicy nanPolicy, Double center, boolean checkPrecision) {

    /** The sums for a variance about the mean. */
    public static MomentRequest variance(NanPolicy nanPolicy) {
        return new MomentRequest(2, nanPolicy, null, true);
    }

    /** Whether NaNs are left out. */
    public boolean omit() {
        return nanPolicy == NanPolicy.OMIT;
    }
}
