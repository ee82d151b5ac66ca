package org.xpsci.stats.distributions;

import org.xpsci.stats.internal.algebra.VectorEvaluation;
import org.xpsci.stats.internal.special.StudentTFunction;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Student's t distribution with {@code df} degrees of freedom (SciPy's {@code scipy.stats.t(df)}, whose
 * functions are {@code scipy.special.stdtr} and {@code stdtrit}). Every function is elementwise in its
 * argument and broadcasts it with an array df; {@code df <= 0} or NaN gives NaN and {@code df = +inf} is the
 * standard normal distribution. Results are accurate to a few ulps (relative) throughout, tails included:
 * {@link #logcdf}/{@link #logsf} stay finite long after the cdf underflows.
 *
 * <p>The functions are written once against the array API namespace (regularised incomplete beta function by
 * continued fraction and, for large df, by DiDonato and Morris' asymptotic expansion; Newton's method for the
 * quantiles) and run on any backend; on host memory they run over primitive arrays, in blocks. A float32
 * argument gives float32 results (computed in float64); integer arguments give float64.
 */
public final class StudentT {

    private final NdArray dfArray;
    private final double dfValue;

    private StudentT(NdArray dfArray, double dfValue) {
        this.dfArray = dfArray;
        this.dfValue = dfValue;
    }

    /** The distribution with {@code df} degrees of freedom (a scalar, like a Python float: it keeps float32). */
    public static StudentT of(double df) {
        return new StudentT(null, df);
    }

    /** The distribution with an array of degrees of freedom, broadcast against each argument. */
    public static StudentT of(NdArray df) {
        if (df == null) {
            throw new IllegalArgumentException("df must be an array or a number; got null");
        }
        if (df.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("df must be real; got a " + df.dtype() + " array");
        }
        return new StudentT(df, Double.NaN);
    }

    /** The probability density ({@code t.pdf}). */
    public NdArray pdf(NdArray x) {
        return evaluate(StudentTFunction.PDF, x);
    }

    /** The log of the probability density ({@code t.logpdf}). */
    public NdArray logpdf(NdArray x) {
        return evaluate(StudentTFunction.LOGPDF, x);
    }

    /** The distribution function {@code P(T <= x)} ({@code t.cdf}, {@code special.stdtr(df, x)}). */
    public NdArray cdf(NdArray x) {
        return evaluate(StudentTFunction.CDF, x);
    }

    /** The survival function {@code P(T > x)} ({@code t.sf}). */
    public NdArray sf(NdArray x) {
        return evaluate(StudentTFunction.SF, x);
    }

    /** The log of the distribution function ({@code t.logcdf}), finite where the cdf underflows. */
    public NdArray logcdf(NdArray x) {
        return evaluate(StudentTFunction.LOGCDF, x);
    }

    /** The log of the survival function ({@code t.logsf}), finite where the sf underflows. */
    public NdArray logsf(NdArray x) {
        return evaluate(StudentTFunction.LOGSF, x);
    }

    /**
     * The quantile function, inverse of {@link #cdf} ({@code t.ppf}, {@code special.stdtrit(df, q)}): -inf at 0,
     * +inf at 1, NaN outside [0, 1].
     */
    public NdArray ppf(NdArray q) {
        return evaluate(StudentTFunction.PPF, q);
    }

    /** The inverse survival function ({@code t.isf}): {@code isf(q) = -ppf(q)}. */
    public NdArray isf(NdArray q) {
        return evaluate(StudentTFunction.ISF, q);
    }

    private NdArray evaluate(StudentTFunction f, NdArray x) {
        if (x == null) {
            throw new IllegalArgumentException("x must be an array; got null");
        }
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("the Student t distribution is defined for real arguments; got a "
                    + x.dtype() + " array");
        }
        ArrayNamespace xp = Xp.namespace(x, dfArray);
        NdArray df = dfArray != null ? dfArray : xp.full(new int[0], dfValue, DType.FLOAT64, x.device());
        DType result = dfArray != null ? Xp.resultType(xp, true, x, dfArray) : Xp.resultType(xp, true, x);
        return VectorEvaluation.apply(f, x, df, result);
    }
}
