package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.conjT;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;
import static org.xpsci.linalg.LinalgAsserts.orthonormalColumns;
import static org.xpsci.linalg.LinalgAsserts.upperTriangular;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.Index;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.SvdResult;

/**
 * qr, svd, svdvals, eigh and eigvalsh against scipy.linalg. Q, U, V and eigenvectors are unique only up to
 * signs (phases), so they are checked by reconstruction and orthonormality, R by |R|.
 */
class DecompositionTest {

    @XpTest
    void qrModes(ArrayNamespace xp) {
        for (String d : DTYPES) {
            NdArray a = f(xp, d + "_rect");
            QrResult full = Linalg.qr(a);
            assertArrayEquals(new int[] {5, 5}, full.q().shape());
            near(xp.matmul(full.q(), full.r()), a);
            orthonormalColumns(xp, full.q());
            upperTriangular(xp, full.r());
            near(xp.abs(full.r()), f(xp, d + "_qr_r_abs"));
            QrResult eco = Linalg.qr(a, QrMode.ECONOMIC, false, true);
            assertArrayEquals(new int[] {5, 3}, eco.q().shape());
            near(xp.matmul(eco.q(), eco.r()), a);
            near(xp.abs(eco.r()), f(xp, d + "_qre_r_abs"));
            QrResult r = Linalg.qr(f(xp, d + "_wide"), QrMode.R, false, true);
            assertNull(r.q());
            near(xp.abs(r.r()), f(xp, d + "_qrw_r_abs"));
            QrResult piv = Linalg.qr(a, QrMode.FULL, true, true);
            assertEqual(piv.p(), f(xp, d + "_qrp_p"));
            near(xp.abs(piv.r()), f(xp, d + "_qrp_r_abs"));
            near(xp.matmul(piv.q(), piv.r()), xp.take(a, piv.p(), 1));
        }
        var mode = assertThrows(IllegalArgumentException.class, () -> QrMode.parse("raw"));
        assertTrue(mode.getMessage().contains("'economic'"), mode.getMessage());
        QrResult empty = Linalg.qr(xp.zeros(3, 0));
        assertArrayEquals(new int[] {3, 3}, empty.q().shape());
        assertArrayEquals(new int[] {3, 0}, empty.r().shape());
    }

    @XpTest
    void singularValueDecompositions(ArrayNamespace xp) {
        for (String d : DTYPES) {
            near(Linalg.svdvals(f(xp, d + "_rect")), f(xp, d + "_sv_rect"));
            near(Linalg.svdvals(f(xp, d + "_wide")), f(xp, d + "_sv_wide"));
            near(Linalg.svdvals(f(xp, d + "_ab")), f(xp, d + "_sv_batch"));
            for (String shape : new String[] {"rect", "wide"}) {
                NdArray a = f(xp, d + "_" + shape);
                int k = Math.min(a.shape(0), a.shape(1));
                for (boolean full : new boolean[] {true, false}) {
                    SvdResult r = Linalg.svd(a, full, true);
                    near(r.s(), f(xp, d + "_sv_" + shape));
                    orthonormalColumns(xp, r.u());
                    orthonormalColumns(xp, conjT(xp, r.vh()));
                    NdArray uk = r.u().get(Index.all(), Index.to(k));
                    NdArray us = xp.multiply(uk, xp.expandDims(xp.astype(r.s(), a.dtype()), 0));
                    near(xp.matmul(us, r.vh().get(Index.to(k), Index.all())), a);
                }
            }
        }
        assertEquals(DType.FLOAT32, Linalg.svdvals(f(xp, "c64_rect")).dtype());
        SvdResult e = Linalg.svd(xp.zeros(2, 0));
        assertArrayEquals(new int[] {2, 2}, e.u().shape());
        assertArrayEquals(new int[] {0, 0}, e.vh().shape());
        assertThrows(LinAlgException.class, () -> Linalg.svd(xp.ones(3)));
    }

