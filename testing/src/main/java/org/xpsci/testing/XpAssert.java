package org.xpsci.testing;

import java.util.Arrays;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;
import org.xpsci.xp.ArrayFormat;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.FInfo;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.NdArray;

/**
 * SciPy's {@code xp_assert_equal / xp_assert_close / xp_assert_less} for xpsci arrays. Each first checks that
 * actual and desired come from the same namespace, have the same dtype and the same shape (each check can be
 * turned off with {@link AssertOptions}), then compares values with NumPy's semantics: NaNs in the same
 * places match, -0.0 equals 0.0, and close means {@code |a - d| <= atol + rtol*|d|} elementwise with rtol
 * defaulting to 4·√eps of actual's dtype. Messages show the mismatch the way NumPy's do.
 */
public final class XpAssert {

    private XpAssert() {
    }

    /** Values equal within the default tolerances, after the namespace/dtype/shape checks. */
    public static void assertClose(NdArray actual, NdArray desired) {
        assertClose(actual, desired, AssertOptions.defaults());
    }

    /** Values equal within {@code rtol} and {@code atol}, after the namespace/dtype/shape checks. */
    public static void assertClose(NdArray actual, NdArray desired, double rtol, double atol) {
        assertClose(actual, desired, AssertOptions.defaults().rtol(rtol).atol(atol));
    }

    /** Values equal within tolerances, with options. */
    public static void assertClose(NdArray actual, NdArray desired, AssertOptions o) {
        Pair p = prepare(actual, desired, o);
        double rtol = o.rtol() != null ? o.rtol() : defaultRtol(actual.dtype());
        compare(p, o, rtol, o.atol(), Mode.CLOSE);
    }

    /** Values exactly equal (NaN matches NaN), after the namespace/dtype/shape checks. */
    public static void assertEqual(NdArray actual, NdArray desired) {
        assertEqual(actual, desired, AssertOptions.defaults());
    }

    /** Values exactly equal, with options. */
    public static void assertEqual(NdArray actual, NdArray desired, AssertOptions o) {
        Pair p = prepare(actual, desired, o);
        compare(p, o, 0, 0, Mode.EQUAL);
    }

    /** Every value of actual strictly less than desired's (NaN in both passes). */
    public static void assertLess(NdArray actual, NdArray desired) {
        assertLess(actual, desired, AssertOptions.defaults());
    }

    /** Every value strictly less, with options. */
    public static void assertLess(NdArray actual, NdArray desired, AssertOptions o) {
        Pair p = prepare(actual, desired, o);
        compare(p, o, 0, 0, Mode.LESS);
    }

    /** SciPy's default relative tolerance for a dtype: 4·√eps for floating types, 1e-7 otherwise. */
    public static double defaultRtol(DType d) {
        if (d.isFloating()) {
            return 4 * Math.sqrt(FInfo.of(d).eps());
        }
        return 1e-7;
    }

    private enum Mode { EQUAL, CLOSE, LESS }

    private record Pair(double[] a, double[] d, boolean complex, HostBuffer ab, HostBuffer db, long[] al, long[] dl,
                        boolean unsigned) {
    }

    private static Pair prepare(NdArray actual, NdArray desired, AssertOptions o) {
        if (actual == null || desired == null) {
            throw new AssertionFailedError(o.message() + " actual and desired must be arrays; got "
                    + (actual == null ? "null actual" : "null desired"));
        }
        if (o.checkNamespace() && actual.namespace() != desired.namespace()) {
            fail(o, "Namespaces do not match: actual is " + actual.namespace().name() + ", desired is "
                    + desired.namespace().name());
        }
        if (o.checkDtype() && actual.dtype() != desired.dtype()) {
            fail(o, "dtypes do not match.\nActual: " + actual.dtype() + "\nDesired: " + desired.dtype());
        }
        int[] as = actual.shape();
        int[] ds = desired.shape();
        if (o.checkShape() && !Arrays.equals(as, ds)) {
            fail(o, "Shapes do not match.\nActual: " + Broadcast.format(as) + "\nDesired: " + Broadcast.format(ds));
        }
        if (!o.checkShape() && !Broadcast.broadcastsTo(ds, as)) {
            fail(o, "desired of shape " + Broadcast.format(ds) + " does not broadcast to actual's shape "
                    + Broadcast.format(as));
        }
        HostBuffer ab = host(actual);
        HostBuffer db = host(desired);
        boolean complex = actual.dtype().isComplexFloating() || desired.dtype().isComplexFloating();
        double[] a = values(ab);
        double[] d = broadcastValues(values(db), ds, as);
        long[] al = null;
        long[] dl = null;
        boolean integers = isInteger(actual.dtype()) && isInteger(desired.dtype());
        if (integers) {
            al = longs(ab);
            dl = broadcastLongs(longs(db), ds, as);
        }
        boolean unsigned = actual.dtype() == DType.UINT64 && desired.dtype() == DType.UINT64;
        return new Pair(a, d, complex, ab, db, al, dl, unsigned);
    }

    private static HostBuffer host(NdArray x) {
        // a private host copy unless the backend grants direct access: reading must not export the array's memory
        return x.hostBuffer().orElseGet(() -> x.dlpack(Device.CPU, true).hostBuffer());
    }

