package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * The error function near zero and the scaled complementary error function {@code erfcx(y) = e^{y²} erfc(y)}
 * for {@code y >= 0}, from W. J. Cody's rational Chebyshev approximations (Math. Comp. 1969; netlib specfun
 * CALERF), accurate to about one ulp.
 */
final class ErrorFunction {

    /** The bound of Cody's first interval. */
    static final double SMALL = 0.46875;

    private static final double INV_SQRT_PI = 0.56418958354775628695;
    private static final double[] A = {
        0.185777706184603153, 3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947};
    private static final double[] B = {
        1.0, 23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062};
    private static final double[] C = {
        2.15311535474403846e-8, 0.564188496988670089, 8.88314979438837594, 66.1191906371416295,
        298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725};
    private static final double[] D = {
        1.0, 15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019,
        3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942};
    private static final double[] P = {
        0.0163153871373020978, 0.305326634961232344, 0.360344899949804439, 0.125781726111229246,
        0.0160837851487422766, 6.58749161529837803e-4};
    private static final double[] Q = {
        1.0, 2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191,
        0.00233520497626869185};

    private ErrorFunction() {
    }

    /** {@code erf(y)} for {@code |y| <= 0.46875}. */
    static <V, B> V erfSmall(VectorAlgebra<V, B> m, V y) {
        V z = m.mul(y, y);
        return m.div(m.mul(y, Polynomial.eval(m, z, A)), Polynomial.eval(m, z, B));
    }

    /** {@code erfcx(y)} for {@code y >= 0} (y = +inf gives 0). */
    static <V, B> V erfcx(VectorAlgebra<V, B> m, V y) {
        B first = m.lessEqual(y, SMALL);
        B second = m.lessEqual(y, 4.0);
        V ys = m.where(first, y, 0.0);
        V ra = m.mul(m.exp(m.mul(ys, ys)), m.sub(1.0, erfSmall(m, ys)));
        V yb = m.where(m.and(m.not(first), second), y, 1.0);
        V rb = m.div(Polynomial.eval(m, yb, C), Polynomial.eval(m, yb, D));
        V yc = m.where(second, 5.0, y);
        V isq = m.div(1.0, m.mul(yc, yc));
        V rc = m.div(m.sub(INV_SQRT_PI, m.div(m.mul(isq, Polynomial.eval(m, isq, P)), Polynomial.eval(m, isq, Q))), yc);
        return m.where(first, ra, m.where(second, rb, rc));
    }
}
