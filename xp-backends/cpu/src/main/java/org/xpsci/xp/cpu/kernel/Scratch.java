package org.xpsci.xp.cpu.kernel;

/**
 * Per-thread work arrays (double and float) for kernels that need temporaries within one block (float32 computed through
 * double, multi-pass vectorised loops). Kernels called through a default method use {@link #d1} (the
 * defaults of {@link UnaryKernel} and {@link BinaryKernel} convert float32 into it), so kernels that may be
 * called that way keep to the others. Each array holds a complex block ({@code 2 *} {@link StridedLoop#BLOCK}
 * doubles), so a kernel never allocates per block or per element. A kernel may use the arrays of
 * {@link #get()} only until it returns, and must not call another kernel in between.
 */
public final class Scratch {

    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    /** First double work array. */
    public final double[] d1 = new double[2 * StridedLoop.BLOCK];
    /** Second double work array. */
    public final double[] d2 = new double[2 * StridedLoop.BLOCK];
    /** Third double work array. */
    public final double[] d3 = new double[2 * StridedLoop.BLOCK];
    /** Fourth double work array. */
    public final double[] d4 = new double[2 * StridedLoop.BLOCK];
    /** First float work array. */
    public final float[] f1 = new float[2 * StridedLoop.BLOCK];
    /** Second float work array. */
    public final float[] f2 = new float[2 * StridedLoop.BLOCK];
    /** Third float work array. */
    public final float[] f3 = new float[2 * StridedLoop.BLOCK];

    private Scratch() {
    }

    /** This thread's work arrays. */
    public static Scratch get() {
        return LOCAL.get();
    }
}