    private static double[] values(HostBuffer b) {
        int n = Math.toIntExact(b.size());
        double[] v = new double[2 * n];
        HostReader.forEach(b, (i, re, im) -> {
            v[2 * i] = re;
            v[2 * i + 1] = im;
        });
        return v;
    }

    private static boolean isInteger(DType d) {
        return d.isIntegral() || d.isBool();
    }

    private static long[] longs(HostBuffer b) {
        long[] v = new long[Math.toIntExact(b.size())];
        HostReader.forEachLong(b, (i, x) -> v[i] = x);
        return v;
    }

    private static long[] broadcastLongs(long[] d, int[] from, int[] to) {
        if (java.util.Arrays.equals(from, to)) {
            return d;
        }
        double[] asPairs = new double[2 * d.length];
        for (int i = 0; i < d.length; i++) {
            asPairs[2 * i] = Double.longBitsToDouble(d[i]);
        }
        double[] b = broadcastValues(asPairs, from, to);
        long[] out = new long[b.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(b[2 * i]);
        }
        return out;
    }

    private static double[] broadcastValues(double[] d, int[] from, int[] to) {
        if (Arrays.equals(from, to)) {
            return d;
        }
        int n = Math.toIntExact(org.xpsci.xp.Axes.size(to));
        double[] out = new double[2 * n];
        int[] idx = new int[to.length];
        int shift = to.length - from.length;
        for (int i = 0; i < n; i++) {
            int src = 0;
            for (int k = 0; k < from.length; k++) {
                src = src * from[k] + (from[k] == 1 ? 0 : idx[shift + k]);
            }
            out[2 * i] = d[2 * src];
            out[2 * i + 1] = d[2 * src + 1];
            for (int k = to.length - 1; k >= 0; k--) {
                if (++idx[k] < to[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
        return out;
    }

    private static void compare(Pair p, AssertOptions o, double rtol, double atol, Mode mode) {
        int n = p.a.length / 2;
        int bad = 0;
        double maxAbs = 0;
        double maxRel = 0;
        int firstBad = -1;
        for (int i = 0; i < n; i++) {
            double ar = p.a[2 * i], ai = p.a[2 * i + 1], dr = p.d[2 * i], di = p.d[2 * i + 1];
            boolean ok;
            boolean aNan = Double.isNaN(ar) || Double.isNaN(ai);
            boolean dNan = Double.isNaN(dr) || Double.isNaN(di);
            if (aNan || dNan) {
                ok = aNan && dNan;
            } else if (p.al != null && mode != Mode.CLOSE) {
                int c = p.unsigned ? Long.compareUnsigned(p.al[i], p.dl[i]) : Long.compare(p.al[i], p.dl[i]);
                ok = mode == Mode.EQUAL ? c == 0 : c < 0;
            } else if (mode == Mode.LESS) {
                ok = ar < dr;
            } else if (mode == Mode.EQUAL) {
                ok = ar == dr && ai == di;
            } else {
                double diff = p.complex ? Math.hypot(ar - dr, ai - di) : Math.abs(ar - dr);
                double mag = p.complex ? Math.hypot(dr, di) : Math.abs(dr);
                ok = (ar == dr && ai == di) || diff <= atol + rtol * mag;
                if (!ok) {
                    maxAbs = Math.max(maxAbs, diff);
                    maxRel = Math.max(maxRel, mag == 0 ? Double.POSITIVE_INFINITY : diff / mag);
                }
            }
            if (!ok) {
                bad++;
                if (firstBad < 0) {
                    firstBad = i;
                }
                if (mode != Mode.CLOSE && !aNan && !dNan) {
                    maxAbs = Math.max(maxAbs, Math.abs(ar - dr));
                }
            }
        }
        if (bad == 0) {
            return;
        }
        StringBuilder m = new StringBuilder();
        m.append(switch (mode) {
            case EQUAL -> "Arrays are not equal";
            case LESS -> "Arrays are not strictly ordered `x < y`";
            case CLOSE -> String.format(Locale.ROOT, "Not equal to tolerance rtol=%.3g, atol=%.3g", rtol, atol);
        });
        if (!o.message().isEmpty()) {
            m.append('\n').append(o.message());
        }
        m.append(String.format(Locale.ROOT, "%nMismatched elements: %d / %d (%.3g%%)", bad, n, 100.0 * bad / n));
        m.append("\nFirst mismatch at flat index ").append(firstBad).append(": actual ")
                .append(cell(p.a, firstBad, p.complex)).append(", desired ").append(cell(p.d, firstBad, p.complex));
        if (mode != Mode.LESS) {
            m.append(String.format(Locale.ROOT, "%nMax absolute difference among violations: %.6g", maxAbs));
            if (mode == Mode.CLOSE) {
                m.append(String.format(Locale.ROOT, "%nMax relative difference among violations: %.6g", maxRel));
            }
        }
        m.append("\n ACTUAL: ").append(ArrayFormat.repr(p.ab, "array"));
        m.append("\n DESIRED: ").append(ArrayFormat.repr(p.db, "array"));
        throw new AssertionFailedError(m.toString());
    }

    private static String cell(double[] v, int i, boolean complex) {
        return complex ? "(" + v[2 * i] + (v[2 * i + 1] < 0 ? "" : "+") + v[2 * i + 1] + "j)" : Double.toString(v[2 * i]);
    }

    private static void fail(AssertOptions o, String what) {
        throw new AssertionFailedError((o.message().isEmpty() ? "" : o.message() + "\n") + what);
    }
}
