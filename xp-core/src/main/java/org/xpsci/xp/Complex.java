package org.xpsci.xp;

/**
 * A complex number, the value of a 0-d complex array ({@code __complex__}) and a complex fill or scalar value.
 *
 * @param re real part
 * @param im imaginary part
 */
public record Complex(double re, double im) {

    /** Zero. */
    public static final Complex ZERO = new Complex(0, 0);

    /** The modulus, computed without undue overflow. */
    public double abs() {
        return Math.hypot(re, im);
    }

    @Override
    public String toString() {
        String sign = (im < 0 || (im == 0 && 1 / im < 0)) ? "-" : "+";
        return "(" + re + sign + Math.abs(im) + "j)";
    }
}
