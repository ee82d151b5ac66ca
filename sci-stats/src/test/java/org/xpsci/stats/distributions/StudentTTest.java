package org.xpsci.stats.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * StudentT against 50-digit mpmath values (everywhere) and SciPy 1.17 (where SciPy is accurate), from
 * {@code gen_studentt.py}. Tolerances: 1e-13 relative, which covers the conditioning of the far tails
 * (|d ln cdf / d ln t| up to ~t² for large df) with a margin; SciPy's own values are within 1e-14 there.
 */
class StudentTTest {

    private static final double RTOL = 1e-13;
    private static final Fixture F = Fixtures.load("studentt.npz");

    private static StudentT dist(ArrayNamespace xp, String df) {
        return StudentT.of(F.get(xp, df));
    }

    @XpTest
    void cdfAndSfMatchExactValues(ArrayNamespace xp) {
        NdArray t = F.get(xp, "cdf_t");
        StudentT d = dist(xp, "cdf_df");
        assertClose(d.cdf(t), F.get(xp, "cdf_exact"), RTOL, 0);
        assertClose(d.sf(xp.negative(t)), F.get(xp, "cdf_exact"), RTOL, 0);
    }

    @XpTest
    void cdfMatchesScipyWhereScipyIsAccurate(ArrayNamespace xp) {
        assertClose(dist(xp, "cdfs_df").cdf(F.get(xp, "cdfs_t")), F.get(xp, "cdfs_scipy"), 1e-12, 0);
    }

    @XpTest
    void logcdfAndLogsfStayFiniteInTheTails(ArrayNamespace xp) {
        NdArray t = F.get(xp, "logcdf_t");
        StudentT d = dist(xp, "logcdf_df");
        assertClose(d.logcdf(t), F.get(xp, "logcdf_exact"), RTOL, 0);
        assertClose(d.logsf(xp.negative(t)), F.get(xp, "logcdf_exact"), RTOL, 0);
    }

    @XpTest
    void densityMatchesExactValues(ArrayNamespace xp) {
        assertClose(dist(xp, "pdf_df").pdf(F.get(xp, "pdf_t")), F.get(xp, "pdf_exact"), RTOL, 0);
        assertClose(dist(xp, "logpdf_df").logpdf(F.get(xp, "logpdf_t")), F.get(xp, "logpdf_exact"), RTOL, 0);
        assertClose(dist(xp, "pdf_df").pdf(F.get(xp, "pdf_t")), F.get(xp, "pdf_scipy"), 1e-12, 0);
    }

    @XpTest
    void quantilesInvertTheCdf(ArrayNamespace xp) {
        NdArray p = F.get(xp, "ppf_p");
        StudentT d = dist(xp, "ppf_df");
        assertClose(d.ppf(p), F.get(xp, "ppf_exact"), RTOL, 0);
        assertClose(d.isf(p), xp.negative(F.get(xp, "ppf_exact")), RTOL, 0);
        assertClose(dist(xp, "ppfs_df").ppf(F.get(xp, "ppfs_p")), F.get(xp, "ppfs_scipy"), 1e-12, 0);
    }

    @XpTest
    void extremeArgumentsAndDegreesOfFreedom(ArrayNamespace xp) {
        NdArray t = F.get(xp, "ext_t");
        StudentT d = dist(xp, "ext_df");
        assertClose(d.cdf(t), F.get(xp, "ext_cdf"), RTOL, 0);
        assertClose(d.pdf(t), F.get(xp, "ext_pdf"), RTOL, 0);
    }

    @XpTest
    void float32StaysFloat32(ArrayNamespace xp) {
        NdArray t = F.get(xp, "f32_t");
        assertEquals(DType.FLOAT32, t.dtype());
        assertClose(StudentT.of(10).cdf(t), F.get(xp, "f32_cdf_df10"));
        assertClose(StudentT.of(10).sf(t), F.get(xp, "f32_sf_df10"));
        assertClose(StudentT.of(10).ppf(F.get(xp, "f32_p")), F.get(xp, "f32_ppf_df10"));
    }

    @XpTest
    void integerArgumentsGiveFloat64(ArrayNamespace xp) {
        assertClose(StudentT.of(4).cdf(F.get(xp, "int_t")), F.get(xp, "int_cdf_df4"), RTOL, 0);
    }

    @XpTest
    void dfBroadcastsAgainstTheArgument(ArrayNamespace xp) {
        assertClose(dist(xp, "bcast_df").cdf(F.get(xp, "bcast_t")), F.get(xp, "bcast_cdf"), RTOL, 0);
    }

    @XpTest
    void invalidDfAndNanGiveNan(ArrayNamespace xp) {
        NdArray r = dist(xp, "bad_df").cdf(F.get(xp, "bad_t"));
        NdArray nan = xp.full(new int[] {4}, Double.NaN);
        assertClose(r, nan);
        assertClose(dist(xp, "bad_df").ppf(xp.full(new int[] {4}, 0.3)).get(0L), xp.asarray(Double.NaN));
        NdArray outside = StudentT.of(3).ppf(xp.asarray(new double[] {-0.1, 1.5, 0.0, 1.0}));
        assertClose(outside, xp.asarray(new double[] {Double.NaN, Double.NaN, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY}));
    }

    @XpTest
    void zeroDimensionalAndEmptyInputs(ArrayNamespace xp) {
        NdArray c = StudentT.of(5).cdf(xp.asarray(0.0));
        assertEquals(0, c.ndim());
        assertClose(c, xp.asarray(0.5));
        NdArray e = StudentT.of(5).cdf(xp.empty(0, 3));
        assertClose(e, xp.empty(0, 3), AssertOptions.defaults());
    }

    @XpTest
    void rejectsComplexAndNullArguments(ArrayNamespace xp) {
        NdArray z = xp.astype(xp.asarray(new double[] {1.0}), DType.COMPLEX128);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudentT.of(3).cdf(z));
        assertTrue(e.getMessage().contains("complex128"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudentT.of(z));
        assertTrue(e.getMessage().contains("df"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudentT.of(3).cdf(null));
        assertTrue(e.getMessage().contains("x"), e.getMessage());
    }
}
