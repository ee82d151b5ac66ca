package org.xpsci.xp.spi;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.IInfo;

/**
 * Java values, as {@code asarray} takes them (a Number, Boolean or Complex; primitive arrays of any nesting
 * depth; {@code Number[]}, {@code Complex[]} and {@code Object[]} of those, rectangular), converted to
 * C-contiguous host storage ({@link HostStorage}) of one dtype, with NumPy's conversions: a primitive array
 * converts as {@code astype} from its own dtype (one rounding), a boxed value as a Python scalar does (a float
 * truncates toward zero into an integer dtype; an integer goes through float64 into a floating dtype, and must
 * fit an integer dtype).
 *
 * @param data  the primitive storage, C-contiguous
 * @param dtype its dtype
 * @param shape the shape
 */
public record HostData(Object data, DType dtype, int[] shape) {

    /**
     * Converts {@code obj} to storage of {@code dtype}; null infers it: a primitive array's own dtype (double
     * float64, float float32, long int64, int int32, short int16, byte int8, boolean bool), and for boxed values
     * the widest of bool, int64, float64 and complex128 among them (float64 when there are none).
     *
     * @throws IllegalArgumentException for null, another type, ragged nesting, unsupported elements, a complex
     *                                  value with a non-complex dtype, or an integer outside an integer dtype
     */
    public static HostData of(Object obj, DType dtype) {
        if (obj == null) {
            throw new IllegalArgumentException("asarray needs an array, a scalar or a Java array; got null");
        }
        if (obj instanceof Number || obj instanceof Boolean || obj instanceof Complex) {
            DType d = dtype != null ? dtype : scalarDType(obj);
            Object data = HostStorage.allocate(d, 1);
            store(data, d, 0, obj);
            return new HostData(data, d, new int[0]);
        }
        if (!obj.getClass().isArray()) {
            throw new IllegalArgumentException("asarray accepts arrays, Number, Boolean, Complex and Java arrays; got "
                    + obj.getClass().getName());
        }
        int[] shape = shapeOf(obj);
        Class<?> leaf = obj.getClass();
        for (int i = 0; i < shape.length && leaf.isArray(); i++) {
            leaf = leaf.getComponentType();
        }
        if (leaf.isPrimitive()) {
            DType d = dtype != null ? dtype : primitiveDType(leaf);
            Object data = HostStorage.allocate(d, Axes.size(shape));
            storeRows(obj, 0, shape, data, d, new int[1]);
            return new HostData(data, d, shape);
        }
        List<Object> leaves = new ArrayList<>();
        flatten(obj, 0, shape, leaves);
        DType inferred = inferLeaves(leaves);
        DType d = dtype != null ? dtype : inferred;
        Object data = HostStorage.allocate(d, leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            store(data, d, i, leaves.get(i));
        }
        return new HostData(data, d, shape);
    }

