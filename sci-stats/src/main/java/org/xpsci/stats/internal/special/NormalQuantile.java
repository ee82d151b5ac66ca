package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * The standard normal quantile of a lower-tail probability, from M. J. Wichura's Algorithm AS 241
 * (PPND16, Applied Statistics 37, 1988), accurate to about 1e-16 relative for probabilities down to 1e-300.
 */
final class NormalQuantile {

    private static final double[] A = {
        2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
        1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0};
    private static final double[] B = {
        5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
        5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0};
    private static final double[] C = {
        7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1, 1.27045825245236838258e+0,
        3.64784832476320460504e+0, 5.76949722146069140550e+0, 4.63033784615654529590e+0, 1.42343711074968357734e+0};
    private static final double[] D = {
        1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2, 1.48103976427480074590e-1,
        6.89767334985100004550e-1, 1.67638483018380384940e+0, 2.05319162663775882187e+0, 1.0};
    private static final double[] E = {
        2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3, 2.65321895265761230930e-2,
        2.96560571828504891230e-1, 1.78482653991729133580e+0, 5.46378491116411436990e+0, 6.65790464350110377720e+0};
    private static final double[] F = {
        2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5, 7.86869131145613259100e-4,
        1.48753612908506148525e-2, 1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0};

    private NormalQuantile() {
    }

    /** {@code Φ⁻¹(q)} for {@code 0 < q <= 1/2} (non-positive); q = 0 gives a large negative finite value. */
    static <V, B> V lower(VectorAlgebra<V, B> m, V q) {
        V d = m.sub(q, 0.5);
        V r1 = m.sub(0.180625, m.mul(d, d));
        V central = m.div(m.mul(d, Polynomial.eval(m, r1, A)), Polynomial.eval(m, r1, B));
        V r = m.sqrt(m.neg(m.log(m.where(m.greater(q, 0.0), q, Double.MIN_NORMAL))));
        V r2 = m.sub(r, 1.6);
        V mid = m.div(Polynomial.eval(m, r2, C), Polynomial.eval(m, r2, D));
        V r3 = m.sub(r, 5.0);
        V far = m.div(Polynomial.eval(m, r3, E), Polynomial.eval(m, r3, F));
        V tail = m.neg(m.where(m.lessEqual(r, 5.0), mid, far));
        return m.where(m.lessEqual(m.abs(d), 0.425), central, tail);
    }
}
