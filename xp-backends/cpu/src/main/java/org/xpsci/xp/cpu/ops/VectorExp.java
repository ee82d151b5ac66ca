package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.cpu.kernel.Scratch;

/**
 * exp over a block in loops the JIT compiles to SIMD instructions, several times the throughput of
 * {@link Math#exp} called per element. The float64 main loop is fdlibm's algorithm (Cody-Waite reduction
 * x = k ln2 + r, |r| <= ln2/2, and its rational approximation of exp(r), within 1 ulp) on unit-stride scratch
 * arrays indexed alike, which is what C2's auto-vectoriser needs; 2^k is applied in a second, scalar loop
 * (bit manipulation would stop the first from vectorising), where inputs outside [-708, 709] (overflow,
 * subnormal results, infinities, NaN) are computed by {@link Math#exp} instead. float32 works the same way
 * in float arithmetic, twice the lanes.
 */
final class VectorExp {

    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;
    /** 1.5 * 2^52 + 1023: adding it rounds x/ln2 to an integer k and leaves k + 1023 in the low bits. */
    private static final double SHIFT = 0x1.8p52 + 1023;
    private static final double LOW = -708.0;
    private static final double HIGH = 709.0;

    private static final float INV_LN2_F = 1.44269504088896341f;
    /** ln 2 = LN2_HI_F + LN2_LO_F, the first with few enough bits that k * LN2_HI_F is exact. */
    private static final float LN2_HI_F = 0.693359375f;
    private static final float LN2_LO_F = -2.12194440e-4f;
    /** 1.5 * 2^23 + 127: rounds x/ln2 to an integer k and leaves k + 127 in the low bits. */
    private static final float SHIFT_F = 0x1.8p23f + 127;
    private static final float Q5 = 1.9875691500e-4f;
    private static final float Q4 = 1.3981999507e-3f;
    private static final float Q3 = 8.3334519073e-3f;
    private static final float Q2 = 4.1665795894e-2f;
    private static final float Q1 = 1.6666665459e-1f;
    private static final float Q0 = 5.0000001201e-1f;
    private static final float LOW_F = -87.0f;
    private static final float HIGH_F = 88.0f;

    private VectorExp() {
    }

    /** o[oo + i] = exp(a[ao + i]) for i < n (n at most a block). */
    static void exp(double[] a, int ao, double[] o, int oo, int n) {
        Scratch s = Scratch.get();
        double[] x = s.d2;
        double[] p = s.d3;
        double[] t = s.d4;
        System.arraycopy(a, ao, x, 0, n);
        reduced(x, p, t, n);
        for (int i = 0; i < n; i++) {
            double v = x[i];
            double e = p[i] * Double.longBitsToDouble(Double.doubleToRawLongBits(t[i]) << 52);
            o[oo + i] = v > LOW && v < HIGH ? e : Math.exp(v);
        }
    }

    /**
     * o[oo + i] = exp(a[ao + i]) in float32, in float arithmetic (twice the lanes of double): Cody-Waite
     * reduction with ln 2 split in two floats and Cephes' degree-7 polynomial, within 1 ulp; inputs outside
     * [-87, 88] go through {@link Math#exp} in double.
     */
    static void exp(float[] a, int ao, float[] o, int oo, int n) {
        Scratch s = Scratch.get();
        float[] x = s.f1;
        float[] p = s.f2;
        float[] t = s.f3;
        System.arraycopy(a, ao, x, 0, n);
        for (int i = 0; i < n; i++) {
            float v = x[i];
            float shifted = v * INV_LN2_F + SHIFT_F;
            float k = shifted - SHIFT_F;
            float r = v - k * LN2_HI_F - k * LN2_LO_F;
            float q = Q5;
            q = q * r + Q4;
            q = q * r + Q3;
            q = q * r + Q2;
            q = q * r + Q1;
            q = q * r + Q0;
            p[i] = q * r * r + r + 1.0f;
            t[i] = shifted;
        }
        for (int i = 0; i < n; i++) {
            float v = x[i];
            float e = p[i] * Float.intBitsToFloat(Float.floatToRawIntBits(t[i]) << 23);
            o[oo + i] = v > LOW_F && v < HIGH_F ? e : (float) Math.exp(v);
        }
    }

    /** p[i] = exp(r) with x[i] = k ln2 + r, and t[i] holding k + 1023 in its low bits. */
    private static void reduced(double[] x, double[] p, double[] t, int n) {
        for (int i = 0; i < n; i++) {
            double v = x[i];
            double s = v * INV_LN2 + SHIFT;
            double k = s - SHIFT;
            double hi = v - k * LN2_HI;
            double lo = k * LN2_LO;
            double r = hi - lo;
            double rr = r * r;
            double c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
            p[i] = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
            t[i] = s;
        }
    }
}
