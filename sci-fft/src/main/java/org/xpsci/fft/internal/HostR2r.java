package org.xpsci.fft.internal;

import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The host fast path of the DCT/DST family: JTransforms over the array's host buffer, one axis after another,
 * writing into a new array of the namespace (never into the input). Complex input transforms its real and
 * imaginary parts separately, as SciPy does.
 */
final class HostR2r {

    private HostR2r() {
    }

    /** Runs the plan on {@code x} (a floating dtype, host memory). */
    static NdArray run(NdArray x, R2rPlan p, int workers) {
        TransformAxes ta = p.axes();
        NdArray out = x.namespace().zeros(ta.outputShape(x.shape()), x.dtype(), x.device());
        HostBuffer dst = Xp.hostBuffer(out).orElseThrow();
        HostBuffer src = Xp.hostBuffer(x).orElseThrow();
        for (int i = 0; i < ta.axes().length; i++) {
            int n = ta.lengths()[i];
            R2rType type = p.type();
            double scale = p.scales()[i];
            boolean ortho = p.orthogonalize();
            HostAxisPass.run(i == 0 ? src : dst, dst, ta.axes()[i], workers, () -> line(type, n, scale, ortho));
        }
        return out;
    }

    private static HostAxisPass.LineOp line(R2rType type, int n, double scale, boolean ortho) {
        R2rLine t = new R2rLine(type, n);
        return x -> {
            if (ortho) {
                x[0] *= type.preFirst();
                x[n - 1] *= type.preLast();
            }
            t.apply(x);
            if (scale != 1) {
                for (int k = 0; k < n; k++) {
                    x[k] *= scale;
                }
            }
            if (ortho) {
                x[0] *= type.postFirst();
                x[n - 1] *= type.postLast();
            }
        };
    }
}
