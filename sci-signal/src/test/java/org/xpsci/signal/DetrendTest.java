package org.xpsci.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** detrend against SciPy 1.17 (fixtures/signal/detrend.npz). */
class DetrendTest {

    private static Fixture f() {
        return Fixtures.load("signal/detrend.npz");
    }

    private static NdArray in(ArrayNamespace xp, String name) {
        return f().get(xp, "in:" + name);
    }

    private static void check(NdArray actual, String name) {
        Tolerances.assertSpectrum(actual, f(), "detrend:" + name, name);
    }

    @XpTest
    void linearAndConstantAlongAnyAxisWithBreakpoints(ArrayNamespace xp) {
        check(Detrend.detrend(in(xp, "a")), "linear");
        check(Detrend.detrend(in(xp, "a"), DetrendType.CONSTANT), "constant");
        check(Detrend.detrend(in(xp, "a"), -1, DetrendType.LINEAR, 100, 250), "bp");
        check(Detrend.detrend(in(xp, "a"), -1, DetrendType.LINEAR, 250, 40, 40, 300, 0), "bpunsorted");
        check(Detrend.detrend(in(xp, "a"), -1, DetrendType.LINEAR, 5, 6), "bpsingle");
        check(Detrend.detrend(in(xp, "m"), 0, DetrendType.LINEAR), "axis0");
        check(Detrend.detrend(in(xp, "m"), 0, DetrendType.parse("c")), "axis0constant");
        check(Detrend.detrend(in(xp, "c"), 1, DetrendType.LINEAR, 10, 21), "axis1bp");
    }

    @XpTest
    void dtypesFloat32ComplexAndIntegers(ArrayNamespace xp) {
        NdArray r = Detrend.detrend(in(xp, "a32"), -1, DetrendType.LINEAR, 150);
        assertEquals(DType.FLOAT32, r.dtype());
        check(r, "float32");
        check(Detrend.detrend(in(xp, "z")), "complex");
        check(Detrend.detrend(in(xp, "z"), DetrendType.CONSTANT), "complexconstant");
        NdArray i = Detrend.detrend(in(xp, "i"));
        assertEquals(DType.FLOAT64, i.dtype());
        check(i, "int");
    }

    @XpTest
    void emptyAxisGivesAnEmptyArrayAndTheInputIsUntouched(ArrayNamespace xp) {
        check(Detrend.detrend(in(xp, "e"), DetrendType.CONSTANT), "empty");
        // SciPy's linear detrend fails on an empty axis (a reshape of size 0); here it is empty too
        assertArrayEquals(new int[] {3, 0}, Detrend.detrend(in(xp, "e")).shape());
        NdArray a = in(xp, "a");
        Detrend.detrend(a, -1, DetrendType.LINEAR, 100);
        XpAssert.assertEqual(a, in(xp, "a"), AssertOptions.defaults().message("input modified"));
    }

    @XpTest
    void errorsNameTheArgument(ArrayNamespace xp) {
        NdArray a = in(xp, "a");
        WindowsTest.assertMessage("Breakpoints must be less than length of data along given axis",
                () -> Detrend.detrend(a, -1, DetrendType.LINEAR, 301));
        WindowsTest.assertMessage("Breakpoints must be non-negative",
                () -> Detrend.detrend(a, -1, DetrendType.LINEAR, -1));
        WindowsTest.assertMessage("Trend type must be 'linear' or 'constant'", () -> DetrendType.parse("quadratic"));
        WindowsTest.assertMessage("Trend type must be 'linear' or 'constant'",
                () -> Detrend.detrend(a, -1, null));
        assertThrows(AxisException.class, () -> Detrend.detrend(a, 1, DetrendType.LINEAR));
        assertThrows(AxisException.class, () -> Detrend.detrend(xp.asarray(1.0), -1, DetrendType.CONSTANT));
    }
}
