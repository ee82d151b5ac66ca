package org.xpsci.xp.cpu.ops;

/**
 * Complex trigonometric and hyperbolic functions and their inverses on (re, im) pairs, with C99 Annex G's
 * special values. Finite arguments use the algorithms of NumPy's npymath (FreeBSD msun): Kahan's tanh, and
 * for the inverse functions Hull, Fairgrieve and Tang, "Implementing the complex arcsine and arccosine
 * functions using exception handling" (ACM TOMS 23, 1997). Where C99 leaves the sign of a zero, an infinity
 * or a NaN part open, the choice is glibc's, whose functions NumPy calls on Linux. Results go to
 * {@code out[at]} and {@code out[at + 1]}.
 */
final class ComplexTrig {

    private static final double BIG = 22.0;
    private static final double HUGE = 8.9884656743115795e+307;
    private static final double EPS = Math.ulp(1.0);
    private static final double RECIP_EPSILON = 1 / EPS;
    private static final double SQRT_6_EPSILON = 3.65002414998885671e-08;
    private static final double SQRT_3_EPSILON = 2.5809568279517849e-8;
    private static final double FOUR_SQRT_MIN = 5.9666725849601654e-154;
    private static final double QUARTER_SQRT_MAX = 3.3519519824856489e+153;
    private static final double SQRT_MIN = 1.4916681462400413e-154;
    private static final double A_CROSSOVER = 10;
    private static final double B_CROSSOVER = 0.6417;
    private static final double PIO2 = Math.PI / 2;
    private static final double PIO2_LO = 6.1232339957367659e-17;

    private ComplexTrig() {
    }

    /** cosh(x + iy) = cosh x cos y + i sinh x sin y. */
    static void cosh(double x, double y, double[] out, int at) {
        boolean xf = Double.isFinite(x);
        boolean yf = Double.isFinite(y);
        if (xf && yf) {
            if (y == 0) {
                set(out, at, Math.cosh(x), x * y);
                return;
            }
            double ax = Math.abs(x);
            if (ax < BIG) {
                set(out, at, Math.cosh(x) * Math.cos(y), Math.sinh(x) * Math.sin(y));
            } else if (ax < ComplexMath.SCALED_LOWER) {
                double h = Math.exp(ax) * 0.5;
                set(out, at, h * Math.cos(y), Math.copySign(h, x) * Math.sin(y));
            } else if (ax < ComplexMath.SCALED_UPPER) {
                ComplexMath.scaledExp(ax, y, -1, out, at);
                out[at + 1] *= Math.copySign(1, x);
            } else {
                double h = HUGE * x;
                set(out, at, h * h * Math.cos(y), h * Math.sin(y));
            }
            return;
        }
        if (xf) {
            set(out, at, Double.NaN, x == 0 ? 0.0 : Double.NaN);
        } else if (Double.isInfinite(x)) {
            if (y == 0) {
                set(out, at, Double.POSITIVE_INFINITY, y * Math.copySign(1, x));
            } else if (yf) {
                set(out, at, Math.copySign(Double.POSITIVE_INFINITY, Math.cos(y)),
                        Math.copySign(Double.POSITIVE_INFINITY, Math.sin(y)) * Math.copySign(1, x));
            } else {
                set(out, at, Double.POSITIVE_INFINITY, Double.NaN);
            }
        } else {
            set(out, at, Double.NaN, y == 0 ? y : Double.NaN);
        }
    }