    @XpTest
    void hermitianEigenproblems(ArrayNamespace xp) {
        for (String d : DTYPES) {
            NdArray lo = f(xp, d + "_s_lo");
            EighResult r = Linalg.eigh(lo);
            near(r.eigenvalues(), f(xp, d + "_eigh_w"));
            orthonormalColumns(xp, r.eigenvectors());
            NdArray full = f(xp, d + "_s");
            NdArray av = xp.matmul(full, r.eigenvectors());
            NdArray vw = xp.multiply(r.eigenvectors(), xp.expandDims(xp.astype(r.eigenvalues(), full.dtype()), 0));
            near(av, vw);
            near(Linalg.eigh(f(xp, d + "_s_up"), null, EighOptions.defaults().withLower(false)).eigenvalues(),
                    f(xp, d + "_eigh_w_upper"));
            near(Linalg.eigvalsh(f(xp, d + "_sb")), f(xp, d + "_eigh_batch"));
            EighResult sub = Linalg.eigh(lo, null, EighOptions.defaults().withSubsetByIndex(1, 2));
            near(sub.eigenvalues(), f(xp, d + "_eigh_sub_idx"));
            assertArrayEquals(new int[] {4, 2}, sub.eigenvectors().shape());
            double[] bounds = org.xpsci.xp.Xp.toDoubleArray(
                    f(org.xpsci.xp.Xp.backend("cpu"), d + "_eigh_sub_val_bounds"));
            near(Linalg.eigvalsh(lo, null, EighOptions.defaults().withSubsetByValue(bounds[0], bounds[1])),
                    f(xp, d + "_eigh_sub_val"));
        }
    }

    @XpTest
    void generalizedEigenproblems(ArrayNamespace xp) {
        for (String d : DTYPES) {
            NdArray a = f(xp, d + "_s_lo");
            NdArray b = f(xp, d + "_gb");
            for (int type = 1; type <= 3; type++) {
                EighOptions o = EighOptions.defaults().withType(type);
                near(Linalg.eigvalsh(a, b, o), f(xp, d + "_geigh_w_" + type));
            }
            EighResult r = Linalg.eigh(a, b, EighOptions.defaults());
            NdArray full = f(xp, d + "_s");
            NdArray w = xp.expandDims(xp.astype(r.eigenvalues(), full.dtype()), 0);
            near(xp.matmul(full, r.eigenvectors()), xp.multiply(xp.matmul(b, r.eigenvectors()), w));
            NdArray vbv = xp.matmul(conjT(xp, r.eigenvectors()), xp.matmul(b, r.eigenvectors()));
            near(vbv, xp.astype(xp.eye(4), vbv.dtype()));
        }
        NdArray notPd = xp.multiply(xp.eye(2), -1.0);
        var e = assertThrows(LinAlgException.class, () -> Linalg.eigh(xp.eye(2), notPd, EighOptions.defaults()));
        assertTrue(e.getMessage().startsWith("The leading minor of order 1 of B is not positive definite"),
                e.getMessage());
    }

    @XpTest
    void eighErrors(ArrayNamespace xp) {
        assertThrows(LinAlgException.class, () -> Linalg.eigh(xp.ones(2, 3)));
        var idx = assertThrows(IllegalArgumentException.class,
                () -> Linalg.eigh(xp.eye(3), null, EighOptions.defaults().withSubsetByIndex(2, 5)));
        assertTrue(idx.getMessage().contains("Valid range is [0, 2]"), idx.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Linalg.eigh(xp.eye(3), null, EighOptions.defaults().withSubsetByValue(2, 1)));
        assertThrows(IllegalArgumentException.class, () -> Linalg.eigh(xp.eye(3), null,
                EighOptions.defaults().withSubsetByIndex(0, 1).withSubsetByValue(0, 1)));
        var type = assertThrows(IllegalArgumentException.class,
                () -> Linalg.eigh(xp.eye(2), xp.eye(2), EighOptions.defaults().withType(4)));
        assertTrue(type.getMessage().contains("\"type\""), type.getMessage());
        var dims = assertThrows(IllegalArgumentException.class,
                () -> Linalg.eigh(xp.eye(2), xp.eye(3), EighOptions.defaults()));
        assertTrue(dims.getMessage().contains("wrong b dimensions"), dims.getMessage());
        EighResult empty = Linalg.eigh(xp.zeros(0, 0));
        assertArrayEquals(new int[] {0}, empty.eigenvalues().shape());
        assertNull(Linalg.eigh(xp.eye(2), null, EighOptions.defaults().withEigvalsOnly(true)).eigenvectors());
    }
}
