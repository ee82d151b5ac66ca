package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.xpsci.signal.DetrendType;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@code scipy.signal.detrend}: the mean or the least-squares line of each piece between breakpoints removed
 * along an axis, into a new array; on the host in one pass per line, or portably with sums and broadcasting
 * (one step per piece).
 */
public final class TrendRemoval {

    private TrendRemoval() {
    }

    /**
     * detrend(data, axis, type, bp).
     *
     * @throws IllegalArgumentException for breakpoints outside [0, N], or an axis out of range
     */
    public static NdArray detrend(NdArray data, int axis, DetrendType type, int[] bp) {
        ArrayNamespace xp = Xp.namespace(data);
        int ax = Axes.normalize(axis, data.ndim());
        int n = data.shape()[ax];
        int[] cuts = type == DetrendType.LINEAR ? breakpoints(bp, n) : new int[] {0, n};
        NdArray x = data.dtype().isFloating() ? data : xp.astype(data, DType.FLOAT64);
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(x).isPresent()) {
            return host(xp, x, ax, type, cuts);
        }
        return portable(xp, x, ax, type, cuts);
    }

    /** The sorted unique piece boundaries {0, bp..., n}. */
    static int[] breakpoints(int[] bp, int n) {
        TreeSet<Integer> s = new TreeSet<>();
        s.add(0);
        s.add(n);
        for (int b : bp == null ? new int[0] : bp) {
            if (b > n) {
                throw new IllegalArgumentException("Breakpoints must be less than length of data along given axis;"
                        + " got bp=" + b + " for length " + n);
            }
            if (b < 0) {
                throw new IllegalArgumentException("Breakpoints must be non-negative; got bp=" + b);
            }
            s.add(b);
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static NdArray host(ArrayNamespace xp, NdArray x, int axis, DetrendType type, int[] cuts) {
        HostBuffer in = Xp.hostBuffer(x).orElseThrow();
        int[] shape = x.shape();
        int[] outer = CsdPlan.without(shape, axis);
        SegmentSource src = SegmentSource.of(in, axis, outer);
        boolean complex = x.dtype().isComplexFloating();
        int parts = complex ? 2 : 1;
        double[] out = new double[Math.toIntExact(x.size() * parts)];
        HostBuffer layout = new HostBuffer(out, x.dtype(), shape, DlpackTensor.contiguousStrides(shape), 0);
        SegmentSource dst = SegmentSource.of(layout, axis, outer);
        int n = shape[axis];
        HostPool.forEach(src.base().length, line -> {
            double[] v = new double[n * parts];
            read(src, line, v, parts);
            for (int k = 0; k + 1 < cuts.length; k++) {
                for (int c = 0; c < parts; c++) {
                    int off = cuts[k] * parts + c;
                    int len = cuts[k + 1] - cuts[k];
                    if (type == DetrendType.CONSTANT) {
                        HostDetrend.constant(v, off, len, parts);
                    } else {
                        HostDetrend.linear(v, off, len, parts);
                    }
                }
            }
            for (int i = 0, o = dst.base()[line]; i < n; i++, o += dst.stride()) {
                for (int c = 0; c < parts; c++) {
                    out[o * parts + c] = v[i * parts + c];
                }
            }
        });
        return HostResults.of(xp, out, x.dtype(), shape);
    }

    private static void read(SegmentSource s, int line, double[] v, int parts) {
        int n = s.length();
        for (int i = 0, j = s.base()[line]; i < n; i++, j += s.stride()) {
            for (int c = 0; c < parts; c++) {
                v[i * parts + c] = s.data() instanceof double[] d ? d[j * parts + c] : ((float[]) s.data())[j * parts + c];
            }
        }
    }

    private static NdArray portable(ArrayNamespace xp, NdArray x, int axis, DetrendType type, int[] cuts) {
        int[] axes = {axis};
        if (type == DetrendType.CONSTANT) {
            int n = x.shape()[axis];
            return x.subtract(xp.sum(x, axes, null, true).divide(n));
        }
        List<NdArray> pieces = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.length; k++) {
            int len = cuts[k + 1] - cuts[k];
            NdArray piece = x.get(along(x.ndim(), axis, Index.range(cuts[k], cuts[k + 1])));
            NdArray resid = piece.subtract(xp.sum(piece, axes, null, true).divide(len));
            if (len > 1) {
                double[] t = new double[len];
                for (int i = 0; i < len; i++) {
                    t[i] = i - (len - 1) / 2.0;
                }
                int[] tshape = new int[x.ndim()];
                java.util.Arrays.fill(tshape, 1);
                tshape[axis] = len;
                NdArray tc = xp.reshape(xp.asarray(t, x.dtype().toReal(), x.device(), null), tshape);
                NdArray slope = xp.sum(piece.multiply(tc), axes, null, true)
                        .divide(len * ((double) len * len - 1) / 12.0);
                resid = resid.subtract(slope.multiply(tc));
            }
            pieces.add(resid);
        }
        if (pieces.isEmpty()) {
            return xp.asarray(x, null, null, Boolean.TRUE);
        }
        return pieces.size() == 1 ? pieces.get(0) : xp.concat(pieces, axis);
    }

    private static Index[] along(int ndim, int axis, Index at) {
        Index[] idx = new Index[ndim];
        for (int i = 0; i < ndim; i++) {
            idx[i] = i == axis ? at : Index.all();
        }
        return idx;
    }
}