    /** sinh(x + iy) = sinh x cos y + i cosh x sin y. */
    static void sinh(double x, double y, double[] out, int at) {
        boolean xf = Double.isFinite(x);
        boolean yf = Double.isFinite(y);
        if (xf && yf) {
            if (y == 0) {
                set(out, at, Math.sinh(x), y);
                return;
            }
            double ax = Math.abs(x);
            if (ax < BIG) {
                set(out, at, Math.sinh(x) * Math.cos(y), Math.cosh(x) * Math.sin(y));
            } else if (ax < ComplexMath.SCALED_LOWER) {
                double h = Math.exp(ax) * 0.5;
                set(out, at, Math.copySign(h, x) * Math.cos(y), h * Math.sin(y));
            } else if (ax < ComplexMath.SCALED_UPPER) {
                ComplexMath.scaledExp(ax, y, -1, out, at);
                out[at] *= Math.copySign(1, x);
            } else {
                double h = HUGE * x;
                set(out, at, h * Math.cos(y), h * h * Math.sin(y));
            }
            return;
        }
        if (xf) {
            set(out, at, x == 0 ? x : Double.NaN, Double.NaN);
        } else if (Double.isInfinite(x)) {
            if (y == 0) {
                set(out, at, x, y);
            } else if (yf) {
                set(out, at, Math.copySign(Double.POSITIVE_INFINITY, Math.cos(y)) * Math.copySign(1, x),
                        Math.copySign(Double.POSITIVE_INFINITY, Math.sin(y)));
            } else {
                set(out, at, Double.POSITIVE_INFINITY, Double.NaN);
            }
        } else {
            set(out, at, Double.NaN, y == 0 ? y : Double.NaN);
        }
    }

