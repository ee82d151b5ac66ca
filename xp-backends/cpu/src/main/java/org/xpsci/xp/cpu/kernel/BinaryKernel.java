package org.xpsci.xp.cpu.kernel;

/**
 * One elementwise function of two arguments, written once per compute {@link Kind}; both inputs arrive in the
 * same kind (promotion and casting happen before). Blocks are unit-stride: {@code a[ao+i]}, {@code b[bo+i]},
 * {@code o[oo+i]}; complex blocks are interleaved. Subclasses override the kinds their function is defined
 * for; {@link #defines} reports which those are, so the caller can refuse a dtype before any work is done.
 */
public abstract class BinaryKernel {

    private final String name;
    private volatile KindSet defined;

    /** Creates the kernel for the function of the given standard name. */
    protected BinaryKernel(String name) {
        this.name = name;
    }

    /** The standard name of the function. */
    public String name() {
        return name;
    }

    /** float64. */
    public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
        throw undefined("real floating-point");
    }

    /** float32; by default computed in double and rounded (exact for + - * / by double rounding). */
    public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
        Scratch s = Scratch.get();
        double[] x = s.d1;
        double[] y = s.d2;
        for (int i = 0; i < n; i++) {
            x[i] = a[ao + i];
            y[i] = b[bo + i];
        }
        doubles(x, 0, y, 0, x, 0, n);
        for (int i = 0; i < n; i++) {
            o[oo + i] = (float) x[i];
        }
    }

    /** Signed integers widened to long. */
    public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
        throw undefined("integer");
    }

    /** Unsigned integers zero-extended to long; by default as {@link #longs}. */
    public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
        longs(a, ao, b, bo, o, oo, n);
    }

    /** bool. */
    public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
        throw undefined("bool");
    }

    /** complex (interleaved). */
    public void complexes(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
        throw undefined("complex floating-point");
    }

    /** float64 comparisons. */
    public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
        throw undefined("real floating-point");
    }

    /** float32 comparisons; by default through {@link #doublesToBool}. */
    public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
        Scratch s = Scratch.get();
        double[] x = s.d1;
        double[] y = s.d2;
        for (int i = 0; i < n; i++) {
            x[i] = a[ao + i];
            y[i] = b[bo + i];
        }
        doublesToBool(x, 0, y, 0, o, oo, n);
    }

    /** Signed integer comparisons. */
    public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
        throw undefined("integer");
    }

    /** Unsigned integer comparisons; by default as {@link #longsToBool} (right for all but uint64). */
    public void ulongsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
        longsToBool(a, ao, b, bo, o, oo, n);
    }

    /** bool comparisons and logical functions. */
    public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
        bools(a, ao, b, bo, o, oo, n);
    }

    /** complex comparisons (equality). */
    public void complexToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
        throw undefined("complex floating-point");
    }

    /** Dispatches one block on the input kind and whether the output is bool. */
    public final void apply(Kind in, boolean boolOut, Object a, int ao, Object b, int bo, Object o, int oo, int n) {
        switch (in) {
            case DOUBLE -> {
                if (boolOut) doublesToBool((double[]) a, ao, (double[]) b, bo, (byte[]) o, oo, n);
                else doubles((double[]) a, ao, (double[]) b, bo, (double[]) o, oo, n);
            }
            case FLOAT -> {
                if (boolOut) floatsToBool((float[]) a, ao, (float[]) b, bo, (byte[]) o, oo, n);
                else floats((float[]) a, ao, (float[]) b, bo, (float[]) o, oo, n);
            }
            case LONG -> {
                if (boolOut) longsToBool((long[]) a, ao, (long[]) b, bo, (byte[]) o, oo, n);
                else longs((long[]) a, ao, (long[]) b, bo, (long[]) o, oo, n);
            }
            case ULONG -> {
                if (boolOut) ulongsToBool((long[]) a, ao, (long[]) b, bo, (byte[]) o, oo, n);
                else ulongs((long[]) a, ao, (long[]) b, bo, (long[]) o, oo, n);
            }
            case BOOL -> {
                if (boolOut) boolsToBool((byte[]) a, ao, (byte[]) b, bo, (byte[]) o, oo, n);
                else bools((byte[]) a, ao, (byte[]) b, bo, (byte[]) o, oo, n);
            }
            case COMPLEX -> {
                if (boolOut) complexToBool((double[]) a, ao, (double[]) b, bo, (byte[]) o, oo, n);
                else complexes((double[]) a, ao, (double[]) b, bo, (double[]) o, oo, n);
            }
        }
    }

    /**
     * Whether this kernel computes inputs of kind {@code in} (into bool when {@code boolOut}), i.e. whether the
     * subclass overrides the method {@link #apply} would call (or the one its default delegates to).
     */
    public final boolean defines(Kind in, boolean boolOut) {
        KindSet k = defined;
        if (k == null) {
            k = new KindSet(getClass(), BinaryKernel.class);
            defined = k;
        }
        return switch (in) {
            case DOUBLE -> k.has(boolOut ? "doublesToBool" : "doubles");
            case FLOAT -> boolOut ? k.has("floatsToBool") || k.has("doublesToBool") : k.has("floats") || k.has("doubles");
            case LONG -> k.has(boolOut ? "longsToBool" : "longs");
            case ULONG -> boolOut ? k.has("ulongsToBool") || k.has("longsToBool") : k.has("ulongs") || k.has("longs");
            case BOOL -> boolOut ? k.has("boolsToBool") || k.has("bools") : k.has("bools");
            case COMPLEX -> k.has(boolOut ? "complexToBool" : "complexes");
        };
    }

    /** The error for a kind the function is not defined for (callers check {@link #defines} first). */
    protected IllegalArgumentException undefined(String what) {
        return new IllegalArgumentException(name + " is not defined for " + what + " input on the cpu backend");
    }
}
