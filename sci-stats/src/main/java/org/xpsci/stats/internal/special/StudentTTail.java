package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * The Student t distribution with {@code nu} degrees of freedom at {@code x = |t| >= 0}: the tail
 * {@code P(T > x) = I_z(nu/2, 1/2) / 2} with {@code z = nu/(nu + x²)}, its logarithm, the central mass and the
 * log density, accurate to a few ulps (relative) across the whole range, with the logarithm finite far
 * beyond underflow.
 *
 * <p>z, {@code w = 1 - z} and their logarithms are formed from {@code u = x/√nu} without overflow. The tail
 * uses the continued fraction on {@code I_z(a, 1/2)}, or on {@code I_w(1/2, a)} near the centre (which also
 * gives the central mass without cancellation); for {@code a >= 8} and {@code w < 0.3} the large-a expansion
 * {@link BetaLargeA} replaces the fraction. The prefactor {@code z^a w^{1/2}} is a power of u rather than an
 * exponential of a large logarithm. {@code nu >= 1e30} (and +inf) is the normal distribution.
 */
final class StudentTTail {

    /** Degrees of freedom from which the normal distribution is used (it differs by far less than an ulp). */
    static final double NORMAL_DF = 1e30;

    private static final double LN2 = 0.6931471805599453094;
    private static final double UNDERFLOW = 1e-300;

    private StudentTTail() {
    }

    /**
     * The tail values at {@code x >= 0} (+inf allowed) for {@code nu > 0} (+inf allowed).
     *
     * @param nu degrees of freedom
     * @param x  the absolute value of t
     */
    static <V, B> TailValues<V> at(VectorAlgebra<V, B> m, V nu, V x) {
        B normal = m.greaterEqual(nu, NORMAL_DF);
        B infinite = m.isinf(x);
        TailValues<V> t = studentT(m, m.where(normal, 1.0, nu), x);
        if (m.any(normal)) {
            TailValues<V> n = NormalTail.at(m, m.where(infinite, 0.0, x));
            t = new TailValues<>(m.where(normal, n.q(), t.q()), m.where(normal, n.logQ(), t.logQ()),
                    m.where(normal, n.central(), t.central()), m.where(normal, n.logPdf(), t.logPdf()),
                    m.where(normal, n.pdf(), t.pdf()));
        }
        V q = t.q();
        V logQ = t.logQ();
        V central = t.central();
        V logPdf = t.logPdf();
        V pdf = t.pdf();
        B zero = m.equal(x, 0.0);
        q = m.where(infinite, 0.0, m.where(zero, 0.5, q));
        logQ = m.where(infinite, Double.NEGATIVE_INFINITY, m.where(zero, -LN2, logQ));
        central = m.where(infinite, 0.5, m.where(zero, 0.0, central));
        logPdf = m.where(infinite, Double.NEGATIVE_INFINITY, logPdf);
        pdf = m.where(infinite, 0.0, pdf);
        return new TailValues<>(q, logQ, central, logPdf, pdf);
    }

