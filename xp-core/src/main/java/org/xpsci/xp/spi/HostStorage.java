package org.xpsci.xp.spi;

import java.lang.reflect.Array;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;

/**
 * Host storage of each dtype in its natural width, the layout {@link org.xpsci.xp.HostBuffer} describes:
 * bool, int8 and uint8 in {@code byte[]}, int16/uint16 in {@code short[]}, int32/uint32 in {@code int[]},
 * int64/uint64 in {@code long[]}, float32 in {@code float[]}, float64 in {@code double[]}, complex64 and
 * complex128 interleaved in {@code float[]} and {@code double[]}. Used by the backends that keep arrays on the
 * host and by those that copy host data in and out.
 */
public final class HostStorage {

    /** The most slots one storage array holds (a Java array's limit, with a margin); complex takes two. */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 16;

    private HostStorage() {
    }

    /**
     * A zero-filled primitive array for {@code size} elements of {@code dtype}.
     *
     * @throws IllegalArgumentException when the size is negative or exceeds what one Java array can hold
     */
    public static Object allocate(DType dtype, long size) {
        long slots = dtype.isComplexFloating() ? 2 * size : size;
        if (size < 0 || slots > MAX_ELEMENTS) {
            throw new IllegalArgumentException("an array of " + size + " " + dtype + " elements is larger than one"
                    + " Java array can hold (at most " + MAX_ELEMENTS + " slots)");
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

    /** The number of elements of {@code dtype} a storage array holds (a complex pair counts once). */
    public static int capacity(Object data, DType dtype) {
        int len = Array.getLength(data);
        return dtype.isComplexFloating() ? len / 2 : len;
    }

    /**
     * Checks that a host DLPack tensor can be read as it says: its data is the storage type of its dtype, and
     * every element its layout reaches lies inside the data.
     *
     * @throws IllegalArgumentException naming the storage type, or the elements reached and the capacity
     */
    public static void checkTensor(DlpackTensor t) {
        if (!matches(t.hostData(), t.dtype())) {
            throw new IllegalArgumentException("the DLPack tensor's host data (" + t.hostData().getClass().getSimpleName()
                    + ") is not the storage type of " + t.dtype());
        }
        if (Axes.size(t.shape()) == 0) {
            return;
        }
        long[] ext = new StridedLayout(t.shape(), t.strides(), t.offset()).extent();
        int cap = capacity(t.hostData(), t.dtype());
        if (ext[0] < 0 || ext[1] >= cap) {
            throw new IllegalArgumentException("the DLPack tensor's layout reaches elements " + ext[0] + ".." + ext[1]
                    + " outside its buffer of " + cap + " elements");
        }
    }
}
