package org.xpsci.xp.cpu.ops;

/** Complex arithmetic and functions on (re, im) pairs, writing results into {@code out[at]}, {@code out[at+1]}. */
final class ComplexMath {

    private ComplexMath() {
    }

    /** (a + bi) / (c + di) by Smith's algorithm, which avoids undue overflow. */
    static void divide(double a, double b, double c, double d, double[] out, int at) {
        if (Math.abs(c) >= Math.abs(d)) {
            if (c == 0 && d == 0) {
                out[at] = a / Math.abs(c);
                out[at + 1] = b / Math.abs(c);
                return;
            }
            double r = d / c;
            double den = c + d * r;
            out[at] = (a + b * r) / den;
            out[at + 1] = (b - a * r) / den;
        } else {
            double r = c / d;
            double den = c * r + d;
            out[at] = (a * r + b) / den;
            out[at + 1] = (b * r - a) / den;
        }
    }
}
