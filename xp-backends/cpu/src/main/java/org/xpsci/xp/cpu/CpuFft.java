package org.xpsci.xp.cpu;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cpu.fft.AxisPass;
import org.xpsci.xp.cpu.fft.ComplexLines;
import org.xpsci.xp.cpu.fft.LaneRealForward;
import org.xpsci.xp.cpu.fft.LineTransform;
import org.xpsci.xp.cpu.fft.RealForwardLines;
import org.xpsci.xp.cpu.fft.RealInverseLines;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.spi.FftArguments;

/**
 * The fft extension of the cpu backend, on JTransforms: each transform runs along one axis at a time, batched
 * over the others ({@link AxisPass}); real transforms of many short power-of-two lines go to xp-core's lane FFT
 * instead ({@link LaneRealForward}). float32 and complex64 give complex64 (computed in double precision and
 * rounded, except on the lane FFT, which computes float32 in float32 as NumPy 2 does); other dtypes give
 * complex128. Real-input transforms
 * reject complex input; complex-to-real ones give float32 for complex64 input.
 */
final class CpuFft implements FftExtension {

    private final CpuNamespace ns;

    CpuFft(CpuNamespace ns) {
        this.ns = ns;
    }

    // ---- complex-to-complex ----------------------------------------------------------------------------

    @Override
    public NdArray fft(NdArray x, Integer n, int axis, FftNorm norm) {
        return complex1d(x, n, axis, norm, true);
    }

    @Override
    public NdArray ifft(NdArray x, Integer n, int axis, FftNorm norm) {
        return complex1d(x, n, axis, norm, false);
    }

