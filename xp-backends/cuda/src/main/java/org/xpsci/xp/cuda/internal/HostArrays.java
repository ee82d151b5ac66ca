package org.xpsci.xp.cuda.internal;

import jcuda.Pointer;
import org.xpsci.xp.DType;

/**
 * Host-side primitive storage in each dtype's natural width (the layout {@link org.xpsci.xp.HostBuffer}
 * describes), used for the explicit transfers between host and device.
 */
public final class HostArrays {

    private HostArrays() {
    }

    /** A zeroed primitive array holding n elements of dtype (complex interleaved). */
    public static Object allocate(DType dtype, long n) {
        int len = Math.toIntExact(dtype.isComplexFloating() ? 2 * n : n);
        return switch (dtype) {
            case BOOL, INT8, UINT8 -> new byte[len];
            case INT16, UINT16 -> new short[len];
            case INT32, UINT32 -> new int[len];
            case INT64, UINT64 -> new long[len];
            case FLOAT32, COMPLEX64 -> new float[len];
            case FLOAT64, COMPLEX128 -> new double[len];
        };
    }

    /** Whether {@code data} is the storage type of dtype. */
    public static boolean matches(Object data, DType dtype) {
        return switch (dtype) {
            case BOOL, INT8, UINT8 -> data instanceof byte[];
            case INT16, UINT16 -> data instanceof short[];
            case INT32, UINT32 -> data instanceof int[];
            case INT64, UINT64 -> data instanceof long[];
            case FLOAT32, COMPLEX64 -> data instanceof float[];
            case FLOAT64, COMPLEX128 -> data instanceof double[];
        };
    }

    /** Elements the storage holds (complex counted once per pair). */
    public static long capacity(Object data, DType dtype) {
        int len = java.lang.reflect.Array.getLength(data);
        return dtype.isComplexFloating() ? len / 2 : len;
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
