package org.xpsci.xp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * NumPy's {@code FloatingFormat} for one column of floats (arrayprint, floatmode "maxprec", precision 8):
 * positional unless the magnitudes ask for scientific notation, each value printed with the fewest digits that
 * identify it (at most 8 after the point), aligned on the decimal point (positional) or with a common number
 * of mantissa digits (scientific). Digits are NumPy's Dragon4 ones: the shortest round-trip decimal of the
 * value in its own precision, and where digits are cut or added, the exact binary value rounded half-even.
 */
final class FloatFormat {

    private static final int PRECISION = 8;

    private final boolean single;
    private final boolean plus;
    private boolean scientific;
    private int precision = PRECISION;
    private int minDigits;
    private int padLeft;
    private int padRight;
    private int expDigits = -1;

    private FloatFormat(boolean single, boolean plus) {
        this.single = single;
        this.plus = plus;
    }

    /**
     * The format for {@code values} (the elements that will be shown).
     *
     * @param single whether the values are float32 (digits are those of a float; scientific from 1e6)
     * @param plus   whether non-negative values get a '+' (the imaginary parts of complex numbers)
     */
    static FloatFormat fit(double[] values, boolean single, boolean plus) {
        FloatFormat f = new FloatFormat(single, plus);
        f.fill(values);
        return f;
    }

    private void fill(double[] values) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        int finite = 0;
        boolean negInf = false;
        for (double x : values) {
            if (Double.isFinite(x)) {
                finite++;
                if (x != 0) {
                    max = Math.max(max, Math.abs(x));
                    min = Math.min(min, Math.abs(x));
                }
            } else if (x == Double.NEGATIVE_INFINITY) {
                negInf = true;
            }
        }
        if (min != Double.POSITIVE_INFINITY) {
            scientific = max >= (single ? 1e6 : 1e8) || min < 1e-4 || max / min > 1e3;
        }
        if (finite > 0 && scientific) {
            int frac = 0;
            int left = 0;
            int exp = 0;
            for (double x : values) {
                if (Double.isFinite(x)) {
                    Sci s = sci(x, PRECISION, 0);
                    frac = Math.max(frac, s.digits.length() - 1);
                    left = Math.max(left, s.sign.length() + 1);
                    exp = Math.max(exp, Integer.toString(Math.abs(s.exponent)).length());
                }
            }
            expDigits = Math.max(exp, 2);
            precision = frac;
            minDigits = frac;
            padLeft = left;
            padRight = expDigits + 2 + precision;
        } else if (finite > 0) {
            for (double x : values) {
                if (Double.isFinite(x)) {
                    String s = positional(x, PRECISION, 0);
                    int dot = s.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    padRight = Math.max(padRight, s.length() - dot - 1);
                }
            }
        }
        if (finite < values.length) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (plus || negInf ? 1 : 0) - offset));
        }
    }

    /** One value, padded to the column's width. */
    String format(double x) {
        if (!Double.isFinite(x)) {
            String r = Double.isNaN(x) ? (plus ? "+" : "") + "nan" : (x < 0 ? "-" : plus ? "+" : "") + "inf";
            return pad(r, padLeft + padRight + 1, true);
        }
        if (scientific) {
            Sci s = sci(x, precision, minDigits);
            String mant = s.digits.substring(0, 1) + "." + s.digits.substring(1);
            String e = Integer.toString(Math.abs(s.exponent));
            e = "0".repeat(Math.max(0, expDigits - e.length())) + e;
            return pad(s.sign + mant.charAt(0), padLeft, true) + mant.substring(1) + "e" + (s.exponent < 0 ? "-" : "+") + e;
        }
        String s = positional(x, precision, minDigits);
        int dot = s.indexOf('.');
        return pad(s.substring(0, dot), padLeft, true) + pad(s.substring(dot), padRight + 1, false);
    }

    private static String pad(String s, int width, boolean left) {
        if (s.length() >= width) {
            return s;
        }
        String sp = " ".repeat(width - s.length());
        return left ? sp + s : s + sp;
    }

    private String sign(double x) {
        return x < 0 || x == 0 && 1 / x < 0 ? "-" : plus ? "+" : "";
    }

    /** Positional digits: "int.frac" with at most {@code maxFrac} and at least {@code minFrac} fraction digits. */
    private String positional(double x, int maxFrac, int minFrac) {
        BigDecimal d = shortest(x);
        if (d.scale() > maxFrac) {
            d = exact(x).setScale(maxFrac, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        if (Math.max(d.scale(), 0) < minFrac) {
            d = exact(x).setScale(minFrac, RoundingMode.HALF_EVEN);
        }
        String plain = (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        return sign(x) + (plain.contains(".") ? plain : plain + ".");
    }

    /** Scientific digits d.ddd (as one digit string) and the decimal exponent. */
    private record Sci(String sign, String digits, int exponent) {
    }

    private Sci sci(double x, int maxFrac, int minFrac) {
        if (x == 0) {
            return new Sci(sign(x), "0".repeat(minFrac + 1), 0);
        }
        BigDecimal d = shortest(x);
        if (d.precision() - 1 > maxFrac) {
            d = exact(x).round(new MathContext(maxFrac + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        }
        if (d.precision() - 1 < minFrac) {
            d = exact(x).round(new MathContext(minFrac + 1, RoundingMode.HALF_EVEN));
            d = d.setScale(d.scale() + minFrac + 1 - d.precision()); // an exact short value gets zeros
        }
        String digits = d.unscaledValue().toString();
        return new Sci(sign(x), digits, digits.length() - 1 - d.scale());
    }

    private static BigDecimal exact(double x) {
        return new BigDecimal(Math.abs(x));
    }

    /** The shortest decimal that reads back as |x| in the column's precision, closest to it among those. */
    private BigDecimal shortest(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal e = new BigDecimal(a);
        for (int p = 1; p < 17; p++) {
            BigDecimal d = e.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (single ? d.floatValue() == (float) a : d.doubleValue() == a) {
                return d.stripTrailingZeros();
            }
        }
        return e.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