    /** tanh(x + iy) by Kahan's algorithm. */
    static void tanh(double x, double y, double[] out, int at) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x)) {
                double im = Double.isFinite(y) && Math.abs(y) > 1 ? Math.sin(y) * Math.cos(y) : y;
                set(out, at, Math.copySign(1, x), Math.copySign(0, im));
            } else if (y == 0) {
                set(out, at, x, y);
            } else {
                set(out, at, x == 0 ? x : Double.NaN, Double.NaN);
            }
            return;
        }
        if (Math.abs(x) >= BIG) {
            double e = Math.exp(-Math.abs(x));
            set(out, at, Math.copySign(1, x), 4 * Math.sin(y) * Math.cos(y) * e * e);
            return;
        }
        double t = Math.tan(y);
        double beta = 1 + t * t;
        double s = Math.sinh(x);
        double rho = Math.sqrt(1 + s * s);
        double denom = 1 + beta * s * s;
        set(out, at, (beta * rho * s) / denom, t / denom);
    }

    /** cos z = cosh(iz). */
    static void cos(double x, double y, double[] out, int at) {
        cosh(-y, x, out, at);
    }

    /** sin z = -i sinh(iz), with C99's special values (glibc's choices where C99 leaves a sign open). */
    static void sin(double x, double y, double[] out, int at) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            sinh(-y, x, out, at);
            swapNegate(out, at);
        } else if (Double.isFinite(y)) {
            set(out, at, Double.NaN, y == 0 ? y : Double.NaN);
        } else if (Double.isInfinite(y)) {
            if (x == 0) {
                set(out, at, x, y);
            } else if (Double.isFinite(x)) {
                set(out, at, Math.copySign(Double.POSITIVE_INFINITY, Math.sin(x)),
                        Math.copySign(Double.POSITIVE_INFINITY, Math.cos(x)) * Math.copySign(1, y));
            } else {
                set(out, at, Double.NaN, Double.POSITIVE_INFINITY);
            }
        } else {
            set(out, at, x == 0 ? x : Double.NaN, Double.NaN);
        }
    }

    /** tan z = -i tanh(iz), with C99's special values (glibc's choices where C99 leaves a sign open). */
    static void tan(double x, double y, double[] out, int at) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            tanh(-y, x, out, at);
            swapNegate(out, at);
        } else if (Double.isInfinite(y)) {
            double re = Double.isFinite(x) && Math.abs(x) > 1 ? Math.sin(x) * Math.cos(x) : x;
            set(out, at, Math.copySign(0, re), Math.copySign(1, y));
        } else if (x == 0) {
            set(out, at, x, y);
        } else {
            set(out, at, Double.NaN, y == 0 ? y : Double.NaN);
        }
    }

    /** The principal inverse hyperbolic sine. */
    static void asinh(double x, double y, double[] out, int at) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(y)) {
                double im = Double.isNaN(x) ? Double.NaN : Math.copySign(Double.isFinite(x) ? PIO2 : PIO2 / 2, y);
                set(out, at, Math.copySign(Double.POSITIVE_INFINITY, x), im);
            } else if (!Double.isFinite(x)) {
                boolean zero = Double.isInfinite(x) ? Double.isFinite(y) : y == 0;
                set(out, at, x, zero ? Math.copySign(0, y) : Double.NaN);
            } else {
                set(out, at, Double.NaN, Double.NaN);
            }
            return;
        }
        if (ax > RECIP_EPSILON || ay > RECIP_EPSILON) {
            if (isNegative(x)) {
                logOfLarge(-x, -y, out, at);
            } else {
                logOfLarge(x, y, out, at);
            }
            set(out, at, Math.copySign(out[at] + RealMath.LN2, x), Math.copySign(out[at + 1], y));
            return;
        }
        if ((x == 0 && y == 0) || (ax < SQRT_6_EPSILON / 4 && ay < SQRT_6_EPSILON / 4)) {
            set(out, at, x, y);
            return;
        }
        double r = hypotPlus(ax, ay);
        double s = hypotMinus(ax, ay);
        double a = bigA(r, s);
        double rx = realPart(ax, ay, r, s, a);
        double ry = angle(ax, ay, r, s, a, false, false);
        set(out, at, Math.copySign(rx, x), Math.copySign(ry, y));
    }

    /** The principal inverse cosine. */
    static void acos(double x, double y, double[] out, int at) {
        boolean sx = isNegative(x);
        boolean sy = isNegative(y);
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            if (Double.isInfinite(x)) {
                set(out, at, y + y, Double.NEGATIVE_INFINITY);
            } else if (Double.isInfinite(y)) {
                set(out, at, x + x, -y);
            } else if (x == 0) {
                set(out, at, PIO2, y + y);
            } else {
                set(out, at, Double.NaN, Double.NaN);
            }
            return;
        }
        if (ax > RECIP_EPSILON || ay > RECIP_EPSILON) {
            logOfLarge(x, y, out, at);
            double rx = Math.abs(out[at + 1]);
            double ry = out[at] + RealMath.LN2;
            set(out, at, rx, sy ? ry : -ry);
            return;
        }
        if (x == 1 && y == 0) {
            set(out, at, 0.0, -y);
            return;
        }
        if (ax < SQRT_6_EPSILON / 4 && ay < SQRT_6_EPSILON / 4) {
            set(out, at, PIO2 - (x - PIO2_LO), -y);
            return;
        }
        double r = hypotPlus(ay, ax);
        double s = hypotMinus(ay, ax);
        double a = bigA(r, s);
        double ry = realPart(ay, ax, r, s, a);
        double rx = angle(ay, ax, r, s, a, true, sx);
        set(out, at, rx, sy ? ry : -ry);
    }

    /** The principal inverse hyperbolic cosine: ±i acos(z) with a non-negative real part. */
    static void acosh(double x, double y, double[] out, int at) {
        if (x == 0 && Double.isNaN(y)) {
            set(out, at, Double.NaN, PIO2);
            return;
        }
        acos(x, y, out, at);
        double rx = out[at];
        double ry = out[at + 1];
        if (Double.isNaN(rx) && Double.isNaN(ry)) {
            set(out, at, ry, rx);
        } else if (Double.isNaN(rx)) {
            set(out, at, Math.abs(ry), rx);
        } else if (Double.isNaN(ry)) {
            set(out, at, ry, ry);
        } else {
            set(out, at, Math.abs(ry), Math.copySign(rx, y));
        }
    }

    /** asin z = i conj(asinh(i conj z)); with a NaN part, glibc's special values. */
    static void asin(double x, double y, double[] out, int at) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            if (x == 0) {
                set(out, at, x, y);
            } else if (Double.isInfinite(x) || Double.isInfinite(y)) {
                set(out, at, Double.NaN, Math.copySign(Double.POSITIVE_INFINITY, y));
            } else {
                set(out, at, Double.NaN, Double.NaN);
            }
            return;
        }
        asinh(y, x, out, at);
        swap(out, at);
    }

    /** The principal inverse hyperbolic tangent. */
    static void atanh(double x, double y, double[] out, int at) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (y == 0 && ax <= 1) {
            set(out, at, RealMath.atanh(x), y);
            return;
        }
        if (x == 0) {
            set(out, at, x, Math.atan(y));
            return;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            if (Double.isInfinite(x)) {
                set(out, at, Math.copySign(0, x), y + y);
            } else if (Double.isInfinite(y)) {
                set(out, at, Math.copySign(0, x), Math.copySign(PIO2, y));
            } else {
                set(out, at, Double.NaN, Double.NaN);
            }
            return;
        }
        if (ax > RECIP_EPSILON || ay > RECIP_EPSILON) {
            set(out, at, realPartReciprocal(x, y), Math.copySign(PIO2, y));
            return;
        }
        if (ax < SQRT_3_EPSILON / 2 && ay < SQRT_3_EPSILON / 2) {
            set(out, at, x, y);
            return;
        }
        double rx;
        if (ax == 1 && ay < EPS) {
            rx = (RealMath.LN2 - Math.log(ay)) / 2;
        } else {
            rx = Math.log1p(4 * ax / sumSquares(ax - 1, ay)) / 4;
        }
        double ry;
        if (ax == 1) {
            ry = Math.atan2(2, -ay) / 2;
        } else if (ay < EPS) {
            ry = Math.atan2(2 * ay, (1 - ax) * (1 + ax)) / 2;
        } else {
            ry = Math.atan2(2 * ay, (1 - ax) * (1 + ax) - ay * ay) / 2;
        }
        set(out, at, Math.copySign(rx, x), Math.copySign(ry, y));
    }

    /** atan z = i conj(atanh(i conj z)). */
    static void atan(double x, double y, double[] out, int at) {
        atanh(y, x, out, at);
        swap(out, at);
    }

    /** |z + i| for x, y >= 0. */
    private static double hypotPlus(double x, double y) {
        return RealMath.hypot(x, y + 1);
    }

    /** |z - i| for x, y >= 0. */
    private static double hypotMinus(double x, double y) {
        return RealMath.hypot(x, y - 1);
    }

    /** Hull et al.'s A = (|z + i| + |z - i|) / 2, at least 1. */
    private static double bigA(double r, double s) {
        return Math.max((r + s) / 2, 1);
    }

    /** Re asinh(x + iy) = log(A + sqrt(A² - 1)) without cancellation, for x, y >= 0 below 1/eps. */
    private static double realPart(double x, double y, double r, double s, double a) {
        if (a >= A_CROSSOVER) {
            return Math.log(a + Math.sqrt(a * a - 1));
        }
        if (y == 1 && x < EPS * EPS / 128) {
            return Math.sqrt(x);
        }
        if (x >= EPS * Math.abs(y - 1)) {
            double am1 = f(x, 1 + y, r) + f(x, 1 - y, s);
            return Math.log1p(am1 + Math.sqrt(am1 * (a + 1)));
        }
        if (y < 1) {
            return x / Math.sqrt((1 - y) * (1 + y));
        }
        return Math.log1p((y - 1) + Math.sqrt((y - 1) * (y + 1)));
    }

    /**
     * The angle part for x, y >= 0 below 1/eps: asin(B) with B = y/A for asinh ({@code acos} false), or
     * acos(±B) for acos; through atan2 of sqrt(A² - y²) where B is too close to 1 or y would underflow.
     */
    private static double angle(double x, double y, double r, double s, double a, boolean acos, boolean negate) {
        double sqrtA2mY2;
        double newY = y;
        if (y < FOUR_SQRT_MIN) {
            sqrtA2mY2 = a * (2 / EPS);
            newY = y * (2 / EPS);
        } else {
            double b = y / a;
            if (b <= B_CROSSOVER) {
                return acos ? Math.acos(negate ? -b : b) : Math.asin(b);
            }
            if (y == 1 && x < EPS / 128) {
                sqrtA2mY2 = Math.sqrt(x) * Math.sqrt((a + y) / 2);
            } else if (x >= EPS * Math.abs(y - 1)) {
                double amy = f(x, y + 1, r) + f(x, y - 1, s);
                sqrtA2mY2 = Math.sqrt(amy * (a + y));
            } else if (y > 1) {
                double k = 4 / EPS / EPS;
                sqrtA2mY2 = x * k * y / Math.sqrt((y + 1) * (y - 1));
                newY = y * k;
            } else {
                sqrtA2mY2 = Math.sqrt((1 - y) * (1 + y));
            }
        }
        return acos ? Math.atan2(sqrtA2mY2, negate ? -newY : newY) : Math.atan2(newY, sqrtA2mY2);
    }

    /** (hypot(a, b) - b) / 2 without cancellation. */
    private static double f(double a, double b, double hypot) {
        if (b < 0) {
            return (hypot - b) / 2;
        }
        if (b == 0) {
            return a / 2;
        }
        return a * a / (hypot + b) / 2;
    }

    /** log(x + iy) for |z| above 1/eps, without overflow: real part to out[at], argument to out[at + 1]. */
    private static void logOfLarge(double x, double y, double[] out, int at) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax < ay) {
            double t = ax;
            ax = ay;
            ay = t;
        }
        double re;
        if (ax > Double.MAX_VALUE / 2) {
            re = Math.log(RealMath.hypot(x / Math.E, y / Math.E)) + 1;
        } else if (ax > QUARTER_SQRT_MAX || ay < SQRT_MIN) {
            re = Math.log(RealMath.hypot(x, y));
        } else {
            re = Math.log(ax * ax + ay * ay) / 2;
        }
        set(out, at, re, Math.atan2(y, x));
    }

    /** x*x + y*y, or x*x when y*y would underflow. */
    private static double sumSquares(double x, double y) {
        return y < SQRT_MIN ? x * x : x * x + y * y;
    }

    /** Re(1/(x + iy)) = x/(x² + y²) without spurious underflow, for |z| above 1/eps. */
    private static double realPartReciprocal(double x, double y) {
        int ex = Math.getExponent(x);
        int ey = Math.getExponent(y);
        int cutoff = 27;
        if (ex - ey >= cutoff || Double.isInfinite(x)) {
            return 1 / x;
        }
        if (ey - ex >= cutoff) {
            return x / y / y;
        }
        if (ex <= 512 - cutoff) {
            return x / (x * x + y * y);
        }
        double scale = Math.scalb(1.0, 1 - ex);
        x *= scale;
        y *= scale;
        return x / (x * x + y * y) * scale;
    }

    private static boolean isNegative(double v) {
        return Double.doubleToRawLongBits(v) < 0;
    }

    private static void set(double[] out, int at, double re, double im) {
        out[at] = re;
        out[at + 1] = im;
    }

    /** (re, im) to (im, -re): multiplying by -i. */
    private static void swapNegate(double[] out, int at) {
        double re = out[at];
        out[at] = out[at + 1];
        out[at + 1] = -re;
    }

    /** (re, im) to (im, re). */
    private static void swap(double[] out, int at) {
        double re = out[at];
        out[at] = out[at + 1];
        out[at + 1] = re;
    }
}
