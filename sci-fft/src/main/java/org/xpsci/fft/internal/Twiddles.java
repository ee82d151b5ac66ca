package org.xpsci.fft.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The cosine and sine tables of the host DCT algorithms, computed once per (transform, length) and shared by
 * every thread (they are never written after construction); the last few used stay cached.
 *
 * @param cos  cosines of the pre- (DCT-IV) or post-twiddle (DCT-II/III) angles
 * @param sin  the matching sines
 * @param cos2 cosines of DCT-IV's post-twiddle angles (empty otherwise)
 * @param sin2 the matching sines
 */
record Twiddles(double[] cos, double[] sin, double[] cos2, double[] sin2) {

    private static final int SIZE = 16;
    private static final double[] NONE = new double[0];

    private static final Map<String, Twiddles> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Twiddles> eldest) {
            return size() > SIZE;
        }
    };

    /** The tables of the cosine transform underlying {@code type} for {@code n} points. */
    static Twiddles of(R2rType type, int n) {
        R2rType base = type.cosine() ? type : R2rType.of(true, type.number());
        String key = base + ":" + n;
        synchronized (CACHE) {
            Twiddles t = CACHE.get(key);
            if (t == null) {
                t = compute(base, n);
                CACHE.put(key, t);
            }
            return t;
        }
    }

    private static Twiddles compute(R2rType base, int n) {
        if (base == R2rType.DCT2 || base == R2rType.DCT3) {
            double[][] a = table(n / 2 + 1, k -> Math.PI * k / (2.0 * n));
            return new Twiddles(a[0], a[1], NONE, NONE);
        }
        if (base == R2rType.DCT4) {
            boolean even = n % 2 == 0;
            int m = even ? n / 2 : n;
            double[][] pre = table(m, even ? j -> Math.PI * (4 * j + 1) / (4.0 * n) : j -> Math.PI * j / (2.0 * n));
            double[][] post = table(m, even ? k -> Math.PI * k / n : k -> Math.PI * (2 * k + 1) / (4.0 * n));
            return new Twiddles(pre[0], pre[1], post[0], post[1]);
        }
        return new Twiddles(NONE, NONE, NONE, NONE);
    }

    private static double[][] table(int len, IntToDoubleFunction angle) {
        double[] c = new double[len];
        double[] s = new double[len];
        for (int k = 0; k < len; k++) {
            double a = angle.applyAsDouble(k);
            c[k] = Math.cos(a);
            s[k] = Math.sin(a);
        }
        return new double[][] {c, s};
    }
}
