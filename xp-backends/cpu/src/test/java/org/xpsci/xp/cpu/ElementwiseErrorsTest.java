package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * The errors of the elementwise functions: each names the function and the dtype (and says what is
 * accepted), whatever the size of the input, including an integer power found negative in a parallel loop.
 */
class ElementwiseErrorsTest {

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void bitwiseFunctionsRefuseFloatingPoint(ArrayNamespace xp) {
        NdArray f = xp.asarray(new double[] {1.5, 2});
        assertMessage(() -> xp.bitwiseAnd(f, f), "bitwise_and", "float64", "integer or boolean");
        assertMessage(() -> xp.bitwiseInvert(xp.astype(f, DType.FLOAT32)), "bitwise_invert", "float32");
        assertMessage(() -> xp.bitwiseLeftShift(xp.asarray(new boolean[] {true}), xp.asarray(new boolean[] {true})),
                "bitwise_left_shift", "bool");
        assertMessage(() -> xp.bitwiseAnd(xp.zeros(0), xp.zeros(0)), "bitwise_and", "float64");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void boolArithmeticIsRefusedWithAnAlternative(ArrayNamespace xp) {
        NdArray b = xp.asarray(new boolean[] {true, false});
        assertMessage(() -> xp.add(b, b), "add", "bool", "logical_or");
        assertMessage(() -> xp.subtract(b, b), "subtract", "bool", "logical_xor");
        assertMessage(() -> xp.multiply(b, b), "multiply", "bool", "logical_and");
        assertMessage(() -> xp.negative(b), "negative", "bool", "logical_not");
        assertMessage(() -> xp.pow(b, b), "pow", "bool");
        assertMessage(() -> xp.sign(b), "sign", "bool");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void integersToNegativePowersAreRefused(ArrayNamespace xp) {
        NdArray base = xp.asarray(new int[] {2, 3});
        assertMessage(() -> xp.pow(base, xp.asarray(new int[] {1, -1})), "pow", "int32",
                "Integers to negative integer powers are not allowed.");
        int n = 300_000;
        NdArray big = xp.astype(xp.ones(n), DType.INT64);
        NdArray exponents = xp.astype(xp.subtract(xp.zeros(n), xp.asarray(new double[] {1})), DType.INT64);
        assertMessage(() -> xp.pow(big, exponents), "pow", "int64",
                "Integers to negative integer powers are not allowed.");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void complexOrderingAndRealOnlyFunctionsAreRefused(ArrayNamespace xp) {
        NdArray z = xp.astype(xp.ones(3), DType.COMPLEX64);
        assertMessage(() -> xp.less(z, z), "less", "complex64", "real-valued numeric");
        assertMessage(() -> xp.floorDivide(z, z), "floor_divide", "complex64");
        assertMessage(() -> xp.atan2(z, xp.ones(3)), "atan2", "complex128", "float64");
        assertMessage(() -> xp.floor(z), "floor", "complex64");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void shapesThatDoNotBroadcastAreNamed(ArrayNamespace xp) {
        assertMessage(() -> xp.add(xp.ones(3), xp.ones(4)), "(3,)", "(4,)");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void arityIsChecked(ArrayNamespace xp) {
        assertMessage(() -> xp.unary(ElementwiseOp.ADD, xp.ones(2)), "add", "2 argument");
        assertMessage(() -> xp.binary(ElementwiseOp.EXP, xp.ones(2), xp.ones(2)), "exp", "1 argument");
    }

    private static void assertMessage(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message should contain '" + p + "': " + e.getMessage());
        }
    }
}
