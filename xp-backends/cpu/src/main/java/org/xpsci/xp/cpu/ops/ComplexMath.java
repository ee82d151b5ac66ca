package org.xpsci.xp.cpu.ops;

/**
 * Complex arithmetic and the exponential family on (re, im) pairs, with C99 Annex G's special values as
 * NumPy's npymath implements them (FreeBSD msun's algorithms). Each function writes its result into
 * {@code out[at]} (real) and {@code out[at + 1]} (imaginary). Trigonometric and hyperbolic functions are in
 * {@link ComplexTrig}.
 */
final class ComplexMath {

    /** Real parts above this make exp overflow; up to {@link #SCALED_UPPER} the result may still be finite. */
    static final double SCALED_LOWER = 710.47586007394386;
    static final double SCALED_UPPER = 1454.9159319953251;
    private static final int SCALED_K = 1799;
    private static final double SCALED_K_LN2 = SCALED_K * RealMath.LN2;
    private static final double SQRT_THRESHOLD = Double.MAX_VALUE / (1 + Math.sqrt(2));
    /** Below this both parts of sqrt's argument are scaled up, so subnormal inputs keep full precision. */
    private static final double TINY = 0x1p-1000;

    private ComplexMath() {
    }

    /** (a + bi) / (c + di): Smith's algorithm as NumPy's divide loop computes it. */
    static void divide(double a, double b, double c, double d, double[] out, int at) {
        double ac = Math.abs(c);
        double ad = Math.abs(d);
        if (ac >= ad) {
            if (ac == 0 && ad == 0) {
                out[at] = a / ac;
                out[at + 1] = b / ac;
                return;
            }
            double rat = d / c;
            double scl = 1.0 / (c + d * rat);
            out[at] = (a + b * rat) * scl;
            out[at + 1] = (b - a * rat) * scl;
        } else {
            double rat = c / d;
            double scl = 1.0 / (d + c * rat);
            out[at] = (a * rat + b) * scl;
            out[at + 1] = (b * rat - a) * scl;
        }
    }

    /** 1 / (a + bi) as NumPy's reciprocal loop computes it. */
    static void reciprocal(double a, double b, double[] out, int at) {
        if (Math.abs(b) <= Math.abs(a)) {
            double r = b / a;
            double d = a + b * r;
            out[at] = 1 / d;
            out[at + 1] = -r / d;
        } else {
            double r = a / b;
            double d = a * r + b;
            out[at] = r / d;
            out[at + 1] = -1 / d;
        }
    }

    /** z / |z| (0 for 0, NaN + NaN i when a part is NaN; a unit along the axis of an infinite part). */
    static void sign(double a, double b, double[] out, int at) {
        double m = RealMath.hypot(a, b);
        if (Double.isNaN(m)) {
            out[at] = Double.NaN;
            out[at + 1] = Double.NaN;
        } else if (m == Double.POSITIVE_INFINITY) {
            boolean infA = Double.isInfinite(a);
            boolean infB = Double.isInfinite(b);
            out[at] = infA && infB ? Double.NaN : infA ? Math.copySign(1.0, a) : 0.0;
            out[at + 1] = infA && infB ? Double.NaN : infB ? Math.copySign(1.0, b) : 0.0;
        } else if (m == 0) {
            out[at] = 0.0;
            out[at + 1] = 0.0;
        } else {
            out[at] = a / m;
            out[at + 1] = b / m;
        }
    }

    /** The complex exponential ({@code npy_cexp}). */
    static void exp(double r, double i, double[] out, int at) {
        if (Double.isFinite(r)) {
            if (r >= SCALED_LOWER && r <= SCALED_UPPER) {
                scaledExp(r, i, 0, out, at);
                return;
            }
            double x = Math.exp(r);
            if (Double.isFinite(i)) {
                out[at] = x * Math.cos(i);
                out[at + 1] = x * Math.sin(i);
            } else {
                out[at] = Double.NaN;
                out[at + 1] = Math.copySign(Double.NaN, i);
            }
        } else if (Double.isNaN(r)) {
            out[at] = r;
            out[at + 1] = i == 0 ? i : Math.copySign(Double.NaN, i);
        } else if (r > 0) {
            if (i == 0) {
                out[at] = r;
                out[at + 1] = i;
            } else if (Double.isFinite(i)) {
                out[at] = r * Math.cos(i);
                out[at + 1] = r * Math.sin(i);
            } else {
                out[at] = r;
                out[at + 1] = Double.NaN;
            }
        } else if (Double.isFinite(i)) {
            out[at] = 0.0 * Math.cos(i);
            out[at + 1] = 0.0 * Math.sin(i);
        } else {
            out[at] = 0.0;
            out[at + 1] = Math.copySign(0.0, i);
        }
    }

