package org.xpsci.xp.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;
import static org.xpsci.xp.strict.PortabilityAssert.assertNonPortable;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * One deliberately non-portable snippet per rule of the strict backend: each fails on strict with the rule's
 * name at the start of the message and works on cpu, where the result is checked against NumPy's.
 */
class PortabilityRulesTest {

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void integerPlusFloatIsMixedKindPromotion(ArrayNamespace xp) {
        NdArray i = xp.asarray(new int[] {1, 2});
        NdArray f = xp.asarray(new double[] {0.5, 1.5});
        assertNonPortable(xp, StrictRule.MIXED_KIND_PROMOTION, () -> xp.add(i, f),
                r -> assertClose(r, xp.asarray(new double[] {1.5, 3.5})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void floatScalarWithIntegerArrayIsMixedKindPromotion(ArrayNamespace xp) {
        NdArray i = xp.asarray(new long[] {1, 2});
        assertNonPortable(xp, StrictRule.MIXED_KIND_PROMOTION, () -> i.multiply(0.5),
                r -> assertClose(r, xp.asarray(new double[] {0.5, 1.0})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void boolArithmeticIsMixedKindPromotion(ArrayNamespace xp) {
        NdArray b = xp.asarray(new boolean[] {true, false});
        NdArray i = xp.asarray(new long[] {10, 20});
        assertNonPortable(xp, StrictRule.MIXED_KIND_PROMOTION, () -> xp.add(b, i),
                r -> assertEqual(r, xp.asarray(new long[] {11, 20})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sinOfIntegersIsOutsideTheDtypeCategory(ArrayNamespace xp) {
        NdArray i = xp.asarray(new int[] {0, 1});
        assertNonPortable(xp, StrictRule.DTYPE_CATEGORY, () -> xp.sin(i),
                r -> assertClose(r, xp.asarray(new double[] {0.0, 0.8414709848078965})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sumOfBoolIsOutsideTheDtypeCategory(ArrayNamespace xp) {
        NdArray b = xp.asarray(new boolean[] {true, true, false});
        assertNonPortable(xp, StrictRule.DTYPE_CATEGORY, () -> xp.sum(b),
                r -> assertEquals(2, r.longValue()));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void indexingOneAxisOfAMatrixIsAPartialMultiAxisIndex(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertNonPortable(xp, StrictRule.MULTI_AXIS_INDEX, () -> x.get(Index.at(1)),
                r -> assertClose(r, xp.asarray(new double[] {4, 5, 6})));
        assertClose(x.get(Index.at(1), Index.ellipsis()), xp.asarray(new double[] {4, 5, 6}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void maskCombinedWithAnIntegerIsRejected(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[][] {{1, 2, 3}, {4, 5, 6}});
        NdArray rows = xp.asarray(new boolean[] {false, true});
        assertNonPortable(xp, StrictRule.MASK_WITH_OTHER_INDICES, () -> x.get(Index.mask(rows), Index.at(2)),
                r -> assertClose(r, xp.asarray(new double[] {6})));
        assertClose(x.get(Index.mask(rows)), xp.asarray(new double[][] {{4, 5, 6}}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void integerArrayIndexBeyondTakeIsRejected(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {10, 20, 30});
        NdArray idx = xp.asarray(new long[] {2, 0});
        assertNonPortable(xp, StrictRule.INTEGER_ARRAY_INDEX, () -> x.get(Index.positions(idx)),
                r -> assertClose(r, xp.asarray(new double[] {30, 10})));
        assertClose(xp.take(x, idx, 0), xp.asarray(new double[] {30, 10}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sliceBeyondTheAxisIsOutOfBounds(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {10, 20, 30});
        assertNonPortable(xp, StrictRule.OUT_OF_BOUNDS_SLICE, () -> x.get(Index.range(1, 10)),
                r -> assertClose(r, xp.asarray(new double[] {20, 30})));
        assertClose(x.get(Index.range(-3, 3)), x);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void writingAViewIsASetOnSharedMemory(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {1, 2, 3}, DType.FLOAT64, null, true);
        NdArray view = x.get(Index.range(0, 2));
        assertNonPortable(xp, StrictRule.SHARED_MEMORY_WRITE, () -> {
            view.set(9.0, Index.all());
            return x;
        }, r -> assertClose(r, xp.asarray(new double[] {9, 9, 3})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void writingAnArrayThatHasAViewIsASetOnSharedMemory(ArrayNamespace xp) {
        NdArray x = xp.zeros(2, 2);
        NdArray t = x.mT();
        assertNonPortable(xp, StrictRule.SHARED_MEMORY_WRITE, () -> {
            x.set(1.0, Index.at(0), Index.at(1));
            return t;
        }, r -> assertClose(r, xp.asarray(new double[][] {{0, 0}, {1, 0}})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void hostBufferAccessIsNotGranted(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {1, 2});
        assertEquals(!xp.name().equals("strict"), Xp.hostBuffer(x).isPresent(),
                "strict grants no host buffer (rule [" + StrictRule.HOST_BUFFER.label() + "]); cpu does");
        NdArray host = Xp.backend("cpu").fromDlpack(x);
        assertEquals(2.0, host.get(1L).doubleValue(), "an explicit DLPack transfer still reaches the memory");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void arraysOfTwoBackendsAreTheMixedBackendError(ArrayNamespace xp) {
        ArrayNamespace cpu = Xp.backend("cpu");
        NdArray x = xp.asarray(new double[] {1, 2});
        NdArray y = cpu.asarray(new double[] {3, 4});
        if (xp.name().equals("strict")) {
            MixedBackendException e = assertThrows(MixedBackendException.class, () -> xp.add(x, y));
            assertTrue(e.getMessage().contains("strict") && e.getMessage().contains("cpu"), e.getMessage());
            MixedBackendException back = assertThrows(MixedBackendException.class, () -> cpu.add(y, x));
            assertTrue(back.getMessage().contains("strict") && back.getMessage().contains("cpu"), back.getMessage());
        } else {
            assertClose(xp.add(x, y), xp.asarray(new double[] {4, 6}));
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void complexToRealCastIsRejected(ArrayNamespace xp) {
        NdArray z = xp.asarray(new Complex[] {new Complex(1.5, 2), new Complex(-1, 0)});
        assertNonPortable(xp, StrictRule.COMPLEX_TO_REAL_CAST, () -> xp.astype(z, DType.FLOAT64),
                r -> assertClose(r, xp.asarray(new double[] {1.5, -1})));
        assertClose(xp.real(z), xp.asarray(new double[] {1.5, -1}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void scalarConversionOfA1dArrayIsRejected(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {2.5});
        assertNonPortable(xp, StrictRule.SCALAR_CONVERSION, x::doubleValue, v -> assertEquals(2.5, v));
        assertEquals(2.5, x.get(0L).doubleValue());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void takeWith2dIndicesIsAnUnspecifiedRank(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {10, 20, 30});
        NdArray idx = xp.asarray(new long[][] {{0, 2}, {1, 1}});
        assertNonPortable(xp, StrictRule.UNSPECIFIED_RANK, () -> xp.take(x, idx, 0),
                r -> assertClose(r, xp.asarray(new double[][] {{10, 30}, {20, 20}})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void squeezeWithoutAxesMissesARequiredArgument(ArrayNamespace xp) {
        NdArray x = xp.reshape(xp.arange(3.0), 1, 3, 1);
        assertNonPortable(xp, StrictRule.REQUIRED_ARGUMENT, () -> xp.squeeze(x),
                r -> assertClose(r, xp.asarray(new double[] {0, 1, 2})));
        assertClose(xp.squeeze(x, 0, 2), xp.asarray(new double[] {0, 1, 2}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void clipBoundOfAnotherDtypeIsRejected(ArrayNamespace xp) {
        NdArray x = xp.asarray(new float[] {-1f, 0.5f, 3f});
        NdArray lo = xp.asarray(0.0);
        assertNonPortable(xp, StrictRule.MATCHING_DTYPES, () -> xp.clip(x, lo, null),
                r -> assertClose(r, xp.asarray(new float[] {0f, 0.5f, 3f})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void maxOfNothingIsAnEmptyReduction(ArrayNamespace xp) {
        NdArray x = xp.zeros(0);
        if (xp.name().equals("strict")) {
            assertNonPortable(xp, StrictRule.EMPTY_REDUCTION, () -> xp.max(x), r -> { });
        } else {
            // NumPy raises "zero-size array to reduction operation maximum which has no identity"
            assertThrows(IllegalArgumentException.class, () -> xp.max(x));
        }
    }
}
