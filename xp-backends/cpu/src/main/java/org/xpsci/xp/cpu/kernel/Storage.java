package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/** Allocation of host storage in each dtype's natural width. */
public final class Storage {

    /** The largest number of elements one cpu array can hold (a Java array's limit, halved for complex). */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 16;

    private Storage() {
    }

    /**
     * A zero-filled primitive array for {@code size} elements of {@code dtype}.
     *
     * @throws IllegalArgumentException when the size exceeds what one Java array can hold
     */
    public static Object allocate(DType dtype, long size) {
        long slots = dtype.isComplexFloating() ? 2 * size : size;
        if (size < 0 || slots > MAX_ELEMENTS) {
            throw new IllegalArgumentException("an array of " + size + " " + dtype + " elements is larger than the"
                    + " cpu backend can hold in one Java array (at most " + MAX_ELEMENTS + " slots)");
        }
        int n = (int) slots;
        return switch (dtype) {
            case BOOL, INT8, UINT8 -> new byte[n];
            case INT16, UINT16 -> new short[n];
            case INT32, UINT32 -> new int[n];
            case INT64, UINT64 -> new long[n];
            case FLOAT32, COMPLEX64 -> new float[n];
            case FLOAT64, COMPLEX128 -> new double[n];
        };
    }

    /** The number of elements of {@code dtype} a storage array holds. */
    public static int capacity(Object data, DType dtype) {
        int len = java.lang.reflect.Array.getLength(data);
        return dtype.isComplexFloating() ? len / 2 : len;
    }

    /** Whether {@code data} is the primitive array type that stores {@code dtype}. */
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
}
