package org.xpsci.fft.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The DCT/DST family's entry: validates the arguments (SciPy's rules and messages), resolves the executed type,
 * lengths and normalisation, and dispatches to the JTransforms host fast path or to the portable path on the
 * namespace's fft extension. Integer and bool input is transformed as float64; float32 stays float32; complex
 * input transforms its real and imaginary parts.
 */
public final class R2r {

    private R2r() {
    }

    /** Arguments of one call: which transform, which direction, its name for messages. */
    public record Call(String function, boolean cosine, boolean forward) {
    }

    /** The one-axis transforms ({@code dct, idct, dst, idst}). */
    public static NdArray oneAxis(Call call, NdArray x, int type, Integer n, int axis, FftNorm norm,
            Boolean orthogonalize, Integer workers) {
        ArrayNamespace xp = Xp.namespace(x);
        R2rType t = R2rType.of(call.cosine(), type);
        NdArray in = Inputs.floating(xp, x);
        int threads = Workers.check(workers, in, call.function());
        return run(call, in, t, TransformAxes.one(n, axis, in.shape()), norm, orthogonalize, threads);
    }

    /** The n-dimensional transforms ({@code dctn, idctn, dstn, idstn}); no axes returns x itself, as SciPy. */
    public static NdArray nAxes(Call call, NdArray x, int type, int[] s, int[] axes, FftNorm norm,
            Boolean orthogonalize, Integer workers) {
        ArrayNamespace xp = Xp.namespace(x);
        R2rType t = R2rType.of(call.cosine(), type);
        NdArray in = Inputs.floating(xp, x);
        int threads = Workers.check(workers, in, call.function());
        TransformAxes ta = TransformAxes.resolve(s, axes, in.shape());
        if (ta.axes().length == 0) {
            return x;
        }
        return run(call, in, t, ta, norm, orthogonalize, threads);
    }

    private static NdArray run(Call call, NdArray x, R2rType type, TransformAxes ta, FftNorm norm,
            Boolean orthogonalize, int threads) {
        R2rType exec = call.forward() ? type : type.inverse();
        FftNorm mode = norm == null ? FftNorm.BACKWARD : norm;
        double[] scales = new double[ta.axes().length];
        for (int i = 0; i < scales.length; i++) {
            exec.checkLength(ta.lengths()[i], ta.axes()[i]);
            scales[i] = Scaling.factor(mode, exec.logicalLength(ta.lengths()[i]), call.forward());
        }
        R2rPlan plan = new R2rPlan(exec, ta, scales, orthogonalize == null ? mode == FftNorm.ORTHO : orthogonalize);
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(x).isPresent()) {
            return HostR2r.run(x, plan, threads);
        }
        ArrayNamespace xp = x.namespace();
        if (!xp.hasExtension("fft")) {
            throw new IllegalArgumentException("scipy.fft." + call.function() + " needs host memory (for its"
                    + " JTransforms path) or the fft extension (for its portable path); the " + xp.name()
                    + " namespace " + (Xp.hostBuffer(x).isPresent() ? "has no fft extension and fast paths are off"
                    : "has neither") + "; copy the array explicitly, e.g. Xp.backend(\"cpu\").fromDlpack(x,"
                    + " Device.CPU, true)");
        }
        return PortableR2r.run(x, plan);
    }
}
