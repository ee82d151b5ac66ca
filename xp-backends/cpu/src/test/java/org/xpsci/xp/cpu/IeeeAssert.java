package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@link XpAssert} plus the checks special values need. After XpAssert's comparison (dtype, shape, values),
 * every real and imaginary part is compared on its own: NaN where desired has NaN, the same infinity where
 * desired has one, the same sign where both are zero, and finite parts within the tolerance of the element's
 * magnitude. Integers are compared as exact 64-bit values (XpAssert compares through double, which cannot
 * tell int64 neighbours above 2^53 apart).
 */
final class IeeeAssert {

    private IeeeAssert() {
    }

    /**
     * Asserts actual matches desired: exactly when {@code rtol} is 0, else within rtol of |desired| (per
     * element, complex magnitudes), with special values exact.
     *
     * @param inputs the inputs, shown for the first mismatches
     */
    static void assertMatches(NdArray actual, NdArray desired, double rtol, String context, NdArray... inputs) {
        assertMatches(actual, desired, rtol, false, context, inputs);
    }

    /** As {@link #assertMatches(NdArray, NdArray, double, String, NdArray...)}, with NaN signs compared too. */
    static void assertMatches(NdArray actual, NdArray desired, double rtol, boolean nanSigns, String context,
                              NdArray... inputs) {
        AssertOptions o = AssertOptions.defaults().message(context);
        if (desired.dtype().isComplexFloating() && hasInfinitePart(desired)) {
            // XpAssert measures a complex difference as |a - d|, which is NaN when a part is infinite in both
            assertEquals(desired.dtype(), actual.dtype(), context + ": dtype");
            assertArrayEquals(desired.shape(), actual.shape(), context + ": shape");
        } else if (rtol == 0) {
            XpAssert.assertEqual(actual, desired, o);
        } else {
            XpAssert.assertClose(actual, desired, o.rtol(rtol).atol(Double.MIN_NORMAL));
        }
        if (desired.dtype().isIntegral()) {
            assertSameIntegers(actual, desired, context, inputs);
        } else {
            assertSameParts(actual, desired, rtol, nanSigns, context, inputs);
        }
    }

    private static boolean hasInfinitePart(NdArray x) {
        for (double v : parts(x)) {
            if (Double.isInfinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static void assertSameIntegers(NdArray actual, NdArray desired, String context, NdArray[] inputs) {
        long[] a = longs(actual);
        long[] d = longs(desired);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != d[i]) {
                bad.add(describe(i, inputs) + " actual " + a[i] + ", desired " + d[i]);
            }
        }
        fail(context, bad, a.length);
    }

    private static void assertSameParts(NdArray actual, NdArray desired, double rtol, boolean nanSigns,
                                        String context, NdArray[] inputs) {
        double[] a = parts(actual);
        double[] d = parts(desired);
        boolean complex = desired.dtype().isComplexFloating();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < a.length / 2; i++) {
            double scale = Math.hypot(d[2 * i], d[2 * i + 1]);
            for (int k = 2 * i; k < 2 * i + (complex ? 2 : 1); k++) {
                double tolerance = rtol * (Double.isFinite(scale) ? scale : Math.abs(d[k])) + Double.MIN_NORMAL;
                boolean signs = !nanSigns || signBit(a[k]) == signBit(d[k]);
                if (!sameSpecial(a[k], d[k]) || Math.abs(a[k] - d[k]) > tolerance || !signs) {
                    String part = complex ? (k % 2 == 0 ? " re" : " im") : "";
                    bad.add(describe(i, inputs) + part + " actual " + a[k] + ", desired " + d[k]
                            + (complex ? " (actual " + cell(a, i) + ", desired " + cell(d, i) + ")" : ""));
                }
            }
        }
        fail(context, bad, a.length / 2);
    }

    private static boolean signBit(double v) {
        return Double.doubleToRawLongBits(v) < 0;
    }

    /** NaN for NaN, the same infinity, the same sign of zero; finite values are left to the tolerance. */
    private static boolean sameSpecial(double a, double d) {
        if (Double.isNaN(d) || Double.isNaN(a)) {
            return Double.isNaN(d) && Double.isNaN(a);
        }
        if (Double.isInfinite(d) || Double.isInfinite(a)) {
            return a == d;
        }
        if (d == 0 && a == 0) {
            return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(d);
        }
        return true;
    }

    private static void fail(String context, List<String> bad, int n) {
        if (bad.isEmpty()) {
            return;
        }
        StringBuilder m = new StringBuilder(context).append(": ").append(bad.size()).append(" parts of ")
                .append(n).append(" elements differ (special values, exact bits or tolerance)");
        bad.stream().limit(8).forEach(s -> m.append("\n  ").append(s));
        throw new AssertionFailedError(m.toString());
    }

    private static String describe(int i, NdArray[] inputs) {
        StringBuilder s = new StringBuilder("[").append(i).append("]");
        for (NdArray x : inputs) {
            if (x.size() == 0) {
                continue;
            }
            int j = x.size() == 1 ? 0 : i;
            if (x.dtype().isComplexFloating()) {
                s.append(' ').append(cell(parts(x), j));
            } else if (x.dtype().isIntegral()) {
                s.append(' ').append(longs(x)[j]);
            } else {
                s.append(' ').append(parts(x)[2 * j]);
            }
        }
        return s.toString();
    }

    private static String cell(double[] v, int i) {
        double im = v[2 * i + 1];
        return String.format(Locale.ROOT, "(%s%s%sj)", v[2 * i], im < 0 || Double.isNaN(im) ? "" : "+", im);
    }

    /** Every element as (re, im) pairs in C order. */
    static double[] parts(NdArray x) {
        HostBuffer b = host(x);
        double[] v = new double[2 * Math.toIntExact(b.size())];
        HostReader.forEach(b, (i, re, im) -> {
            v[2 * i] = re;
            v[2 * i + 1] = im;
        });
        return v;
    }

    /** Every element of an integer or bool array as a long (uint64 as its bit pattern), in C order. */
    static long[] longs(NdArray x) {
        HostBuffer b = host(x);
        long[] v = new long[Math.toIntExact(b.size())];
        HostReader.forEachLong(b, (i, value) -> v[i] = value);
        return v;
    }

    private static HostBuffer host(NdArray x) {
        return Xp.hostBuffer(x).orElseThrow(() -> new AssertionError("not a host array: " + x.device()));
    }
}
