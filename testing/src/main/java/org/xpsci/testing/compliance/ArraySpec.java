package org.xpsci.testing.compliance;

import java.util.Arrays;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * A generated array, independent of any backend: dtype, shape and the elements in C order. Properties build it
 * in the namespace under test; failure reports print it, so a shrunk counterexample reads as the array it is.
 *
 * @param dtype  the dtype
 * @param shape  the shape
 * @param values the elements: {@code boolean[]} for bool, {@code long[]} for integers, {@code double[]} for
 *               real floating-point, interleaved (re, im) {@code double[]} for complex
 */
public record ArraySpec(DType dtype, int[] shape, Object values) {

    /** The number of elements. */
    public int size() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** The rank. */
    public int ndim() {
        return shape.length;
    }

    /** Element {@code i} (C order) as a double: the real part for complex, 1/0 for bool. */
    public double real(int i) {
        if (values instanceof boolean[] b) {
            return b[i] ? 1 : 0;
        }
        if (values instanceof long[] l) {
            return dtype == DType.UINT64 ? org.xpsci.xp.HostReader.unsignedToDouble(l[i]) : l[i];
        }
        double[] d = (double[]) values;
        return dtype.isComplexFloating() ? d[2 * i] : d[i];
    }

    /** Element {@code i} of an integer or bool array as a long (uint64 as its bit pattern, bool as 1/0). */
    public long exact(int i) {
        if (values instanceof boolean[] b) {
            return b[i] ? 1 : 0;
        }
        return ((long[]) values)[i];
    }

    /** The imaginary part of element {@code i} (0 for real dtypes). */
    public double imag(int i) {
        return dtype.isComplexFloating() ? ((double[]) values)[2 * i + 1] : 0;
    }

    /**
     * Compares element {@code i} with element {@code j} of {@code other} as real numbers, exactly for integers
     * (uint64 unsigned) and with -0 equal to +0 for floating-point values (no NaN).
     */
    public int compare(int i, ArraySpec other, int j) {
        if (values instanceof long[] a && other.values instanceof long[] b) {
            return dtype == DType.UINT64 || other.dtype == DType.UINT64 ? Long.compareUnsigned(a[i], b[j])
                    : Long.compare(a[i], b[j]);
        }
        return Double.compare(real(i) + 0.0, other.real(j) + 0.0);
    }

    /**
     * A key under which equal elements meet: exact for integers, -0 equal to +0, every NaN its own key (tagged
     * with {@code tag}).
     */
    public String key(int i, int tag) {
        if (values instanceof long[] l) {
            return Long.toString(l[i]);
        }
        return valueKey(real(i), imag(i), tag);
    }

    /** The key of a value read from a result array ({@link #key(int, int)} for values given as parts). */
    public static String valueKey(double re, double im, int tag) {
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return "NaN#" + tag;
        }
        return (re + 0.0) + "," + (im + 0.0);
    }

    /** Builds the array in {@code xp} (possibly a view of a 1-d array, as reshape gives). */
    public NdArray build(ArrayNamespace xp) {
        NdArray flat = switch (dtype) {
            case BOOL -> xp.asarray(values, DType.BOOL);
            case FLOAT32, FLOAT64 -> xp.asarray(values, dtype);
            case COMPLEX64, COMPLEX128 -> xp.asarray(complexes(), dtype);
            default -> xp.asarray(values, dtype);
        };
        return xp.reshape(flat, shape);
    }

    /** Builds the array in {@code xp} as a fresh array that shares memory with nothing (safe to write). */
    public NdArray buildFresh(ArrayNamespace xp) {
        return xp.asarray(build(xp), null, null, true);
    }

    private Complex[] complexes() {
        double[] d = (double[]) values;
        Complex[] c = new Complex[d.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Complex(d[2 * i], d[2 * i + 1]);
        }
        return c;
    }

    @Override
    public String toString() {
        String v;
        if (values instanceof boolean[] b) {
            v = Arrays.toString(b);
        } else if (values instanceof long[] l) {
            v = Arrays.toString(l);
        } else if (dtype.isComplexFloating()) {
            double[] d = (double[]) values;
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < d.length / 2; i++) {
                s.append(i == 0 ? "" : ", ").append(d[2 * i]).append(d[2 * i + 1] < 0 || Double.isNaN(d[2 * i + 1]) ? "" : "+")
                        .append(d[2 * i + 1]).append('j');
            }
            v = s.append(']').toString();
        } else {
            v = Arrays.toString((double[]) values);
        }
        return dtype + " " + Broadcast.format(shape) + " " + v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArraySpec s && s.dtype == dtype && Arrays.equals(s.shape, shape)
                && Arrays.deepEquals(new Object[] {s.values}, new Object[] {values});
    }

    @Override
    public int hashCode() {
        return dtype.hashCode() * 31 + Arrays.hashCode(shape);
    }
}
