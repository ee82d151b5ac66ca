package org.xpsci.stats.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Samples laid out for a statistic along one axis, as SciPy's {@code _axis_nan_policy} decorator lays them out:
 * promoted to one floating dtype, at least 1-d, raveled for {@code axis=None}, otherwise broadcast against each
 * other in every dimension but the axis (or in every dimension for paired samples), with the axis moved last.
 * Each sample then has shape {@code outShape + (n_i,)}.
 */
public final class SampleSet {

    private final ArrayNamespace xp;
    private final List<NdArray> samples;
    private final DType dtype;
    private final int[] outShape;
    private final int[] keepShape;
    private final boolean oneDimensional;

    private SampleSet(ArrayNamespace xp, List<NdArray> samples, DType dtype, int[] outShape, int[] keepShape,
            boolean oneDimensional) {
        this.xp = xp;
        this.samples = samples;
        this.dtype = dtype;
        this.outShape = outShape;
        this.keepShape = keepShape;
        this.oneDimensional = oneDimensional;
    }

    /**
     * Lays out the samples.
     *
     * @param function the SciPy name of the calling function (for messages)
     * @param names    the parameter names of the samples (for messages)
     * @param inputs   the samples
     * @param axis     the axis, or null to ravel
     * @param paired   whether the samples are paired (broadcast along the axis too)
     * @throws IllegalArgumentException for a null or complex sample, an axis out of range or shapes that do not
     *                                  broadcast
     */
    public static SampleSet of(String function, String[] names, NdArray[] inputs, Integer axis, boolean paired) {
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null) {
                throw new IllegalArgumentException(function + ": " + names[i] + " must be an array; got null");
            }
            if (inputs[i].dtype().isComplexFloating()) {
                throw new IllegalArgumentException(function + " does not support complex data; " + names[i]
                        + " is " + inputs[i].dtype());
            }
        }
        ArrayNamespace xp = Xp.namespace(inputs);
        NdArray[] promoted = Xp.promote(xp, true, inputs);
        DType dtype = promoted[0].dtype();
        int ndim = 1;
        for (NdArray a : promoted) {
            ndim = Math.max(ndim, a.ndim());
        }
        List<NdArray> out = new ArrayList<>();
        if (axis == null) {
            for (NdArray a : promoted) {
                out.add(xp.reshape(a, -1));
            }
            int[] keep = new int[ndim];
            Arrays.fill(keep, 1);
            return new SampleSet(xp, out, dtype, new int[0], keep, true);
        }
        if (axis < -ndim || axis >= ndim) {
            throw new AxisException(function + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        int ax = axis < 0 ? axis + ndim : axis;
        int[][] padded = new int[promoted.length][];
        for (int i = 0; i < promoted.length; i++) {
            padded[i] = pad(promoted[i].shape(), ndim);
        }
        int[] outShape = broadcastWithout(function, padded, paired ? -1 : ax);
        if (paired) {
            outShape = remove(outShape, ax);
        }
        int pairedLength = paired ? broadcastAxisLength(function, padded, ax) : -1;
        boolean oneDim = true;
        for (int i = 0; i < promoted.length; i++) {
            int len = paired ? pairedLength : padded[i][ax];
            NdArray a = xp.reshape(promoted[i], padded[i]);
            a = xp.broadcastTo(a, insert(outShape, ax, len));
            out.add(ndim == 1 ? a : xp.moveaxis(a, ax, -1));
            oneDim &= promoted[i].ndim() <= 1;
        }
        return new SampleSet(xp, out, dtype, outShape, insert(outShape, ax, 1), oneDim);
    }

    private static int[] pad(int[] shape, int ndim) {
        int[] p = new int[ndim];
        Arrays.fill(p, 1);
        System.arraycopy(shape, 0, p, ndim - shape.length, shape.length);
        return p;
    }

    private static int[] broadcastWithout(String function, int[][] shapes, int ax) {
        int[][] rest = new int[shapes.length][];
        for (int i = 0; i < shapes.length; i++) {
            rest[i] = ax < 0 ? shapes[i] : remove(shapes[i], ax);
        }
        try {
            return Broadcast.shapes(rest);
        } catch (IllegalArgumentException e) {
            StringBuilder s = new StringBuilder();
            for (int[] sh : shapes) {
                s.append(s.length() == 0 ? "" : ", ").append(Broadcast.format(sh));
            }
            throw new IllegalArgumentException(function + ": Array shapes are incompatible for broadcasting: " + s
                    + (ax < 0 ? "" : " (axis " + ax + " excluded)"), e);
        }
    }

    private static int broadcastAxisLength(String function, int[][] shapes, int ax) {
        int[][] along = new int[shapes.length][];
        for (int i = 0; i < shapes.length; i++) {
            along[i] = new int[] {shapes[i][ax]};
        }
        return broadcastWithout(function, along, -1)[0];
    }

    static int[] remove(int[] shape, int ax) {
        int[] r = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != ax) {
                r[j++] = shape[i];
            }
        }
        return r;
    }

    static int[] insert(int[] shape, int ax, int len) {
        int[] r = new int[shape.length + 1];
        for (int i = 0, j = 0; i < r.length; i++) {
            r[i] = i == ax ? len : shape[j++];
        }
        return r;
    }

    /** The namespace of the samples. */
    public ArrayNamespace xp() {
        return xp;
    }

    /** Sample i, of shape {@code outShape + (n_i,)}. */
    public NdArray sample(int i) {
        return samples.get(i);
    }

    /** The number of samples. */
    public int count() {
        return samples.size();
    }

    /** The number of observations of sample i along the axis. */
    public int length(int i) {
        NdArray s = samples.get(i);
        return s.shape(s.ndim() - 1);
    }

    /** The common floating dtype. */
    public DType dtype() {
        return dtype;
    }

    /** The shape of the results (the broadcast shape without the axis). */
    public int[] outShape() {
        return outShape.clone();
    }

    /** The number of result elements. */
    public long outSize() {
        long s = 1;
        for (int d : outShape) {
            s *= d;
        }
        return s;
    }

    /** The shape of the results with keepdims. */
    public int[] keepShape() {
        return keepShape.clone();
    }

    /** Whether every sample was 1-d (SciPy's 1-d path, with its own warning messages). */
    public boolean oneDimensional() {
        return oneDimensional;
    }
}
