package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.xpsci.testing.XpAssert.assertClose;

import java.util.function.BiFunction;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * dct, idct, dst, idst and their n-dimensional forms against SciPy: every type, every norm, orthogonalize on and
 * off, lengths, axes, dtypes and complex input; on the host fast path and the portable path.
 */
class DctTest {

    private static final Fixture F = Fixtures.load("fft.npz");
    private static final String[] NAMES = {"dct", "idct", "dst", "idst"};
    /** The generator's SETTINGS, in order. */
    private static final FftNorm[] NORMS = {FftNorm.BACKWARD, FftNorm.ORTHO, FftNorm.FORWARD, FftNorm.BACKWARD,
        FftNorm.ORTHO};
    private static final Boolean[] ORTHOGONALIZE = {null, null, null, true, false};

    private static NdArray in(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    /** The expected values of type {@code t} (and further leading indices) from a stacked fixture. */
    private static NdArray expected(ArrayNamespace xp, String name, int t, long... more) {
        NdArray all = in(xp, name).get(Index.at(t - 1), Index.ellipsis());
        for (long i : more) {
            all = all.get(Index.at(i), Index.ellipsis());
        }
        return all;
    }

    private static BiFunction<NdArray, DctOptions, NdArray> oneAxis(String name) {
        return switch (name) {
            case "dct" -> Dct::dct;
            case "idct" -> Dct::idct;
            case "dst" -> Dct::dst;
            default -> Dct::idst;
        };
    }

    private static BiFunction<NdArray, DctnOptions, NdArray> nAxes(String name) {
        return switch (name) {
            case "dct" -> Dct::dctn;
            case "idct" -> Dct::idctn;
            case "dst" -> Dct::dstn;
            default -> Dct::idstn;
        };
    }

    @XpTest
    void everyTypeNormAndOrthogonalize(ArrayNamespace xp) {
        for (String name : NAMES) {
            for (int t = 1; t <= 4; t++) {
                for (int s = 0; s < NORMS.length; s++) {
                    DctOptions o = DctOptions.defaults().withType(t).withNorm(NORMS[s])
                            .withOrthogonalize(ORTHOGONALIZE[s]);
                    for (String size : new String[] {"x8", "x7"}) {
                        assertClose(oneAxis(name).apply(in(xp, size), o), expected(xp, name + "_" + size, t, s),
                                org.xpsci.testing.AssertOptions.defaults().rtol(1e-12).atol(1e-12)
                                        .message(name + " type " + t + " " + NORMS[s] + " orthogonalize="
                                                + ORTHOGONALIZE[s] + " " + size));
                    }
                }
            }
        }
    }

    @XpTest
    void defaultsAreType2Backward(ArrayNamespace xp) {
        assertClose(Dct.dct(in(xp, "x8")), expected(xp, "dct_x8", 2, 0), 1e-12, 1e-12);
        assertClose(Dct.idct(in(xp, "x7")), expected(xp, "idct_x7", 2, 0), 1e-12, 1e-12);
        assertClose(Dct.dst(in(xp, "x8")), expected(xp, "dst_x8", 2, 0), 1e-12, 1e-12);
        assertClose(Dct.idst(in(xp, "x7")), expected(xp, "idst_x7", 2, 0), 1e-12, 1e-12);
    }

    @XpTest
    void complexInputTransformsBothParts(ArrayNamespace xp) {
        for (String name : NAMES) {
            for (int t = 1; t <= 4; t++) {
                DctOptions o = DctOptions.defaults().withType(t);
                NdArray c6 = in(xp, "c6");
                assertClose(oneAxis(name).apply(c6, o), expected(xp, name + "_c6", t, 0), 1e-12, 1e-12);
                assertClose(oneAxis(name).apply(c6, o.withNorm(FftNorm.ORTHO)), expected(xp, name + "_c6", t, 1),
                        1e-12, 1e-12);
                assertClose(oneAxis(name).apply(c6, o.withOrthogonalize(true)), expected(xp, name + "_c6", t, 2),
                        1e-12, 1e-12);
            }
        }
    }

    @XpTest
    void dtypesLengthsAndAxes(ArrayNamespace xp) {
        for (String name : NAMES) {
            var f = oneAxis(name);
            for (int t = 1; t <= 4; t++) {
                DctOptions o = DctOptions.defaults().withType(t);
                NdArray f32 = f.apply(in(xp, "f8"), o.withNorm(FftNorm.ORTHO));
                assertEquals(DType.FLOAT32, f32.dtype());
                assertClose(f32, expected(xp, name + "_f8", t));
                NdArray fromInt = f.apply(in(xp, "i6"), o);
                assertEquals(DType.FLOAT64, fromInt.dtype());
                assertClose(fromInt, expected(xp, name + "_i6", t), 1e-12, 1e-12);
                assertClose(f.apply(in(xp, "x8"), o.withN(5)), expected(xp, name + "_x8_n5", t), 1e-12, 1e-12);
                assertClose(f.apply(in(xp, "x7"), o.withN(11).withNorm("ortho")), expected(xp, name + "_x7_n11", t),
                        1e-12, 1e-12);
                assertClose(f.apply(in(xp, "r34"), o.withAxis(0)), expected(xp, name + "_r34_axis0", t), 1e-12,
                        1e-12);
                assertClose(f.apply(in(xp, "x8").get(Index.to(2)), o), expected(xp, name + "_n2", t), 1e-12, 1e-12);
                if (t != 1 || name.endsWith("dst")) {
                    assertClose(f.apply(in(xp, "x8").get(Index.to(1)), o.withNorm(FftNorm.ORTHO)),
                            expected(xp, name + "_n1", t), 1e-12, 1e-12);
                }
            }
        }
    }

    @XpTest
    void multiDimensional(ArrayNamespace xp) {
        for (String name : NAMES) {
            var f = nAxes(name);
            for (int t = 1; t <= 4; t++) {
                DctnOptions o = DctnOptions.defaults().withType(t);
                assertClose(f.apply(in(xp, "r234"), o), expected(xp, name + "n_r234", t), 1e-12, 1e-12);
                assertClose(f.apply(in(xp, "r234"), o.withNorm(FftNorm.ORTHO)), expected(xp, name + "n_r234_ortho", t),
                        1e-12, 1e-12);
                assertClose(f.apply(in(xp, "r234"), o.withS(3, 5).withAxes(2, 0)), expected(xp, name + "n_r234_s", t),
                        1e-12, 1e-12);
                assertClose(f.apply(in(xp, "c234"), o.withAxes(0, 1)), expected(xp, name + "n_c234", t), 1e-12,
                        1e-12);
            }
        }
        NdArray f32 = Dct.dctn(xp.astype(in(xp, "r234"), DType.FLOAT32), DctnOptions.defaults().withNorm("ortho"));
        assertClose(f32, in(xp, "dctn2_f234"));
    }

    @XpTest
    void noAxesReturnsTheInput(ArrayNamespace xp) {
        NdArray x = in(xp, "r34");
        assertSame(x, Dct.dctn(x, DctnOptions.defaults().withAxes()));
        assertSame(x, Dct.idstn(x, DctnOptions.defaults().withAxes()));
    }

    @XpTest
    void emptyBatch(ArrayNamespace xp) {
        NdArray y = Dct.dct(xp.zeros(0, 5), DctOptions.defaults().withType(3));
        assertArrayEquals(new int[] {0, 5}, y.shape());
        assertEquals(DType.FLOAT64, y.dtype());
    }

    @XpTest
    void workersDoNotChangeResults(ArrayNamespace xp) {
        NdArray x = in(xp, "r34");
        for (int w : new int[] {1, 2, -1}) {
            DctOptions o = DctOptions.defaults().withAxis(0).withWorkers(w);
            if (org.xpsci.xp.Xp.hostBuffer(x).isPresent()) {
                assertClose(Dct.dct(x, o), expected(xp, "dct_r34_axis0", 2), 1e-12, 1e-12);
            }
        }
    }

    @XpTest
    void inputIsNotModified(ArrayNamespace xp) {
        NdArray x = in(xp, "c234");
        Dct.dctn(x, DctnOptions.defaults().withType(1).withNorm(FftNorm.ORTHO));
        Dct.idst(x, DctOptions.defaults().withType(4).withN(9));
        assertClose(x, in(xp, "c234"), 0, 0);
    }
}
