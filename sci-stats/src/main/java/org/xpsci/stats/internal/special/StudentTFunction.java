package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.stats.internal.algebra.VectorFunction;

/**
 * The Student t distribution's functions as {@link VectorFunction}s of {@code (x, nu)}: x is the argument (t
 * for the density and distribution functions, a probability for the quantiles), nu the degrees of freedom
 * ({@code nu <= 0} or NaN gives NaN, +inf is the normal distribution).
 */
public enum StudentTFunction implements VectorFunction {

    /** Probability density. */
    PDF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return StudentTTail.at(m, nu, m.abs(x)).pdf();
        }
    },
    /** Log of the probability density. */
    LOGPDF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return StudentTTail.at(m, nu, m.abs(x)).logPdf();
        }
    },
    /** Distribution function {@code P(T <= x)}. */
    CDF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return lower(m, x, nu);
        }
    },
    /** Survival function {@code P(T > x)}. */
    SF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return lower(m, m.neg(x), nu);
        }
    },
    /** Log of the distribution function, finite far below the underflow of the cdf. */
    LOGCDF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return logLower(m, x, nu);
        }
    },
    /** Log of the survival function. */
    LOGSF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return logLower(m, m.neg(x), nu);
        }
    },
    /** Quantile (inverse of the cdf); x is the probability. */
    PPF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return quantile(m, x, nu);
        }
    },
    /** Inverse survival function; x is the probability. */
    ISF {
        @Override
        <V, B> V values(VectorAlgebra<V, B> m, V x, V nu) {
            return m.neg(quantile(m, x, nu));
        }
    };

    abstract <V, B> V values(VectorAlgebra<V, B> m, V x, V nu);

    @Override
    public <V, B> V apply(VectorAlgebra<V, B> m, V x, V nu) {
        B valid = m.greater(nu, 0.0);
        V nus = m.where(valid, nu, 1.0);
        V r = values(m, m.where(m.isnan(x), 0.0, x), nus);
        return m.where(m.or(m.not(valid), m.isnan(x)), Double.NaN, r);
    }

    private static <V, B> V lower(VectorAlgebra<V, B> m, V x, V nu) {
        TailValues<V> v = StudentTTail.at(m, nu, m.abs(x));
        return m.where(m.less(x, 0.0), v.q(), m.sub(1.0, v.q()));
    }

    private static <V, B> V logLower(VectorAlgebra<V, B> m, V x, V nu) {
        TailValues<V> v = StudentTTail.at(m, nu, m.abs(x));
        return m.where(m.less(x, 0.0), v.logQ(), m.log1p(m.neg(v.q())));
    }

    private static <V, B> V quantile(VectorAlgebra<V, B> m, V p, V nu) {
        B lowerHalf = m.less(p, 0.5);
        V q = m.where(lowerHalf, p, m.sub(1.0, p));
        B inside = m.and(m.greater(q, 0.0), m.less(q, 0.5));
        V x = StudentTQuantile.upper(m, nu, m.where(inside, q, 0.25));
        V t = m.where(lowerHalf, m.neg(x), x);
        t = m.where(m.equal(p, 0.5), 0.0, t);
        t = m.where(m.equal(p, 0.0), Double.NEGATIVE_INFINITY, m.where(m.equal(p, 1.0), Double.POSITIVE_INFINITY, t));
        return m.where(m.or(m.less(p, 0.0), m.greater(p, 1.0)), Double.NaN, t);
    }
}
