package org.xpsci.xp.cpu.kernel;

/**
 * One elementwise function of one argument, written once per compute {@link Kind}. Every method processes
 * {@code n <=} {@link StridedLoop#BLOCK} elements of unit-stride blocks: input at {@code a[ao + i]}, output at
 * {@code o[oo + i]} (for complex blocks, element i occupies {@code [2*(ao+i)]} and {@code [2*(ao+i)+1]}). A
 * subclass overrides the kinds its function is defined for; {@link #defines} reports which those are, so the
 * caller can refuse a dtype before any work is done.
 */
public abstract class UnaryKernel {

    private final String name;
    private volatile KindSet defined;

    /** Creates the kernel for the function of the given standard name. */
    protected UnaryKernel(String name) {
        this.name = name;
    }

    /** The standard name of the function. */
    public String name() {
        return name;
    }

    /** float64 to float64. */
    public void doubles(double[] a, int ao, double[] o, int oo, int n) {
        throw undefined("real floating-point");
    }

    /** float32 to float32; by default computed in double and rounded. */
    public void floats(float[] a, int ao, float[] o, int oo, int n) {
        double[] t = Scratch.get().d1;
        for (int i = 0; i < n; i++) {
            t[i] = a[ao + i];
        }
        doubles(t, 0, t, 0, n);
        for (int i = 0; i < n; i++) {
            o[oo + i] = (float) t[i];
        }
    }

    /** Signed integers (widened to long) to the same. */
    public void longs(long[] a, int ao, long[] o, int oo, int n) {
        throw undefined("integer");
    }

    /** Unsigned integers (zero-extended to long) to the same; by default as {@link #longs}. */
    public void ulongs(long[] a, int ao, long[] o, int oo, int n) {
        longs(a, ao, o, oo, n);
    }

    /** bool to bool (also bool predicates such as isnan of bool). */
    public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
        throw undefined("bool");
    }

    /** complex to complex (interleaved). */
    public void complexes(double[] a, int ao, double[] o, int oo, int n) {
        throw undefined("complex floating-point");
    }

    /** complex to real (abs, real, imag). */
    public void complexToReal(double[] a, int ao, double[] o, int oo, int n) {
        throw undefined("complex floating-point");
    }

    /** float64 to bool (predicates). */
    public void doublesToBool(double[] a, int ao, byte[] o, int oo, int n) {
        throw undefined("real floating-point");
    }

    /** float32 to bool; by default through {@link #doublesToBool}. */
    public void floatsToBool(float[] a, int ao, byte[] o, int oo, int n) {
        double[] t = Scratch.get().d1;
        for (int i = 0; i < n; i++) {
            t[i] = a[ao + i];
        }
        doublesToBool(t, 0, o, oo, n);
    }

    /** integers (signed or unsigned) to bool. */
    public void longsToBool(long[] a, int ao, byte[] o, int oo, int n) {
        throw undefined("integer");
    }

    /** complex to bool. */
    public void complexToBool(double[] a, int ao, byte[] o, int oo, int n) {
        throw undefined("complex floating-point");
    }

    /** Dispatches one block on the input and output kinds. */
    public final void apply(Kind in, Kind out, Object a, int ao, Object o, int oo, int n) {
        switch (in) {
            case DOUBLE -> {
                if (out == Kind.BOOL) doublesToBool((double[]) a, ao, (byte[]) o, oo, n);
                else doubles((double[]) a, ao, (double[]) o, oo, n);
            }
            case FLOAT -> {
                if (out == Kind.BOOL) floatsToBool((float[]) a, ao, (byte[]) o, oo, n);
                else floats((float[]) a, ao, (float[]) o, oo, n);
            }
            case LONG -> {
                if (out == Kind.BOOL) longsToBool((long[]) a, ao, (byte[]) o, oo, n);
                else longs((long[]) a, ao, (long[]) o, oo, n);
            }
            case ULONG -> {
                if (out == Kind.BOOL) longsToBool((long[]) a, ao, (byte[]) o, oo, n);
                else ulongs((long[]) a, ao, (long[]) o, oo, n);
            }
            case BOOL -> bools((byte[]) a, ao, (byte[]) o, oo, n);
            case COMPLEX -> {
                if (out == Kind.BOOL) complexToBool((double[]) a, ao, (byte[]) o, oo, n);
                else if (out == Kind.DOUBLE) complexToReal((double[]) a, ao, (double[]) o, oo, n);
                else complexes((double[]) a, ao, (double[]) o, oo, n);
            }
        }
    }

    /**
     * Whether this kernel computes input of kind {@code in} into output of kind {@code out}, i.e. whether the
     * subclass overrides the method {@link #apply} would call (or the one its default delegates to).
     */
    public final boolean defines(Kind in, Kind out) {
        KindSet k = defined;
        if (k == null) {
            k = new KindSet(getClass(), UnaryKernel.class);
            defined = k;
        }
        boolean bool = out == Kind.BOOL;
        return switch (in) {
            case DOUBLE -> k.has(bool ? "doublesToBool" : "doubles");
            case FLOAT -> bool ? k.has("floatsToBool") || k.has("doublesToBool") : k.has("floats") || k.has("doubles");
            case LONG -> k.has(bool ? "longsToBool" : "longs");
            case ULONG -> bool ? k.has("longsToBool") : k.has("ulongs") || k.has("longs");
            case BOOL -> k.has("bools");
            case COMPLEX -> k.has(bool ? "complexToBool" : out == Kind.DOUBLE ? "complexToReal" : "complexes");
        };
    }

    /** The error for a kind the function is not defined for (callers check {@link #defines} first). */
    protected IllegalArgumentException undefined(String what) {
        return new IllegalArgumentException(name + " is not defined for " + what + " input on the cpu backend");
    }
}