    /**
     * exp(x) * (cos y + i sin y) * 2^expt for x where exp(x) alone would overflow, by computing exp(x - k ln 2)
     * and applying 2^k only at the end ({@code _npy_scaled_cexp}).
     */
    static void scaledExp(double x, double y, int expt, double[] out, int at) {
        double h = Math.exp(x - SCALED_K_LN2);
        int eh = exponent(h);
        double mh = Math.scalb(h, -eh);
        out[at] = scaledProduct(mh, eh + SCALED_K + expt, Math.cos(y));
        out[at + 1] = scaledProduct(mh, eh + SCALED_K + expt, Math.sin(y));
    }

    /** m * c * 2^e with one rounding at the end, for m in [1, 2). */
    private static double scaledProduct(double m, int e, double c) {
        if (c == 0 || !Double.isFinite(c)) {
            return m * c;
        }
        int ec = exponent(c);
        return Math.scalb(m * Math.scalb(c, -ec), e + ec);
    }

    /** The binary exponent of a finite non-zero x, subnormals included (x = m * 2^e with m in [1, 2)). */
    private static int exponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return Math.getExponent(x * 0x1p54) - 54;
        }
        return e;
    }

    /** exp(z) - 1, accurate for small real parts ({@code nc_expm1}). */
    static void expm1(double r, double i, double[] out, int at) {
        if (Double.isNaN(r) || Double.isInfinite(r) || Double.isInfinite(i)) {
            exp(r, i, out, at);
            out[at] -= 1;
            return;
        }
        double s = Math.sin(i / 2);
        out[at] = Math.expm1(r) * Math.cos(i) - 2 * s * s;
        out[at + 1] = i == 0 ? i : Math.exp(r) * Math.sin(i);
    }

    /** The principal logarithm ({@code npy_clog}): real part log|z| computed without overflow or cancellation. */
    static void log(double r, double i, double[] out, int at) {
        double ax = Math.abs(r);
        double ay = Math.abs(i);
        double re;
        if (ax > Double.MAX_VALUE / 4 || ay > Double.MAX_VALUE / 4) {
            re = Math.log(RealMath.hypot(ax / 2, ay / 2)) + RealMath.LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0 || ay > 0) {
                re = Math.log(RealMath.hypot(ax * 0x1p53, ay * 0x1p53)) - 53 * RealMath.LN2;
            } else {
                out[at] = Double.NEGATIVE_INFINITY;
                out[at + 1] = Math.atan2(i, r);
                return;
            }
        } else {
            double h = RealMath.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        out[at] = re;
        out[at + 1] = Math.atan2(i, r);
    }

    /** log(z) scaled by {@code factor} (log2 and log10: log(z)/log(base)). */
    static void logScaled(double r, double i, double factor, double[] out, int at) {
        log(r, i, out, at);
        out[at] *= factor;
        out[at + 1] *= factor;
    }

    /** log(z) / log(2). */
    static void log2(double r, double i, double[] out, int at) {
        logScaled(r, i, RealMath.INV_LN2, out, at);
    }

    /** log(z) / log(10). */
    static void log10(double r, double i, double[] out, int at) {
        logScaled(r, i, RealMath.LOG10_E, out, at);
    }

    /** log(1 + z), accurate near z = 0 (where |1 + z| is near 1) unlike log of the rounded sum. */
    static void log1p(double r, double i, double[] out, int at) {
        double x = r + 1;
        if (Double.isFinite(r) && Double.isFinite(i) && Math.abs(r) < 0.5 && Math.abs(i) < 0.5) {
            out[at] = Math.log1p(r * (2 + r) + i * i) / 2;
            out[at + 1] = Math.atan2(i, x);
            return;
        }
        log(x, i, out, at);
    }

    /** The principal square root ({@code npy_csqrt}, Algorithm 312 of CACM with overflow and underflow scaling). */
    static void sqrt(double a, double b, double[] out, int at) {
        if (a == 0 && b == 0) {
            out[at] = 0.0;
            out[at + 1] = b;
            return;
        }
        if (Double.isInfinite(b)) {
            out[at] = Double.POSITIVE_INFINITY;
            out[at + 1] = b;
            return;
        }
        if (Double.isNaN(a)) {
            out[at] = a;
            out[at + 1] = Double.NaN;
            return;
        }
        if (Double.isInfinite(a)) {
            if (a < 0) {
                out[at] = Math.abs(b - b);
                out[at + 1] = Math.copySign(a, b);
            } else {
                out[at] = a;
                out[at + 1] = Math.copySign(b - b, b);
            }
            return;
        }
        if (Math.abs(a) < TINY && Math.abs(b) < TINY) {
            sqrt(a * 0x1p106, b * 0x1p106, out, at);
            out[at] *= 0x1p-53;
            out[at + 1] *= 0x1p-53;
            return;
        }
        boolean scale = Math.abs(a) >= SQRT_THRESHOLD || Math.abs(b) >= SQRT_THRESHOLD;
        if (scale) {
            a *= 0.25;
            b *= 0.25;
        }
        double re;
        double im;
        if (a >= 0) {
            double t = Math.sqrt((a + RealMath.hypot(a, b)) * 0.5);
            re = t;
            im = b / (2 * t);
        } else {
            double t = Math.sqrt((-a + RealMath.hypot(a, b)) * 0.5);
            re = Math.abs(b) / (2 * t);
            im = Math.copySign(t, b);
        }
        out[at] = scale ? re * 2 : re;
        out[at + 1] = scale ? im * 2 : im;
    }

    /**
     * a to the power b ({@code npy_cpow}): 1 for b = 0, 0 or NaN for a zero base, repeated multiplication for
     * small integer exponents, else exp(b log a).
     */
    static void pow(double ar, double ai, double br, double bi, double[] out, int at) {
        if (br == 0 && bi == 0) {
            out[at] = 1.0;
            out[at + 1] = 0.0;
            return;
        }
        if (ar == 0 && ai == 0) {
            boolean positive = br > 0;
            out[at] = positive ? 0.0 : Double.NaN;
            out[at + 1] = positive ? 0.0 : Double.NaN;
            return;
        }
        if (bi == 0 && br > -100 && br < 100 && br == (int) br) {
            integerPow(ar, ai, (int) br, out, at);
            return;
        }
        log(ar, ai, out, at);
        multiplyAnnexG(br, bi, out[at], out[at + 1], out, at);
        exp(out[at], out[at + 1], out, at);
    }

    /**
     * (a + bi)(c + di) recovering the infinities that the textbook formula turns into NaN + NaN i (C99 Annex
     * G.5.1, as C compilers' complex multiplication does): an infinite factor times a non-zero one is infinite.
     */
    static void multiplyAnnexG(double a, double b, double c, double d, double[] out, int at) {
        double ac = a * c;
        double bd = b * d;
        double ad = a * d;
        double bc = b * c;
        double x = ac - bd;
        double y = ad + bc;
        if (Double.isNaN(x) && Double.isNaN(y)) {
            boolean recalc = false;
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                a = box(a);
                b = box(b);
                c = zeroIfNaN(c);
                d = zeroIfNaN(d);
                recalc = true;
            }
            if (Double.isInfinite(c) || Double.isInfinite(d)) {
                c = box(c);
                d = box(d);
                a = zeroIfNaN(a);
                b = zeroIfNaN(b);
                recalc = true;
            }
            if (!recalc && (Double.isInfinite(ac) || Double.isInfinite(bd) || Double.isInfinite(ad)
                    || Double.isInfinite(bc))) {
                a = zeroIfNaN(a);
                b = zeroIfNaN(b);
                c = zeroIfNaN(c);
                d = zeroIfNaN(d);
                recalc = true;
            }
            if (recalc) {
                x = Double.POSITIVE_INFINITY * (a * c - b * d);
                y = Double.POSITIVE_INFINITY * (a * d + b * c);
            }
        }
        out[at] = x;
        out[at + 1] = y;
    }

    /** ±1 for an infinity, ±0 otherwise (the sign kept). */
    private static double box(double v) {
        return Math.copySign(Double.isInfinite(v) ? 1.0 : 0.0, v);
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? Math.copySign(0.0, v) : v;
    }

    private static void integerPow(double ar, double ai, int n, double[] out, int at) {
        if (n == 1) {
            out[at] = ar;
            out[at + 1] = ai;
            return;
        }
        if (n == 2 || n == 3) {
            double sr = ar * ar - ai * ai;
            double si = ar * ai + ai * ar;
            out[at] = n == 2 ? sr : ar * sr - ai * si;
            out[at + 1] = n == 2 ? si : ar * si + ai * sr;
            return;
        }
        int m = Math.abs(n);
        double rr = 1.0;
        double ri = 0.0;
        double pr = ar;
        double pi = ai;
        for (int mask = 1; ; ) {
            if ((m & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            if (m < mask) {
                break;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        if (n < 0) {
            divide(1.0, 0.0, rr, ri, out, at);
        } else {
            out[at] = rr;
            out[at + 1] = ri;
        }
    }
}