    @Override
    public NdArray fftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        return complexNd(x, s, axes, norm, true);
    }

    @Override
    public NdArray ifftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        return complexNd(x, s, axes, norm, false);
    }

    private CpuArray complex1d(NdArray xin, Integer n, int axis, FftNorm norm, boolean forward) {
        CpuArray x = ns.cpu(xin, "x");
        int ax = Axes.normalize(axis, x.ndim());
        int len = FftArguments.length(n, x.shapeRef()[ax], ax, "n");
        return pass(x, ax, new ComplexLines(len, forward, LineTransform.scale(norm, len, forward)),
                complexType(x.dtype()), false);
    }

    private CpuArray complexNd(NdArray xin, int[] s, int[] axes, FftNorm norm, boolean forward) {
        CpuArray x = ns.cpu(xin, "x");
        int[] ax = FftArguments.resolve(s, axes, x.ndim());
        return complexPasses(x, s, ax, ax.length, norm, forward, false);
    }

    /** c2c passes over {@code ax[0..count)}, last listed axis first (as NumPy orders them). */
    private CpuArray complexPasses(CpuArray x, int[] s, int[] ax, int count, FftNorm norm, boolean forward,
            boolean owned) {
        CpuArray cur = x;
        boolean own = owned;
        DType out = complexType(x.dtype());
        for (int i = count - 1; i >= 0; i--) {
            int len = FftArguments.length(FftArguments.entry(s, i), cur.shapeRef()[ax[i]], ax[i], "s[" + i + "]");
            cur = pass(cur, ax[i], new ComplexLines(len, forward, LineTransform.scale(norm, len, forward)), out, own);
            own = true;
        }
        return cur;
    }

    // ---- real input, Hermitian output ------------------------------------------------------------------

    @Override
    public NdArray rfft(NdArray x, Integer n, int axis, FftNorm norm) {
        return realForward(x, n, axis, norm, false, "rfft");
    }

    @Override
    public NdArray ihfft(NdArray x, Integer n, int axis, FftNorm norm) {
        return realForward(x, n, axis, norm == null ? FftNorm.FORWARD : norm.swapped(), true, "ihfft");
    }

    private CpuArray realForward(NdArray xin, Integer n, int axis, FftNorm norm, boolean conjugate, String name) {
        CpuArray x = realInput(xin, name);
        int ax = Axes.normalize(axis, x.ndim());
        int len = FftArguments.length(n, x.shapeRef()[ax], ax, "n");
        return pass(x, ax, new RealForwardLines(len, LineTransform.scale(norm, len, true), conjugate),
                complexType(x.dtype()), false);
    }

    @Override
    public NdArray rfftn(NdArray xin, int[] s, int[] axes, FftNorm norm) {
        CpuArray x = realInput(xin, "rfftn");
        int[] ax = nonEmpty(FftArguments.resolve(s, axes, x.ndim()));
        int last = ax.length - 1;
        int len = FftArguments.length(FftArguments.entry(s, last), x.shapeRef()[ax[last]], ax[last], "s[" + last + "]");
        CpuArray half = pass(x, ax[last], new RealForwardLines(len, LineTransform.scale(norm, len, true), false),
                complexType(x.dtype()), false);
        return complexPasses(half, s, ax, last, norm, true, true);
    }

    private CpuArray realInput(NdArray xin, String name) {
        CpuArray x = ns.cpu(xin, "x");
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("x must be a real sequence: " + name + " takes real input; got a "
                    + x.dtype() + " array (use fft for complex input)");
        }
        return x;
    }

    // ---- Hermitian input, real output ------------------------------------------------------------------

    @Override
    public NdArray irfft(NdArray x, Integer n, int axis, FftNorm norm) {
        return realInverse(x, n, axis, norm, false);
    }

    @Override
    public NdArray hfft(NdArray x, Integer n, int axis, FftNorm norm) {
        return realInverse(x, n, axis, norm == null ? FftNorm.FORWARD : norm.swapped(), true);
    }

    private CpuArray realInverse(NdArray xin, Integer n, int axis, FftNorm norm, boolean conjugate) {
        CpuArray x = ns.cpu(xin, "x");
        int ax = Axes.normalize(axis, x.ndim());
        int len = FftArguments.realOutputLength(n, x.shapeRef()[ax], ax, "n");
        return pass(x, ax, new RealInverseLines(len, LineTransform.scale(norm, len, false), conjugate),
                realType(x.dtype()), false);
    }

    @Override
    public NdArray irfftn(NdArray xin, int[] s, int[] axes, FftNorm norm) {
        CpuArray x = ns.cpu(xin, "x");
        int[] ax = nonEmpty(FftArguments.resolve(s, axes, x.ndim()));
        int last = ax.length - 1;
        CpuArray cur = complexPasses(x, s, ax, last, norm, false, false);
        int len = FftArguments.realOutputLength(FftArguments.entry(s, last), cur.shapeRef()[ax[last]], ax[last],
                "s[" + last + "]");
        return pass(cur, ax[last], new RealInverseLines(len, LineTransform.scale(norm, len, false), false),
                realType(x.dtype()), false);
    }

    private static int[] nonEmpty(int[] axes) {
        if (axes.length == 0) {
            throw new IllegalArgumentException("at least 1 axis must be transformed; got axes=[] (a real transform"
                    + " needs an axis to halve)");
        }
        return axes;
    }

    // ---- one pass ----------------------------------------------------------------------------------------

    /**
     * Runs {@code t} along {@code axis} of {@code src} into an array of {@code type}; in place when {@code src}
     * is an intermediate this call owns and the pass keeps its shape and dtype.
     */
    private CpuArray pass(CpuArray src, int axis, LineTransform t, DType type, boolean owned) {
        int[] shape = src.shape();
        shape[axis] = t.outLength();
        boolean inPlace = owned && src.dtype() == type && src.shapeRef()[axis] == t.outLength();
        CpuArray out = inPlace ? src : CpuArray.allocate(ns, type, shape);
        boolean batched = t instanceof RealForwardLines r
                && LaneRealForward.run(src.buffer(), out.buffer(), axis, r.n(), r.scale(), r.conjugate());
        if (!batched) {
            AxisPass.run(src.buffer(), out.buffer(), axis, t);
        }
        return out;
    }

    private static DType complexType(DType in) {
        return in == DType.FLOAT32 || in == DType.COMPLEX64 ? DType.COMPLEX64 : DType.COMPLEX128;
    }

    private static DType realType(DType in) {
        return in == DType.FLOAT32 || in == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    @Override
    public NdArray fftfreq(int n, double d, DType dtype, Device device) {
        double val = FftArguments.frequencyStep(n, d);
        double[] v = new double[n];
        int positive = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            v[i] = (i < positive ? i : i - n) * val;
        }
        return frequencies(v, dtype, device);
    }

    @Override
    public NdArray rfftfreq(int n, double d, DType dtype, Device device) {
        double val = FftArguments.frequencyStep(n, d);
        double[] v = new double[n / 2 + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * val;
        }
        return frequencies(v, dtype, device);
    }


    private CpuArray frequencies(double[] v, DType dtype, Device device) {
        ns.checkDevice(device);
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        if (!type.isRealFloating()) {
            throw new IllegalArgumentException("dtype must be a real floating-point dtype (float32 or float64); got "
                    + type);
        }
        CpuArray out = CpuArray.allocate(ns, type, new int[] {v.length});
        Loader.fromDouble(v, v.length, out.data(), type, 0, 1);
        return out;
    }

    @Override
    public NdArray fftshift(NdArray x, int... axes) {
        return shift(ns.cpu(x, "x"), axes, 1);
    }

    @Override
    public NdArray ifftshift(NdArray x, int... axes) {
        return shift(ns.cpu(x, "x"), axes, -1);
    }

    /** Rolls each axis by {@code sign * (n/2)}; null or no axes means every axis. */
    private CpuArray shift(CpuArray x, int[] axes, int sign) {
        int[] ax = axes == null || axes.length == 0 ? Axes.normalize(null, x.ndim()) : axes.clone();
        int[] shifts = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            ax[i] = Axes.normalize(ax[i], x.ndim());
            shifts[i] = sign * (x.shapeRef()[ax[i]] / 2);
        }
        return ns.manipulation().roll(x, shifts, ax);
    }
}
