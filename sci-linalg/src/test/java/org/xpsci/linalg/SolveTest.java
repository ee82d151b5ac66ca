package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;
import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/** solve, solve_triangular, inv and det against scipy.linalg (fixture linalg.npz, generator gen_linalg.py). */
class SolveTest {

    @XpTest
    void solveGeneralAndBatched(ArrayNamespace xp) {
        for (String d : DTYPES) {
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_b")), f(xp, d + "_solve"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_bm")), f(xp, d + "_solve_m"));
            near(Linalg.solve(f(xp, d + "_ab"), f(xp, d + "_bb")), f(xp, d + "_solve_batch"));
            NdArray v = f(xp, d + "_bb").get(org.xpsci.xp.Index.at(0), org.xpsci.xp.Index.all(),
                    org.xpsci.xp.Index.at(0));
            near(Linalg.solve(f(xp, d + "_ab"), v), f(xp, d + "_solve_batch_v"));
        }
    }

    @XpTest
    void solveAssumingStructure(ArrayNamespace xp) {
        for (String d : DTYPES) {
            SolveOptions o = SolveOptions.defaults();
            near(Linalg.solve(f(xp, d + "_s_up"), f(xp, d + "_b"), o.withAssumeA("sym")), f(xp, d + "_solve_sym"));
            near(Linalg.solve(f(xp, d + "_s_lo"), f(xp, d + "_b"), o.withAssumeA("sym").withLower(true)),
                    f(xp, d + "_solve_sym_lower"));
            near(Linalg.solve(f(xp, d + "_s_up"), f(xp, d + "_bm"), o.withAssumeA("pos")), f(xp, d + "_solve_pos"));
            near(Linalg.solve(f(xp, d + "_s_lo"), f(xp, d + "_bm"), o.withAssumeA("positive definite")
                    .withLower(true)), f(xp, d + "_solve_pos_lower"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_b"), o.withAssumeA("diagonal")), f(xp, d + "_solve_diag"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_bm"), o.withAssumeA("upper triangular")),
                    f(xp, d + "_solve_upper"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_bm"), o.withAssumeA(MatrixStructure.LOWER_TRIANGULAR)),
                    f(xp, d + "_solve_lower"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_b"), o.withAssumeA("tridiagonal")),
                    f(xp, d + "_solve_tri"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_b"), o.withAssumeA("gen")), f(xp, d + "_solve"));
            near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_b"), o.withAssumeA("banded")), f(xp, d + "_solve"));
            if (d.startsWith("c")) {
                near(Linalg.solve(f(xp, d + "_s_up"), f(xp, d + "_b"), o.withAssumeA("her")),
                        f(xp, d + "_solve_her"));
            } else {
                near(Linalg.solve(f(xp, d + "_a"), f(xp, d + "_b"), o.withTransposed(true)), f(xp, d + "_solve_t"));
            }
        }
    }

    @XpTest
    void solveDtypesAndSpecialShapes(ArrayNamespace xp) {
        NdArray x = Linalg.solve(f(xp, "int_a"), xp.asarray(new long[] {1, 2, 3}));
        assertEquals(DType.FLOAT64, x.dtype());
        near(x, f(xp, "int_solve"));
        NdArray mixed = Linalg.solve(f(xp, "f32_a"), f(xp, "f64_b"));
        assertEquals(DType.FLOAT64, mixed.dtype());
        near(Linalg.solve(xp.asarray(new double[][] {{2.0}}), xp.asarray(new double[] {1, 4, 6})),
                f(xp, "scalar_solve"));
        NdArray empty = Linalg.solve(xp.zeros(0, 0), xp.zeros(0));
        assertArrayEquals(new int[] {0}, empty.shape());
        assertArrayEquals(new int[] {2, 0, 3}, Linalg.solve(xp.zeros(2, 0, 0), xp.zeros(0, 3)).shape());
    }

    @XpTest
    void solveErrors(ArrayNamespace xp) {
        NdArray singular = xp.asarray(new double[][] {{1, 2}, {2, 4}});
        NdArray b = xp.asarray(new double[] {1, 2});
        var e = assertThrows(LinAlgException.class, () -> Linalg.solve(singular, b));
        assertEquals("A singular matrix detected: slice(s) [0] are singular.", e.getMessage());
        NdArray stack = xp.stack(xp.eye(2), singular, xp.eye(2));
        var eb = assertThrows(LinAlgException.class, () -> Linalg.solve(stack, b));
        assertEquals("A singular matrix detected: slice(s) [1] are singular.", eb.getMessage());
        assertThrows(LinAlgException.class, () -> Linalg.solve(singular, b, SolveOptions.defaults()
                .withAssumeA("pos")));
        assertThrows(LinAlgException.class, () -> Linalg.solve(xp.asarray(new double[][] {{1, 0}, {0, 0}}), b,
                SolveOptions.defaults().withAssumeA("diagonal")));
        assertThrows(LinAlgException.class, () -> Linalg.solve(xp.asarray(new double[][] {{0.0}}), b));
        var sq = assertThrows(LinAlgException.class, () -> Linalg.solve(xp.ones(2, 3), b));
        assertTrue(sq.getMessage().contains("Expected square matrix"), sq.getMessage());
        var shape = assertThrows(IllegalArgumentException.class, () -> Linalg.solve(xp.eye(3), b));
        assertTrue(shape.getMessage().contains("incompatible shapes"), shape.getMessage());
        var nan = assertThrows(IllegalArgumentException.class,
                () -> Linalg.solve(xp.asarray(new double[][] {{1, Double.NaN}, {0, 1}}), b));
        assertEquals("array must not contain infs or NaNs", nan.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> MatrixStructure.parse("foo"));
        assertTrue(bad.getMessage().contains("'positive definite'"), bad.getMessage());
        NdArray complexA = xp.astype(xp.eye(2), DType.COMPLEX128);
        var tr = assertThrows(IllegalArgumentException.class,
                () -> Linalg.solve(complexA, b, SolveOptions.defaults().withTransposed(true)));
        assertTrue(tr.getMessage().contains("transposed"), tr.getMessage());
    }

    @XpTest
    void triangularSolves(ArrayNamespace xp) {
        for (String d : DTYPES) {
            for (int t = 0; t < 3; t++) {
                near(Linalg.solveTriangular(f(xp, d + "_a"), f(xp, d + "_bm"), Trans.of(t), false, false, true),
                        f(xp, d + "_trsv_" + t));
                near(Linalg.solveTriangular(f(xp, d + "_a"), f(xp, d + "_bm"), Trans.of(t), true, false, true),
                        f(xp, d + "_trsv_lower_" + t));
            }
            near(Linalg.solveTriangular(f(xp, d + "_a"), f(xp, d + "_b"), Trans.N, true, true, true),
                    f(xp, d + "_trsv_unit"));
            near(Linalg.solveTriangular(f(xp, d + "_ab"), f(xp, d + "_bb")), f(xp, d + "_trsv_batch"));
        }
        var e = assertThrows(LinAlgException.class, () -> Linalg.solveTriangular(
                xp.asarray(new double[][] {{1, 1}, {0, 0}}), xp.asarray(new double[] {1, 2})));
        assertEquals("singular matrix: resolution failed at diagonal 1", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Linalg.solveTriangular(xp.eye(3), xp.asarray(new double[] {1, 2})));
        assertThrows(IllegalArgumentException.class, () -> Trans.of(5));
        assertEquals(Trans.C, Trans.parse("c"));
    }

    @XpTest
    void inverseAndDeterminant(ArrayNamespace xp) {
        for (String d : DTYPES) {
            near(Linalg.inv(f(xp, d + "_a")), f(xp, d + "_inv"));
            near(Linalg.inv(f(xp, d + "_ab")), f(xp, d + "_inv_batch"));
            double rtol = d.equals("f32") || d.equals("c64") ? 1e-4 : 1e-10;
            near(Linalg.det(f(xp, d + "_a")), f(xp, d + "_det"), rtol);
            near(Linalg.det(f(xp, d + "_ab")), f(xp, d + "_det_batch"), rtol);
        }
        near(Linalg.det(f(xp, "int_a")), f(xp, "int_det"));
        near(Linalg.inv(f(xp, "int_a")), f(xp, "int_inv"));
        assertClose(Linalg.det(xp.zeros(0, 0)), xp.asarray(1.0));
        assertArrayEquals(new int[] {0, 0}, Linalg.inv(xp.zeros(0, 0)).shape());
        var e = assertThrows(LinAlgException.class, () -> Linalg.inv(xp.asarray(new double[][] {{1, 2}, {2, 4}})));
        assertEquals("A singular matrix detected: slice(s) [0] are singular.", e.getMessage());
        var nd = assertThrows(LinAlgException.class, () -> Linalg.inv(xp.ones(3)));
        assertTrue(nd.getMessage().contains("Expected at least ndim=2"), nd.getMessage());
        var sq = assertThrows(LinAlgException.class, () -> Linalg.det(xp.ones(2, 3)));
        assertTrue(sq.getMessage().contains("must be square"), sq.getMessage());
        assertThrows(LinAlgException.class, () -> Linalg.det(xp.ones(3)));
    }
}
