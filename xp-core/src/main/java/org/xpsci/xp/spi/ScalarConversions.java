package org.xpsci.xp.spi;

import java.util.function.Supplier;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;

/**
 * The conversions of a one-element array to a Java scalar, NumPy's {@code __float__}, {@code __index__},
 * {@code __bool__} and {@code __complex__} (an array of one element of any rank converts), for backends that
 * can hand the element over in a {@link HostBuffer}. The element is asked for only once the checks pass, so a
 * device backend copies it to the host only for a conversion that succeeds.
 */
public final class ScalarConversions {

    private ScalarConversions() {
    }

    /**
     * {@code doubleValue()}: the element as a double (uint64 converted as unsigned).
     *
     * @throws IllegalArgumentException for a complex dtype (it would drop the imaginary part) or an array that
     *                                  does not hold exactly one element
     */
    public static double toDouble(DType dtype, int[] shape, Supplier<HostBuffer> element) {
        if (dtype.isComplexFloating()) {
            throw new IllegalArgumentException("doubleValue of a complex array would drop the imaginary part; use"
                    + " complexValue");
        }
        return toComplex(shape, element).re();
    }

    /**
     * {@code longValue()}: the element of an integer or bool array as a long (uint64 as its bit pattern).
     *
     * @throws IllegalArgumentException for a floating dtype or an array that does not hold exactly one element
     */
    public static long toLong(DType dtype, int[] shape, Supplier<HostBuffer> element) {
        requireOne("longValue", shape);
        if (dtype.isFloating()) {
            throw new IllegalArgumentException("longValue (__index__) needs an integer or bool array; got " + dtype
                    + " (use doubleValue)");
        }
        long[] out = new long[1];
        HostReader.forEachLong(element.get(), (i, v) -> out[0] = v);
        return out[0];
    }

    /**
     * {@code booleanValue()}: whether the element is non-zero (NaN is true).
     *
     * @throws IllegalArgumentException for an array that does not hold exactly one element
     */
    public static boolean toBoolean(int[] shape, Supplier<HostBuffer> element) {
        Complex c = toComplex(shape, element);
        return c.re() != 0 || c.im() != 0;
    }

    /**
     * {@code complexValue()}: the element as a complex number (imaginary part 0 for real dtypes).
     *
     * @throws IllegalArgumentException for an array that does not hold exactly one element
     */
    public static Complex toComplex(int[] shape, Supplier<HostBuffer> element) {
        requireOne("conversion to a scalar", shape);
        Complex[] out = new Complex[1];
        HostReader.forEach(element.get(), (i, re, im) -> out[0] = new Complex(re, im));
        return out[0];
    }

    private static void requireOne(String what, int[] shape) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (size != 1) {
            throw new IllegalArgumentException(what + " needs an array of one element; got shape "
                    + Broadcast.format(shape));
        }
    }
}