    private static <V, B> TailValues<V> studentT(VectorAlgebra<V, B> m, V nu, V x) {
        V a = m.mul(nu, 0.5);
        V ah = m.add(a, 0.5);
        V u = m.div(x, m.sqrt(nu));
        B small = m.lessEqual(u, 1.0);
        // u = x/√nu overflows only for nu < 1: then 1/u, ln u and the powers of u come from x and nu directly
        B over = m.and(m.isinf(u), m.not(m.isinf(x)));
        V finiteU = m.where(m.or(small, over), 1.0, u);
        V iu = m.where(small, 1.0, m.where(over, m.div(m.sqrt(nu), x), m.div(1.0, finiteU)));
        V iu2 = m.mul(iu, iu);
        V u2 = m.where(small, m.mul(u, u), 1.0);
        V l1 = m.log1p(m.where(small, u2, iu2));
        V lu = m.where(over, m.sub(m.log(x), m.mul(m.log(nu), 0.5)), m.log(m.where(m.greater(u, 0.0), u, 1.0)));
        V logZ = m.where(small, m.neg(l1), m.sub(m.mul(lu, -2.0), l1));
        V z = m.where(small, m.div(1.0, m.add(u2, 1.0)), m.div(iu2, m.add(iu2, 1.0)));
        V w = m.where(small, m.div(u2, m.add(u2, 1.0)), m.div(1.0, m.add(iu2, 1.0)));
        V damp = m.exp(m.neg(m.mul(ah, l1)));
        V power = m.where(over, m.exp(m.neg(m.mul(nu, lu))), m.pow(finiteU, m.neg(nu)));
        V zw = m.mul(m.where(small, u, power), damp);
        V logZw = m.sub(m.where(small, lu, m.neg(m.mul(lu, nu))), m.mul(ah, l1));
        V logBeta = LogGammaRatio.logBetaHalf(m, a);

        B large = m.greaterEqual(a, BetaLargeA.MIN_A);
        B centreLarge = m.and(large, m.less(m.mul(a, w), 0.3));
        B centreSmall = m.and(m.not(large), m.and(m.less(w, 0.5), m.less(w, m.div(0.3, a))));
        B wSide = m.or(centreLarge, centreSmall);
        B expansion = m.and(large, m.less(w, 0.3));
        V fa = m.where(wSide, 0.5, a);
        V fb = m.where(wSide, a, 0.5);
        V fx = m.where(wSide, w, m.where(expansion, 0.0, z));
        V cf = BetaContinuedFraction.eval(m, fa, fb, fx);
        // -ln(fa B(a, 1/2)): for fa = a it is L(a + 1/2) - ln √π (a B(a, 1/2) = √π Γ(a+1)/Γ(a+1/2)), which
        // keeps its accuracy as a -> 0 where -ln a - ln B would cancel
        V zSideNorm = m.sub(LogGammaRatio.halfRatio(m, m.add(a, 0.5)), LogGammaRatio.LN_SQRT_PI);
        V logNorm = m.where(wSide, m.sub(LN2, logBeta), zSideNorm);
        V beta = m.mul(m.mul(zw, m.exp(logNorm)), cf);
        B normalRange = m.greater(beta, UNDERFLOW);
        V logBetaInc = m.where(normalRange, m.log(m.where(normalRange, beta, 1.0)),
                m.add(m.add(logZw, logNorm), m.log(cf)));
        V q = m.where(wSide, m.mul(m.sub(1.0, beta), 0.5), m.mul(beta, 0.5));
        V logQ = m.sub(m.where(wSide, m.log1p(m.neg(beta)), logBetaInc), LN2);
        if (m.any(expansion)) {
            V logLarge = BetaLargeA.logIncompleteBeta(m, m.where(expansion, a, BetaLargeA.MIN_A),
                    m.where(expansion, logZ, -0.1));
            q = m.where(expansion, m.mul(m.exp(logLarge), 0.5), q);
            logQ = m.where(expansion, m.sub(logLarge, LN2), logQ);
        }
        V central = m.where(wSide, m.mul(beta, 0.5), m.sub(0.5, q));
        V logU2p1 = m.where(small, l1, m.add(m.mul(lu, 2.0), l1));
        V logScale = m.add(m.mul(m.log(nu), 0.5), logBeta);
        V logPdf = m.sub(m.neg(m.mul(ah, logU2p1)), logScale);
        // u > 1: the density is u^-(nu+1) (1 + 1/u²)^-(a+1/2) / (√nu B), a power rather than exp of a large log
        V nu1 = m.add(nu, 1.0);
        V farPower = m.where(over, m.exp(m.neg(m.mul(nu1, lu))), m.pow(finiteU, m.neg(nu1)));
        V farPdf = m.mul(farPower, m.exp(m.neg(m.add(m.mul(ah, l1), logScale))));
        V pdf = m.where(small, m.exp(logPdf), farPdf);
        return new TailValues<>(q, logQ, central, logPdf, pdf);
    }
}
