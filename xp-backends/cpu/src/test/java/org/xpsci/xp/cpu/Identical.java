package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.opentest4j.AssertionFailedError;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Bit-exact comparison on top of {@link XpAssert#assertEqual}: XpAssert compares values as doubles (so -0.0
 * equals 0.0 and 64-bit integers above 2^53 round); this also checks every integer exactly and the sign of
 * every floating-point zero (any NaN matches any NaN).
 */
final class Identical {

    private Identical() {
    }

    static void assertIdentical(NdArray actual, NdArray desired, String what) {
        XpAssert.assertEqual(actual, desired, org.xpsci.testing.AssertOptions.defaults().message(what));
        if (actual.dtype().isIntegral() || actual.dtype().isBool()) {
            long[] a = Xp.toLongArray(actual);
            long[] d = Xp.toLongArray(desired);
            for (int i = 0; i < a.length; i++) {
                assertEquals(d[i], a[i], what + ": element " + i);
            }
            return;
        }
        double[] a = Xp.toComplexArray(actual);
        double[] d = Xp.toComplexArray(desired);
        for (int i = 0; i < a.length; i++) {
            boolean same = Double.isNaN(a[i]) ? Double.isNaN(d[i])
                    : Double.doubleToRawLongBits(a[i]) == Double.doubleToRawLongBits(d[i]);
            if (!same) {
                throw new AssertionFailedError(what + ": element " + i / 2 + (i % 2 == 0 ? " (real part)" : " (imag)")
                        + " is " + a[i] + ", expected " + d[i] + "\n actual: " + actual + "\n desired: " + desired);
            }
        }
    }
}
