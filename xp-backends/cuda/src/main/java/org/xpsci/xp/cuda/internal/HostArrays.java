package org.xpsci.xp.cuda.internal;

import jcuda.Pointer;
import org.xpsci.xp.DType;

/**
 * JCuda pointers into host storage ({@link org.xpsci.xp.spi.HostStorage}: each dtype in its natural width),
 * for the explicit transfers between host and device.
 */
public final class HostArrays {

    private HostArrays() {
    }

    /** A JCuda pointer to element {@code elementOffset} of a primitive array. */
    public static Pointer pointer(Object data, DType dtype, long elementOffset) {
        Pointer p;
        if (data instanceof byte[] a) {
            p = Pointer.to(a);
        } else if (data instanceof short[] a) {
            p = Pointer.to(a);
        } else if (data instanceof int[] a) {
            p = Pointer.to(a);
        } else if (data instanceof long[] a) {
            p = Pointer.to(a);
        } else if (data instanceof float[] a) {
            p = Pointer.to(a);
        } else {
            p = Pointer.to((double[]) data);
        }
        return elementOffset == 0 ? p : p.withByteOffset(elementOffset * dtype.itemSize());
    }
}
