package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * The inverse of the Student t tail: {@code x > 0} with {@code P(T > x) = q} for {@code 0 < q < 1/2}.
 * A start from G. W. Hill's Algorithm 396 (CACM 1970) for {@code nu >= 1}, the power-law tail for
 * {@code nu < 1} and AS 241 for the normal limit, refined by Newton's method: on {@code ln q} as a function
 * of {@code ln x} in the tails (concave, so Newton converges from any start, and far tails keep their
 * relative accuracy), and on the central mass {@code 1/2 - q} near the centre (so quantiles close to 0 keep
 * theirs).
 */
final class StudentTQuantile {

    private static final double CENTRAL_Q = 0.4;
    private static final int MAX_STEPS = 10;
    private static final double LN_MAX = 709.78;
    private static final double EPS = 2.220446049250313e-16;

    private StudentTQuantile() {
    }

    /** x with {@code P(T > x) = q}, for {@code 0 < q < 1/2} (other q give unspecified values). */
    static <V, B> V upper(VectorAlgebra<V, B> m, V nu, V q) {
        B normal = m.greaterEqual(nu, StudentTTail.NORMAL_DF);
        V nuf = m.where(normal, 1.0, nu);
        V logBeta = LogGammaRatio.logBetaHalf(m, m.mul(nuf, 0.5));
        V qs = m.where(m.greater(q, 0.0), q, Double.MIN_NORMAL);
        V logQ = m.log(qs);
        B centre = m.greaterEqual(q, CENTRAL_Q);
        V centralGoal = m.sub(0.5, q);
        // tail asymptote q ~ nu^(nu/2 - 1) x^(-nu) / B(nu/2, 1/2)
        V logPower = m.div(m.sub(m.sub(m.mul(m.log(nuf), m.sub(m.mul(nuf, 0.5), 1.0)), logBeta), logQ), nuf);
        V power = m.exp(m.minimum(logPower, m.full(LN_MAX - 1)));
        B hillDomain = m.greaterEqual(nuf, 1.0);
        V hill = hill(m, m.mul(qs, 2.0), m.where(hillDomain, nuf, 1.0));
        B hillOk = m.and(hillDomain, m.and(m.greater(hill, 0.0), m.less(hill, Double.POSITIVE_INFINITY)));
        V start = m.where(hillOk, hill, power);
        start = m.where(normal, m.neg(NormalQuantile.lower(m, qs)), start);
        V logPdf0 = m.where(normal, -NormalTail.LN_SQRT_2PI, m.sub(m.mul(m.log(nuf), -0.5), logBeta));
        V x = m.where(centre, m.div(centralGoal, m.exp(logPdf0)), start);
        for (int step = 1; step <= MAX_STEPS; step++) {
            TailValues<V> v = StudentTTail.at(m, nu, x);
            V ratio = m.exp(m.sub(m.sub(v.logQ(), v.logPdf()), m.log(x)));
            V tail = m.mul(x, m.exp(m.mul(m.sub(v.logQ(), logQ), ratio)));
            V inner = m.sub(x, m.div(m.sub(v.central(), centralGoal), m.exp(v.logPdf())));
            inner = m.where(m.greater(inner, 0.0), inner, m.mul(x, 0.5));
            V next = m.where(centre, inner, tail);
            B converged = m.less(m.abs(m.sub(next, x)), m.mul(x, 4 * EPS));
            x = next;
            if (step % 2 == 0 && m.all(m.or(converged, m.isnan(x)))) {
                break;
            }
        }
        B overflow = m.and(m.and(m.not(normal), m.not(centre)), m.greater(logPower, LN_MAX));
        return m.where(overflow, Double.POSITIVE_INFINITY, x);
    }

    /** Hill's (1970) approximate quantile for a two-tailed probability p and {@code n >= 1}. */
    private static <V, B> V hill(VectorAlgebra<V, B> m, V p, V n) {
        V a = m.div(1.0, m.sub(n, 0.5));
        V b = m.div(48.0, m.mul(a, a));
        V c = m.add(m.mul(m.sub(m.mul(m.sub(m.div(m.mul(a, 20700.0), b), 98.0), a), 16.0), a), 96.36);
        V d = m.mul(m.mul(m.add(m.div(m.sub(m.div(94.5, m.add(b, c)), 3.0), b), 1.0),
                m.sqrt(m.mul(a, Math.PI / 2))), n);
        V y = m.pow(m.mul(d, p), m.div(2.0, n));
        V z = NormalQuantile.lower(m, m.mul(p, 0.5));
        V zz = m.mul(z, z);
        V c2 = m.add(c, m.where(m.less(n, 5.0), m.mul(m.mul(m.sub(n, 4.5), m.add(z, 0.6)), 0.3), 0.0));
        // c2 = (((0.05 d z - 5) z - 7) z - 2) z + b + c2
        V poly = m.mul(m.sub(m.mul(m.sub(m.mul(m.sub(m.mul(m.mul(d, z), 0.05), 5.0), z), 7.0), z), 2.0), z);
        c2 = m.add(m.add(poly, b), c2);
        V y1 = m.div(m.add(m.mul(m.add(m.mul(m.add(m.mul(zz, 0.4), 6.3), zz), 36.0), zz), 94.5), c2);
        y1 = m.mul(m.add(m.div(m.sub(m.sub(y1, zz), 3.0), b), 1.0), z);
        y1 = m.expm1(m.mul(m.mul(y1, y1), a));
        V np2 = m.add(n, 2.0);
        V inner = m.sub(m.sub(m.div(m.add(n, 6.0), m.mul(n, y)), m.mul(d, 0.089)), 0.822);
        V y2 = m.add(m.div(1.0, m.mul(m.mul(inner, np2), 3.0)), m.div(0.5, m.add(n, 4.0)));
        y2 = m.add(m.div(m.mul(m.sub(m.mul(y2, y), 1.0), m.add(n, 1.0)), np2), m.div(1.0, y));
        return m.sqrt(m.mul(n, m.where(m.less(m.add(a, 0.05), y), y1, y2)));
    }
}
