package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * {@code clip} (2024.12) against NumPy: array, scalar and missing bounds broadcast against x, NaN in x or in
 * a bound, the result in x's dtype, integer x with floating or other-integer bounds computed exactly.
 */
class ClipTest {

    private static final Fixture CLIP = Fixtures.load("elementwise/clip.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void floatingBoundsMatchNumPy(ArrayNamespace xp) {
        NdArray x = CLIP.get(xp, "x");
        NdArray lo = CLIP.get(xp, "lo");
        NdArray hi = CLIP.get(xp, "hi");
        NdArray x32 = CLIP.get(xp, "x32");
        assertAll("clip",
                () -> IeeeAssert.assertMatches(xp.clip(x, lo, hi), CLIP.get(xp, "both"), 0, "both"),
                () -> IeeeAssert.assertMatches(xp.clip(x, lo, null), CLIP.get(xp, "min_only"), 0, "min only"),
                () -> IeeeAssert.assertMatches(xp.clip(x, null, 0.25), CLIP.get(xp, "max_only"), 0, "max only"),
                () -> IeeeAssert.assertMatches(xp.clip(x, CLIP.get(xp, "lo_col"), null), CLIP.get(xp, "col_bound"), 0,
                        "column bound"),
                () -> IeeeAssert.assertMatches(xp.clip(x32, lo, hi), CLIP.get(xp, "clip32"), 0, "float32 x"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void integerXKeepsItsDtypeAndExactValues(ArrayNamespace xp) {
        NdArray xi = CLIP.get(xp, "xi");
        NdArray xu = CLIP.get(xp, "xu");
        assertAll("integer clip",
                () -> IeeeAssert.assertMatches(xp.clip(xi, 1.5, 7.9), CLIP.get(xp, "clip_int_float"), 0,
                        "int8 with float bounds"),
                () -> IeeeAssert.assertMatches(xp.clip(xi, CLIP.get(xp, "loi"), CLIP.get(xp, "hii")),
                        CLIP.get(xp, "clip_int_int"), 0, "int8 with int64 and int16 bounds"),
                () -> IeeeAssert.assertMatches(xp.clip(xu, CLIP.get(xp, "lou"), null), CLIP.get(xp, "clip_uint64"), 0,
                        "uint64 with int64 bound"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void noBoundsGivesACopy(ArrayNamespace xp) {
        NdArray x = CLIP.get(xp, "x");
        NdArray r = xp.clip(x, (NdArray) null, null);
        assertNotSame(x, r);
        assertEqual(r, x);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void refusesComplexAndShapeChangingBounds(ArrayNamespace xp) {
        NdArray x = CLIP.get(xp, "x");
        IllegalArgumentException complex = assertThrows(IllegalArgumentException.class,
                () -> xp.clip(xp.astype(x, DType.COMPLEX128), 0.0, 1.0));
        assertTrue(complex.getMessage().contains("clip") && complex.getMessage().contains("complex128"),
                complex.getMessage());
        IllegalArgumentException wider = assertThrows(IllegalArgumentException.class,
                () -> xp.clip(x, xp.zeros(2, 3, 4), null));
        assertTrue(wider.getMessage().contains("min") && wider.getMessage().contains("(2, 3, 4)"),
                wider.getMessage());
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> xp.clip(x, null, xp.zeros(5)));
        assertTrue(mismatch.getMessage().contains("(5,)"), mismatch.getMessage());
    }
}
