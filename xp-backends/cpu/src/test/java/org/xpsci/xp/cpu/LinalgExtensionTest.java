package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;
import static org.xpsci.xp.cpu.LinalgChecks.abs;
import static org.xpsci.xp.cpu.LinalgChecks.conjT;
import static org.xpsci.xp.cpu.LinalgChecks.near;
import static org.xpsci.xp.cpu.LinalgChecks.nearAnyDtype;
import static org.xpsci.xp.cpu.LinalgChecks.orthonormalColumns;
import static org.xpsci.xp.cpu.LinalgChecks.upperTriangular;

import java.util.List;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.QrResult;
import org.xpsci.xp.SlogdetResult;
import org.xpsci.xp.SvdResult;

/**
 * The linalg extension against NumPy, in float64, float32, complex128 and complex64 (fixture linalg_ext.npz,
 * generator gen_linalg_ext.py). Factors that are unique only up to signs or phases are checked by
 * reconstruction, orthonormality and triangularity, and against |reference|.
 */
class LinalgExtensionTest {

    private static final Fixture F = Fixtures.load("linalg_ext.npz");
    private static final List<String> DTYPES = List.of("f64", "f32", "c128", "c64");

    private static NdArray f(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void determinantsInversesAndSolves(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            NdArray a = f(xp, d + "_a");
            near(la.det(a), f(xp, d + "_det"));
            near(la.det(f(xp, d + "_ab")), f(xp, d + "_det_b"));
            SlogdetResult sl = la.slogdet(a);
            near(sl.sign(), f(xp, d + "_slogdet_sign"));
            near(sl.logabsdet(), f(xp, d + "_slogdet_log"));
            near(la.inv(a), f(xp, d + "_inv"));
            near(la.inv(f(xp, d + "_ab")), f(xp, d + "_inv_b"));
            near(la.solve(a, f(xp, d + "_b")), f(xp, d + "_solve_v"));
            near(la.solve(a, f(xp, d + "_bm")), f(xp, d + "_solve_m"));
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void blockedLuOnLargerMatrices(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        NdArray a = MatmulTest.pattern(xp, 150, 150, 7).add(xp.multiply(xp.eye(150), 40.0));
        NdArray b = MatmulTest.pattern(xp, 150, 3, 8);
        near(la.solve(a, b), f(xp, "lu_solve"));
        near(la.inv(a).get(org.xpsci.xp.Index.step(7), org.xpsci.xp.Index.step(11)), f(xp, "lu_inv_sub"));
        near(la.slogdet(a).logabsdet(), f(xp, "lu_logdet"));
        near(la.solve(xp.matrixTranspose(a), b), f(xp, "lu_solve_t"));
        near(la.solve(xp.astype(a, DType.FLOAT32), xp.astype(b, DType.FLOAT32)), f(xp, "lu_f32_solve"));
    }

    /** A batch of small matrices is split over the worker pool; each result satisfies its defining identity. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void largeBatchesSplitOverThePool(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        int count = 256;
        NdArray base = xp.reshape(MatmulTest.pattern(xp, count * 4, 4, 3), count, 4, 4);
        NdArray a = base.add(xp.multiply(xp.eye(4), 8.0));
        NdArray eye = xp.broadcastTo(xp.eye(4), count, 4, 4);
        near(xp.matmul(la.inv(a), a), eye);
        NdArray b = xp.reshape(MatmulTest.pattern(xp, count * 4, 2, 5), count, 4, 2);
        near(xp.matmul(a, la.solve(a, b)), b);
        NdArray spd = xp.matmul(a, xp.matrixTranspose(a));
        NdArray l = la.cholesky(spd, false);
        near(xp.matmul(l, xp.matrixTranspose(l)), spd);
        EighResult e = la.eigh(spd);
        NdArray vw = xp.multiply(e.eigenvectors(), xp.expandDims(e.eigenvalues(), -2));
        near(xp.matmul(vw, xp.matrixTranspose(e.eigenvectors())), spd);
        SvdResult s = la.svd(a, false);
        near(xp.matmul(xp.multiply(s.u(), xp.expandDims(s.s(), -2)), s.vh()), a);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void cholesky(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            near(la.cholesky(f(xp, d + "_s"), false), f(xp, d + "_chol"));
            near(la.cholesky(f(xp, d + "_s"), true), f(xp, d + "_chol_upper"));
            near(la.cholesky(f(xp, d + "_sb"), false), f(xp, d + "_chol_b"));
        }
        NdArray notPd = xp.asarray(new double[][] {{1, 2}, {2, 1}});
        var e = assertThrows(LinAlgException.class, () -> la.cholesky(notPd, false));
        assertEquals("Matrix is not positive definite", e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void hermitianEigenproblems(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            NdArray s = f(xp, d + "_s");
            near(la.eigvalsh(s), f(xp, d + "_eigvalsh"));
            near(la.eigvalsh(f(xp, d + "_sb")), f(xp, d + "_eigvalsh_b"));
            EighResult r = la.eigh(f(xp, d + "_sb"));
            near(r.eigenvalues(), f(xp, d + "_eigvalsh_b"));
            orthonormalColumns(xp, r.eigenvectors());
            NdArray w = xp.astype(r.eigenvalues(), r.eigenvectors().dtype());
            NdArray vw = xp.multiply(r.eigenvectors(), xp.expandDims(w, -2));
            near(xp.matmul(vw, conjT(xp, r.eigenvectors())), f(xp, d + "_sb"));
        }
        EighResult rep = la.eigh(f(xp, "repeated_s"));
        near(rep.eigenvalues(), f(xp, "repeated_eig"));
        orthonormalColumns(xp, rep.eigenvectors());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void singularValueDecompositions(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            near(la.svdvals(f(xp, d + "_rect")), f(xp, d + "_svdvals_rect"));
            near(la.svdvals(f(xp, d + "_wide")), f(xp, d + "_svdvals_wide"));
            near(la.svdvals(f(xp, d + "_ab")), f(xp, d + "_svdvals_b"));
            for (String shape : List.of("rect", "wide")) {
                NdArray a = f(xp, d + "_" + shape);
                for (boolean full : new boolean[] {false, true}) {
                    SvdResult r = la.svd(a, full);
                    int m = a.shape(0);
                    int n = a.shape(1);
                    int k = Math.min(m, n);
                    assertArrayEquals(new int[] {m, full ? m : k}, r.u().shape());
                    assertArrayEquals(new int[] {full ? n : k, n}, r.vh().shape());
                    near(r.s(), f(xp, d + "_svdvals_" + shape));
                    orthonormalColumns(xp, r.u());
                    orthonormalColumns(xp, conjT(xp, r.vh()));
                    NdArray uk = r.u().get(org.xpsci.xp.Index.all(), org.xpsci.xp.Index.to(k));
                    NdArray vk = r.vh().get(org.xpsci.xp.Index.to(k));
                    NdArray us = xp.multiply(uk, xp.expandDims(xp.astype(r.s(), a.dtype()), 0));
                    near(xp.matmul(us, vk), a);
                }
            }
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void qrDecompositions(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            NdArray a = f(xp, d + "_rect");
            QrResult r = la.qr(a, "reduced");
            assertArrayEquals(new int[] {5, 3}, r.q().shape());
            assertArrayEquals(new int[] {3, 3}, r.r().shape());
            near(xp.matmul(r.q(), r.r()), a);
            orthonormalColumns(xp, r.q());
            upperTriangular(xp, r.r());
            near(abs(xp, r.r()), f(xp, d + "_qr_r_abs"));
            QrResult c = la.qr(a, "complete");
            assertArrayEquals(new int[] {5, 5}, c.q().shape());
            near(xp.matmul(c.q(), c.r()), a);
            orthonormalColumns(xp, c.q());
            near(abs(xp, c.r()), f(xp, d + "_qr_rc_abs"));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> la.qr(f(xp, "f64_a"), "economic"));
        assertTrue(e.getMessage().contains("'reduced' or 'complete'"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void pseudoInverseRankAndPowers(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            near(la.pinv(f(xp, d + "_rect"), null), f(xp, d + "_pinv_rect"));
            near(la.pinv(f(xp, d + "_wide"), null), f(xp, d + "_pinv_wide"));
            near(la.matrixPower(f(xp, d + "_a"), 3), f(xp, d + "_power3"));
            near(la.matrixPower(f(xp, d + "_a"), -2), f(xp, d + "_power_m2"));
        }
        assertEqual(la.matrixRank(f(xp, "rank_a"), null), f(xp, "rank"));
        assertEqual(la.matrixRank(f(xp, "rank_b"), null), f(xp, "rank_bv"));
        NdArray eye = la.matrixPower(f(xp, "int_a"), 0);
        assertEqual(eye, xp.astype(xp.eye(3), DType.INT32));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void norms(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            NdArray ab = f(xp, d + "_ab");
            near(la.matrixNorm(ab, false, "fro"), f(xp, d + "_mnorm_fro"));
            near(la.matrixNorm(ab, false, "nuc"), f(xp, d + "_mnorm_nuc"));
            double[] ords = {1, -1, 2, -2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            String[] names = {"1", "m1", "2", "m2", "inf", "minf"};
            for (int i = 0; i < ords.length; i++) {
                near(la.matrixNorm(ab, false, ords[i]), f(xp, d + "_mnorm_" + names[i]));
            }
            double[] vords = {2, 1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 3, -1};
            String[] vnames = {"2", "1", "inf", "minf", "0", "3", "m1"};
            for (int i = 0; i < vords.length; i++) {
                near(la.vectorNorm(ab, new int[] {-1}, false, vords[i]), f(xp, d + "_vnorm_" + vnames[i]));
            }
            near(la.vectorNorm(ab, null, false, 2), f(xp, d + "_vnorm_all"));
            near(la.vectorNorm(ab, new int[] {0, 1}, true, 2), f(xp, d + "_vnorm_01k"));
            assertArrayEquals(new int[] {2, 1, 1}, la.matrixNorm(ab, true, "fro").shape());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> la.matrixNorm(f(xp, "f64_a"), false, 3));
        assertTrue(e.getMessage().contains("ord"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> la.matrixNorm(f(xp, "f64_a"), false, "max"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void structuralFunctions(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        for (String d : DTYPES) {
            NdArray ab = f(xp, d + "_ab");
            near(la.trace(ab, 0, null), f(xp, d + "_trace"));
            near(la.trace(ab, 1, null), f(xp, d + "_trace_off1"));
            assertEqual(la.diagonal(ab, -1), f(xp, d + "_diag_m1"));
        }
        near(la.cross(f(xp, "cross_a"), f(xp, "cross_b"), -1), f(xp, "cross_ab"));
        near(la.cross(f(xp, "cross_ta"), f(xp, "cross_tb"), 0), f(xp, "cross_tab0"));
        near(la.outer(f(xp, "outer_a"), f(xp, "outer_b")), f(xp, "outer_ab"));
        assertEqual(la.matrixTranspose(f(xp, "mm_a")), xp.matrixTranspose(f(xp, "mm_a")));
        assertClose(la.matmul(f(xp, "mm_a"), f(xp, "mm_b")), f(xp, "mm_ab"));
        assertClose(la.tensordot(f(xp, "td_a"), f(xp, "td_b"), new int[] {1, 2}, new int[] {0, 1}), f(xp, "td_ab"));
        assertClose(la.vecdot(f(xp, "vd_a"), f(xp, "vd_b"), -1), f(xp, "vd_ab"));
        assertThrows(IllegalArgumentException.class, () -> la.cross(xp.zeros(4), xp.zeros(4), -1));
        assertThrows(IllegalArgumentException.class, () -> la.outer(xp.zeros(2, 2), xp.zeros(2)));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void integerInputComputesInFloat64(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        NdArray a = f(xp, "int_a");
        near(la.det(a), f(xp, "int_det"));
        near(la.inv(a), f(xp, "int_inv"));
        assertEqual(la.matrixPower(a, 2), f(xp, "int_power2"));
        assertEqual(la.trace(a, 0, null), f(xp, "int_trace"));
        near(la.vectorNorm(a, null, false, 2), f(xp, "int_vnorm"));
        assertEquals(DType.FLOAT64, la.eigvalsh(a).dtype());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void emptyMatrices(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        NdArray e = xp.zeros(0, 0);
        assertClose(la.det(e), f(xp, "empty_det"));
        assertClose(la.slogdet(e).logabsdet(), f(xp, "empty_slogdet_log"));
        assertArrayEquals(new int[] {0, 0}, la.inv(e).shape());
        assertArrayEquals(new int[] {0, 0}, la.cholesky(e, false).shape());
        assertArrayEquals(new int[] {0}, la.eigvalsh(e).shape());
        SvdResult s = la.svd(xp.zeros(3, 0), true);
        assertClose(s.u(), xp.eye(3));
        assertArrayEquals(new int[] {0}, s.s().shape());
        assertArrayEquals(new int[] {0, 0}, s.vh().shape());
        assertArrayEquals(new int[] {0, 3, 3}, la.inv(xp.zeros(0, 3, 3)).shape());
        nearAnyDtype(la.matrixNorm(e, false, "fro"), xp.asarray(0.0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void errors(ArrayNamespace xp) {
        LinalgExtension la = xp.linalg();
        NdArray singular = xp.asarray(new double[][] {{1, 2}, {2, 4}});
        assertEquals("Singular matrix", assertThrows(LinAlgException.class, () -> la.inv(singular)).getMessage());
        assertEquals("Singular matrix",
                assertThrows(LinAlgException.class, () -> la.solve(singular, xp.ones(2))).getMessage());
        var sq = assertThrows(LinAlgException.class, () -> la.det(xp.zeros(2, 3)));
        assertTrue(sq.getMessage().contains("must be square"), sq.getMessage());
        var nd = assertThrows(LinAlgException.class, () -> la.inv(xp.zeros(3)));
        assertTrue(nd.getMessage().contains("at least two-dimensional"), nd.getMessage());
        var rhs = assertThrows(IllegalArgumentException.class, () -> la.solve(xp.eye(3), xp.ones(4)));
        assertTrue(rhs.getMessage().contains("x2"), rhs.getMessage());
        assertClose(la.det(singular), xp.asarray(0.0));
        assertClose(la.slogdet(singular).sign(), xp.asarray(0.0));
    }
}