    /**
     * The dtype of a Java scalar as NumPy gives a Python scalar: bool, int64, float64 or complex128.
     *
     * @throws IllegalArgumentException for anything but a Number, Boolean or Complex
     */
    public static DType scalarDType(Object v) {
        if (v instanceof Boolean) {
            return DType.BOOL;
        }
        if (v instanceof Complex) {
            return DType.COMPLEX128;
        }
        if (v instanceof Double || v instanceof Float) {
            return DType.FLOAT64;
        }
        if (v instanceof Number) {
            return DType.INT64;
        }
        throw new IllegalArgumentException("a fill value must be a Number, Boolean or Complex; got "
                + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    /**
     * Stores one boxed value as element {@code i} of storage of dtype {@code d}, converted as NumPy converts a
     * Python scalar.
     *
     * @throws IllegalArgumentException for a complex value and a non-complex dtype, an integer outside an integer
     *                                  dtype's range, or a value that is not a Number, Boolean or Complex
     */
    public static void store(Object data, DType d, int i, Object v) {
        if (v instanceof Complex c) {
            if (!d.isComplexFloating()) {
                throw new IllegalArgumentException("complex values need a complex dtype; got " + d);
            }
            storeComplex(data, d, i, c.re(), c.im());
        } else if (v instanceof Boolean b) {
            storeLong(data, d, i, b ? 1 : 0);
        } else if (v instanceof Double || v instanceof Float) {
            storeDouble(data, d, i, ((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            checkIntegerFits(n, d);
            if (d.isFloating()) {
                storeDouble(data, d, i, n.longValue()); // through float64, as NumPy converts a Python int
            } else {
                storeLong(data, d, i, n.longValue());
            }
        } else {
            throw new IllegalArgumentException("a value must be a Number, Boolean or Complex; got "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }
    }

    /** Converts a double to uint64 as NumPy does (values at or above 2^63 keep their magnitude; negatives wrap). */
    public static long doubleToUnsigned(double v) {
        if (v >= 9.223372036854775807E18) {
            return (long) (v - 9.223372036854775807E18) ^ Long.MIN_VALUE;
        }
        return (long) v;
    }

    private static void storeLong(Object data, DType d, int i, long v) {
        switch (d) {
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) v;
            case INT16, UINT16 -> ((short[]) data)[i] = (short) v;
            case INT32, UINT32 -> ((int[]) data)[i] = (int) v;
            case INT64, UINT64 -> ((long[]) data)[i] = v;
            case FLOAT32 -> ((float[]) data)[i] = v;
            case FLOAT64 -> ((double[]) data)[i] = v;
            case COMPLEX64 -> {
                ((float[]) data)[2 * i] = v; // one rounding, as int64 to complex64
                ((float[]) data)[2 * i + 1] = 0;
            }
            case COMPLEX128 -> storeComplex(data, d, i, v, 0);
        }
    }

    private static void storeDouble(Object data, DType d, int i, double v) {
        switch (d) {
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case FLOAT32 -> ((float[]) data)[i] = (float) v;
            case FLOAT64 -> ((double[]) data)[i] = v;
            case COMPLEX64, COMPLEX128 -> storeComplex(data, d, i, v, 0);
            case UINT64 -> ((long[]) data)[i] = doubleToUnsigned(v);
            default -> storeLong(data, d, i, (long) v);
        }
    }

    private static void storeComplex(Object data, DType d, int i, double re, double im) {
        if (d == DType.COMPLEX64) {
            ((float[]) data)[2 * i] = (float) re;
            ((float[]) data)[2 * i + 1] = (float) im;
        } else {
            ((double[]) data)[2 * i] = re;
            ((double[]) data)[2 * i + 1] = im;
        }
    }

    /** The lengths of the first row at each depth (checked to be rectangular later). */
    private static int[] shapeOf(Object obj) {
        List<Integer> dims = new ArrayList<>();
        Object cur = obj;
        while (cur != null && cur.getClass().isArray()) {
            int len = Array.getLength(cur);
            dims.add(len);
            if (len == 0 || !cur.getClass().getComponentType().isArray() && !(Array.get(cur, 0) != null
                    && Array.get(cur, 0).getClass().isArray())) {
                break;
            }
            cur = Array.get(cur, 0);
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The dtype of a Java primitive element type. */
    private static DType primitiveDType(Class<?> c) {
        if (c == double.class) {
            return DType.FLOAT64;
        }
        if (c == float.class) {
            return DType.FLOAT32;
        }
        if (c == long.class) {
            return DType.INT64;
        }
        if (c == int.class) {
            return DType.INT32;
        }
        if (c == short.class) {
            return DType.INT16;
        }
        if (c == byte.class) {
            return DType.INT8;
        }
        if (c == boolean.class) {
            return DType.BOOL;
        }
        throw new IllegalArgumentException("asarray accepts double, float, long, int, short, byte and boolean arrays;"
                + " got " + c.getName() + " elements");
    }

    /** Copies the primitive rows of a rectangular nested array into data, converting as astype does. */
    private static void storeRows(Object a, int depth, int[] shape, Object data, DType d, int[] at) {
        int len = Array.getLength(a);
        if (len != shape[depth]) {
            throw ragged(depth, len, shape[depth]);
        }
        if (depth == shape.length - 1) {
            storeRow(a, len, data, d, at[0]);
            at[0] += len;
            return;
        }
        for (int i = 0; i < len; i++) {
            Object v = Array.get(a, i);
            if (v == null || !v.getClass().isArray()) {
                throw new IllegalArgumentException("asarray needs a rectangular nested array; found "
                        + (v == null ? "null" : "a scalar") + " at depth " + (depth + 1));
            }
            storeRows(v, depth + 1, shape, data, d, at);
        }
    }

    private static void storeRow(Object row, int n, Object data, DType d, int off) {
        if (row instanceof double[] r) {
            for (int i = 0; i < n; i++) {
                storeDouble(data, d, off + i, r[i]);
            }
        } else if (row instanceof float[] r) {
            for (int i = 0; i < n; i++) {
                if (d == DType.FLOAT32) {
                    ((float[]) data)[off + i] = r[i];
                } else {
                    storeDouble(data, d, off + i, r[i]);
                }
            }
        } else if (row instanceof boolean[] r) {
            for (int i = 0; i < n; i++) {
                storeLong(data, d, off + i, r[i] ? 1 : 0);
            }
        } else {
            for (int i = 0; i < n; i++) {
                storeLong(data, d, off + i, Array.getLong(row, i));
            }
        }
    }

    private static IllegalArgumentException ragged(int depth, int len, int expected) {
        return new IllegalArgumentException("asarray needs a rectangular (non-ragged) nested array; a row at depth "
                + depth + " has length " + len + ", expected " + expected);
    }

    private static void flatten(Object a, int depth, int[] shape, List<Object> out) {
        int len = Array.getLength(a);
        if (len != shape[depth]) {
            throw ragged(depth, len, shape[depth]);
        }
        for (int i = 0; i < len; i++) {
            Object v = Array.get(a, i);
            if (depth + 1 < shape.length) {
                if (v == null || !v.getClass().isArray()) {
                    throw new IllegalArgumentException("asarray needs a rectangular nested array; found a scalar at"
                            + " depth " + (depth + 1));
                }
                flatten(v, depth + 1, shape, out);
            } else {
                if (v != null && v.getClass().isArray()) {
                    throw new IllegalArgumentException("asarray needs a rectangular nested array; found an array at"
                            + " depth " + (depth + 1));
                }
                out.add(v);
            }
        }
    }

    /** The widest of bool, int64, float64 and complex128 among boxed leaves (float64 for none). */
    private static DType inferLeaves(List<Object> leaves) {
        boolean anyFloat = false;
        boolean anyComplex = false;
        boolean allBool = !leaves.isEmpty();
        for (Object v : leaves) {
            if (!(v instanceof Number || v instanceof Boolean || v instanceof Complex)) {
                throw new IllegalArgumentException("asarray accepts numbers, booleans and Complex values; got "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
            anyComplex |= v instanceof Complex;
            anyFloat |= v instanceof Double || v instanceof Float;
            allBool &= v instanceof Boolean;
        }
        if (anyComplex) {
            return DType.COMPLEX128;
        }
        if (anyFloat) {
            return DType.FLOAT64;
        }
        if (allBool) {
            return DType.BOOL;
        }
        return leaves.isEmpty() ? DType.FLOAT64 : DType.INT64;
    }

    /**
     * NumPy 2's rule for Python integers: one that does not fit an integer dtype is an error, not a wrap
     * ({@code full((2,), 300, dtype=int8)} raises); one beyond int64 is an error for any dtype.
     */
    private static void checkIntegerFits(Number v, DType d) {
        boolean integer = v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
        if (!integer || !d.isIntegral() && !(v instanceof BigInteger)) {
            return;
        }
        BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(v.longValue());
        IInfo info = IInfo.of(d.isIntegral() ? d : DType.INT64);
        if (b.compareTo(info.min()) < 0 || b.compareTo(info.max()) > 0) {
            throw new IllegalArgumentException("integer " + b + " is out of bounds for " + info.dtype() + " (accepted: "
                    + info.min() + " to " + info.max() + ")");
        }
    }
}
