package org.xpsci.xp.cuda;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cuda.internal.CufftLibrary;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.FftPlan;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.FftArguments;

/**
 * The fft extension of the cuda backend: the standard's 14 functions. One-dimensional transforms run over
 * contiguous rows (the transformed axis moved last, cropped or zero-padded, cast, in one copy): through cuFFT
 * when {@code libcufft.so.10} loads, else on the backend's kernels: Stockham passes for lengths whose prime
 * factors are at most 13, Bluestein's algorithm for the others, real transforms by the half-length complex
 * trick for even lengths. Plans and their device tables (roots of unity, chirps, Bluestein kernels, computed
 * in double precision on the host) are cached per device and length.
 */
final class CudaFft implements FftExtension {

    private final CudaNamespace ns;
    private final Map<String, CudaArray> tables = new ConcurrentHashMap<>();

    CudaFft(CudaNamespace ns) {
        this.ns = ns;
    }

    // ---- complex transforms ------------------------------------------------------------------------------

    @Override
    public NdArray fft(NdArray x, Integer n, int axis, FftNorm norm) {
        return c2c(ns.cuda(x, "x"), n, axis, norm, false);
    }

    @Override
    public NdArray ifft(NdArray x, Integer n, int axis, FftNorm norm) {
        return c2c(ns.cuda(x, "x"), n, axis, norm, true);
    }

    @Override
    public NdArray fftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        return cnd(ns.cuda(x, "x"), s, axes, norm, false);
    }

    @Override
    public NdArray ifftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        return cnd(ns.cuda(x, "x"), s, axes, norm, true);
    }

    private CudaArray cnd(CudaArray x, int[] s, int[] axes, FftNorm norm, boolean inverse) {
        int[] ax = FftArguments.resolve(s, axes, x.ndim());
        CudaArray cur = x;
        for (int i = ax.length - 1; i >= 0; i--) {
            CudaArray next = c2c(cur, lengthOf(s, i, cur, ax[i]), ax[i], norm, inverse);
            if (cur != x) {
                cur.close();
            }
            cur = next;
        }
        return cur == x ? c2c(x, null, -1, norm, inverse, true) : cur;
    }

    private CudaArray c2c(CudaArray x, Integer n, int axis, FftNorm norm, boolean inverse) {
        return c2c(x, n, axis, norm, inverse, false);
    }

    /** One complex transform along axis; {@code identity} copies x as complex without transforming. */
    private CudaArray c2c(CudaArray x, Integer n, int axis, FftNorm norm, boolean inverse, boolean identity) {
        DType c = complexOf(x.dtype());
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("fft needs an array of at least one dimension; got a 0-d array");
        }
        if (identity) {
            return ns.dataTypes().copy(x, c);
        }
        int ax = Axes.normalize(axis, x.ndim());
        int len = FftArguments.length(n, x.shapeRef()[ax], ax, "n");
        Rows r = rows(x, ax, len, c);
        CudaArray y = r.data.size() == 0 ? r.data : complexRows(r.data, len, inverse);
        if (y != r.data) {
            r.data.close();
        }
        return finish(scale(y, factor(norm, inverse, len)), r.lead, len, ax);
    }

    // ---- real transforms ---------------------------------------------------------------------------------

    @Override
    public NdArray rfft(NdArray x, Integer n, int axis, FftNorm norm) {
        return rfft(ns.cuda(x, "x"), n, axis, norm);
    }

    private CudaArray rfft(CudaArray x, Integer n, int axis, FftNorm norm) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("rfft needs real input; got " + x.dtype() + " (use fft)");
        }
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("rfft needs an array of at least one dimension; got a 0-d array");
        }
        int ax = Axes.normalize(axis, x.ndim());
        int len = FftArguments.length(n, x.shapeRef()[ax], ax, "n");
        DType real = complexOf(x.dtype()).toReal();
        DType c = real.toComplex();
        int m = len / 2 + 1;
        Rows r = rows(x, ax, len, real);
        CudaArray y;
        if (r.data.size() == 0) {
            y = CudaArray.allocate(ns, x.context(), c, r.shape(m));
        } else if (CufftLibrary.status().loaded()) {
            y = CudaArray.allocate(ns, x.context(), c, r.shape(m));
            CufftLibrary.execute(x.context(), CufftLibrary.Type.R2C, real == DType.FLOAT64, len, Math.toIntExact(r.batch()),
                    r.data.pointer(), y.pointer(), false);
        } else if (len % 2 == 0) {
            y = halfLengthForward(r, len, c);
        } else {
            CudaArray z = ns.dataTypes().copy(r.data, c);
            CudaArray full = complexRows(z, len, false);
            Index[] keep = new Index[full.ndim()];
            Arrays.fill(keep, Index.all());
            keep[keep.length - 1] = Index.range(0, m);
            y = ns.copyOf(ns.indexing().get(full, keep));
            full.close();
            if (z != full) {
                z.close();
            }
        }
        r.data.close();
        return finish(scale(y, factor(norm, false, len)), r.lead, m, ax);
    }

    /** rfft of even length: the real rows read as complex pairs, a transform of half the length, a post step. */
    private CudaArray halfLengthForward(Rows r, int len, DType c) {
        DeviceContext ctx = r.data.context();
        int h = len / 2;
        long batch = r.batch();
        CudaArray z = r.data.reinterpret(c, new int[] {Math.toIntExact(batch), h}, new int[] {h, 1}, 0);
        CudaArray zf = complexRows(z, h, false);
        CudaArray y = CudaArray.allocate(ns, ctx, c, r.shape(h + 1));
        String p = suffix(c);
        ctx.run("fft_" + suffix(c), "rfft_post_" + p, LaunchConfig.linear(batch * (h + 1)), new KernelArgs().i64(batch).i64(h)
                .ptr(zf.pointer()).ptr(y.pointer()).ptr(roots(ctx, len, c).pointer()).f64(1.0));
        if (zf != z) {
            zf.close();
        }
        z.close();
        return y;
    }

    @Override
    public NdArray irfft(NdArray x, Integer n, int axis, FftNorm norm) {
        return irfft(ns.cuda(x, "x"), n, axis, norm);
    }

    private CudaArray irfft(CudaArray x, Integer n, int axis, FftNorm norm) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("irfft needs an array of at least one dimension; got a 0-d array");
        }
        int ax = Axes.normalize(axis, x.ndim());
        int len = FftArguments.realOutputLength(n, x.shapeRef()[ax], ax, "n");
        DType c = complexOf(x.dtype());
        DType real = c.toReal();
        int m = len / 2 + 1;
        Rows r = rows(x, ax, m, c);
        DeviceContext ctx = x.context();
        CudaArray y;
        double extra = 1;
        if (r.data.size() == 0) {
            y = CudaArray.allocate(ns, ctx, real, r.shape(len));
        } else if (CufftLibrary.status().loaded()) {
            y = CudaArray.allocate(ns, ctx, real, r.shape(len));
            CufftLibrary.execute(ctx, CufftLibrary.Type.C2R, real == DType.FLOAT64, len, Math.toIntExact(r.batch()), r.data.pointer(),
                    y.pointer(), true);
        } else if (len % 2 == 0) {
            int h = len / 2;
            long batch = r.batch();
            CudaArray z = CudaArray.allocate(ns, ctx, c, new int[] {Math.toIntExact(batch), h});
            ctx.run("fft_" + suffix(c), "irfft_pre_" + suffix(c), LaunchConfig.linear(batch * h), new KernelArgs().i64(batch).i64(h)
                    .ptr(r.data.pointer()).i64(m).ptr(z.pointer()).ptr(roots(ctx, len, c).pointer()));
            CudaArray zi = complexRows(z, h, true);
            if (zi != z) {
                z.close();
            }
            y = zi.reinterpret(real, r.shape(len), contiguous(r.shape(len)), 0);
            zi.close();
            extra = 2;
        } else {
            long batch = r.batch();
            CudaArray full = CudaArray.allocate(ns, ctx, c, r.shape(len));
            ctx.run("fft_" + suffix(c), "hermitian_fill_" + suffix(c), LaunchConfig.linear(batch * len), new KernelArgs().i64(batch)
                    .i64(len).i64(m).ptr(r.data.pointer()).i64(m).ptr(full.pointer()));
            CudaArray t = complexRows(full, len, true);
            y = ns.elementwise().unary(ElementwiseOp.REAL, t);
            t.close();
            if (t != full) {
                full.close();
            }
        }
        r.data.close();
        return finish(scale(y, extra * factor(norm, true, len)), r.lead, len, ax);
    }

    @Override
    public NdArray rfftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        CudaArray a = ns.cuda(x, "x");
        int[] ax = FftArguments.resolve(s, axes, a.ndim());
        int last = ax.length - 1;
        if (last < 0) {
            throw new IllegalArgumentException("rfftn needs at least one axis");
        }
        CudaArray cur = rfft(a, lengthOf(s, last, a, ax[last]), ax[last], norm);
        for (int i = last - 1; i >= 0; i--) {
            CudaArray next = c2c(cur, lengthOf(s, i, cur, ax[i]), ax[i], norm, false);
            cur.close();
            cur = next;
        }
        return cur;
    }

    @Override
    public NdArray irfftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        CudaArray a = ns.cuda(x, "x");
        int[] ax = FftArguments.resolve(s, axes, a.ndim());
        int last = ax.length - 1;
        if (last < 0) {
            throw new IllegalArgumentException("irfftn needs at least one axis");
        }
        CudaArray cur = a;
        for (int i = 0; i < last; i++) {
            CudaArray next = c2c(cur, lengthOf(s, i, cur, ax[i]), ax[i], norm, true);
            if (cur != a) {
                cur.close();
            }
            cur = next;
        }
        int len = FftArguments.realOutputLength(FftArguments.entry(s, last), cur.shapeRef()[ax[last]], ax[last],
                "s[" + last + "]");
        CudaArray out = irfft(cur, len, ax[last], norm);
        if (cur != a) {
            cur.close();
        }
        return out;
    }

    @Override
    public NdArray hfft(NdArray x, Integer n, int axis, FftNorm norm) {
        CudaArray a = ns.cuda(x, "x");
        CudaArray c = ns.elementwise().unary(ElementwiseOp.CONJ, ns.dataTypes().as(a, complexOf(a.dtype())));
        CudaArray out = irfft(c, n, axis, nonNull(norm).swapped());
        c.close();
        return out;
    }

    @Override
    public NdArray ihfft(NdArray x, Integer n, int axis, FftNorm norm) {
        CudaArray a = ns.cuda(x, "x");
        CudaArray r = rfft(a, n, axis, nonNull(norm).swapped());
        CudaArray out = ns.elementwise().unary(ElementwiseOp.CONJ, r);
        r.close();
        return out;
    }

    // ---- helpers of the standard ----------------------------------------------------------------------

    @Override
    public NdArray fftfreq(int n, double d, DType dtype, Device device) {
        double step = FftArguments.frequencyStep(n, d);
        DType f = dtype == null ? DType.FLOAT64 : dtype;
        CudaArray i = ns.creation().arange(0, n, 1, DType.INT64, device);
        int half = (n - 1) / 2 + 1;
        CudaArray below = ns.elementwise().binary(ElementwiseOp.LESS, i, scalar(i, (long) half));
        CudaArray wrapped = ns.elementwise().binary(ElementwiseOp.SUBTRACT, i, scalar(i, (long) n));
        CudaArray k = ns.searching().where(below, i, wrapped);
        CudaArray kf = ns.dataTypes().copy(k, f);
        CudaArray out = ns.elementwise().binary(ElementwiseOp.MULTIPLY, kf,
                ns.creation().full(new int[0], step, f, device));
        for (CudaArray t : new CudaArray[] {i, below, wrapped, k, kf}) {
            t.close();
        }
        return out;
    }

    @Override
    public NdArray rfftfreq(int n, double d, DType dtype, Device device) {
        double step = FftArguments.frequencyStep(n, d);
        DType f = dtype == null ? DType.FLOAT64 : dtype;
        CudaArray i = ns.creation().arange(0, n / 2 + 1, 1, f, device);
        CudaArray out = ns.elementwise().binary(ElementwiseOp.MULTIPLY, i,
                ns.creation().full(new int[0], step, f, device));
        i.close();
        return out;
    }

    @Override
    public NdArray fftshift(NdArray x, int... axes) {
        return shift(ns.cuda(x, "x"), axes, false);
    }

    @Override
    public NdArray ifftshift(NdArray x, int... axes) {
        return shift(ns.cuda(x, "x"), axes, true);
    }

    private CudaArray shift(CudaArray x, int[] axes, boolean inverse) {
        int[] ax = Axes.normalize(axes == null || axes.length == 0 ? null : axes, x.ndim());
        int[] shifts = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            int len = x.shapeRef()[ax[i]];
            shifts[i] = inverse ? -(len / 2) : len / 2;
        }
        if (ax.length == 0) {
            return ns.copyOf(x);
        }
        return ns.manipulation().roll(x, shifts, ax);
    }

    // ---- the 1-d engine ---------------------------------------------------------------------------------

    /** Contiguous rows of the transformed axis (moved last), with the shape of the leading axes. */
    private record Rows(CudaArray data, int[] lead) {
        long batch() {
            return Axes.size(lead);
        }

        int[] shape(int last) {
            int[] s = Arrays.copyOf(lead, lead.length + 1);
            s[lead.length] = last;
            return s;
        }
    }

    private Rows rows(CudaArray x, int ax, int n, DType dtype) {
        CudaArray moved = ns.manipulation().moveaxis(x, new int[] {ax}, new int[] {-1});
        int[] ms = moved.shapeRef();
        int last = ms.length - 1;
        int[] lead = Arrays.copyOf(ms, last);
        Rows r = new Rows(CudaArray.allocate(ns, x.context(), dtype, withLast(lead, n)), lead);
        if (r.data.size() == 0) {
            return r;
        }
        int keep = Math.min(n, ms[last]);
        if (keep < n) {
            ns.creation().fill(r.data, 0L);
        }
        if (keep > 0) {
            Index[] idx = new Index[ms.length];
            Arrays.fill(idx, Index.all());
            idx[last] = Index.range(0, keep);
            ns.dataTypes().assign(ns.indexing().get(moved, idx), ns.indexing().get(r.data, idx));
        }
        return r;
    }

    private static int[] withLast(int[] lead, int last) {
        int[] s = Arrays.copyOf(lead, lead.length + 1);
        s[lead.length] = last;
        return s;
    }

    private static int[] contiguous(int[] shape) {
        return DlpackTensor.contiguousStrides(shape);
    }

    /** Rows (batch x len, contiguous complex) back to the array's axis order. */
    private CudaArray finish(CudaArray y, int[] lead, int len, int ax) {
        int[] shape = withLast(lead, len);
        CudaArray shaped = Arrays.equals(y.shapeRef(), shape) ? y : y.view(shape, contiguous(shape), 0);
        return ns.manipulation().moveaxis(shaped, new int[] {-1}, new int[] {ax});
    }

    /**
     * The unnormalised transform of every row of a contiguous complex array whose last axis has length len;
     * returns a new array (or the input itself when len is 1).
     */
    CudaArray complexRows(CudaArray x, int len, boolean inverse) {
        DeviceContext ctx = x.context();
        long batch = x.size() / len;
        DType c = x.dtype();
        if (len == 1) {
            return x;
        }
        if (CufftLibrary.status().loaded()) {
            CudaArray out = CudaArray.allocate(ns, ctx, c, x.shapeRef());
            CufftLibrary.execute(ctx, CufftLibrary.Type.C2C, c == DType.COMPLEX128, len, Math.toIntExact(batch),
                    x.pointer(), out.pointer(), inverse);
            return out;
        }
        FftPlan plan = FftPlan.of(len);
        if (!plan.isBluestein()) {
            return stockham(x, plan, batch, inverse);
        }
        return bluestein(x, plan, batch, inverse);
    }

    private CudaArray stockham(CudaArray x, FftPlan plan, long batch, boolean inverse) {
        DeviceContext ctx = x.context();
        int n = plan.n();
        DType c = x.dtype();
        CudaArray roots = roots(ctx, n, c);
        CudaArray a = CudaArray.allocate(ns, ctx, c, x.shapeRef());
        CudaArray b = CudaArray.allocate(ns, ctx, c, x.shapeRef());
        CudaArray src = x;
        CudaArray dst = a;
        long l = 1;
        for (int radix : plan.radices()) {
            ctx.run("fft_" + suffix(c), "fft_r" + radix + "_" + suffix(c), LaunchConfig.linear(batch * (n / radix)),
                    new KernelArgs().i64(batch).i64(n).i64(l).ptr(src.pointer()).ptr(dst.pointer())
                            .ptr(roots.pointer()).flag(inverse));
            l *= radix;
            src = dst;
            dst = dst == a ? b : a;
        }
        (src == a ? b : a).close();
        return src;
    }

    private CudaArray bluestein(CudaArray x, FftPlan plan, long batch, boolean inverse) {
        DeviceContext ctx = x.context();
        int n = plan.n();
        int m = plan.bluestein();
        DType c = x.dtype();
        String p = suffix(c);
        CudaArray chirp = table(ctx, "chirp", n, c, () -> FftPlan.chirp(n));
        CudaArray kernel = bluesteinKernel(ctx, n, m, c);
        CudaArray padded = CudaArray.allocate(ns, ctx, c, new int[] {Math.toIntExact(batch), m});
        ctx.run("fft_" + suffix(c), "bluestein_pre_" + p, LaunchConfig.linear(batch * m), new KernelArgs().i64(batch).i64(n).i64(m)
                .ptr(x.pointer()).i64(n).ptr(chirp.pointer()).ptr(padded.pointer()).flag(inverse));
        CudaArray spectrum = complexRows(padded, m, false);
        padded.close();
        ctx.run("fft_" + suffix(c), "cmul_rows_" + p, LaunchConfig.linear(batch * m), new KernelArgs().i64(batch).i64(m)
                .ptr(spectrum.pointer()).ptr(kernel.pointer()));
        CudaArray conv = complexRows(spectrum, m, true);
        spectrum.close();
        CudaArray out = CudaArray.allocate(ns, ctx, c, x.shapeRef());
        ctx.run("fft_" + suffix(c), "bluestein_post_" + p, LaunchConfig.linear(batch * n), new KernelArgs().i64(batch).i64(n).i64(m)
                .ptr(conv.pointer()).ptr(chirp.pointer()).ptr(out.pointer()).f64(1.0 / m).flag(inverse));
        conv.close();
        return out;
    }

    /** The transform of Bluestein's convolution kernel, cached per (device, n, precision). */
    private CudaArray bluesteinKernel(DeviceContext ctx, int n, int m, DType c) {
        String key = "bkernel/" + ctx.id() + "/" + c + "/" + n;
        CudaArray t = tables.get(key);
        if (t == null) {
            CudaArray b = upload(ctx, FftPlan.bluesteinKernel(n, m), c, m);
            t = complexRows(b, m, false);
            if (t != b) {
                b.close();
            }
            tables.put(key, t);
        }
        return t;
    }

    private CudaArray roots(DeviceContext ctx, int n, DType c) {
        return table(ctx, "roots", n, c, () -> FftPlan.roots(n));
    }

    private CudaArray table(DeviceContext ctx, String name, int n, DType c, java.util.function.Supplier<double[]> values) {
        return tables.computeIfAbsent(name + "/" + ctx.id() + "/" + c + "/" + n, k -> upload(ctx, values.get(), c, n));
    }

    private CudaArray upload(DeviceContext ctx, double[] interleaved, DType c, int n) {
        Object data = interleaved;
        if (c == DType.COMPLEX64) {
            float[] f = new float[interleaved.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) interleaved[i];
            }
            data = f;
        }
        return ns.transfers().upload(data, c, new int[] {n}, ctx);
    }

    // ---- small helpers -----------------------------------------------------------------------------------

    private CudaArray scale(CudaArray y, double f) {
        if (f == 1.0) {
            return y;
        }
        CudaArray s = ns.creation().full(new int[0], f, y.dtype().toReal(), y.device());
        CudaArray out = ns.elementwise().binary(ElementwiseOp.MULTIPLY, y, s);
        y.close();
        s.close();
        return out;
    }

    /** The normalisation factor of a transform of length n. */
    static double factor(FftNorm norm, boolean inverse, int n) {
        FftNorm m = nonNull(norm);
        if (m == FftNorm.ORTHO) {
            return 1 / Math.sqrt(n);
        }
        boolean scaled = inverse ? m == FftNorm.BACKWARD : m == FftNorm.FORWARD;
        return scaled ? 1.0 / n : 1.0;
    }

    private static FftNorm nonNull(FftNorm norm) {
        return norm == null ? FftNorm.BACKWARD : norm;
    }

    /** complex64 for float32 and complex64 input, complex128 otherwise (integers and bool included). */
    static DType complexOf(DType d) {
        return d == DType.FLOAT32 || d == DType.COMPLEX64 ? DType.COMPLEX64 : DType.COMPLEX128;
    }

    private static String suffix(DType c) {
        return c == DType.COMPLEX64 ? "f32" : "f64";
    }

    private CudaArray scalar(CudaArray like, long v) {
        return ns.creation().full(new int[0], v, like.dtype(), like.device());
    }

    /** The checked transform length along {@code axis} for entry {@code i} of {@code s} (x's length when absent). */
    private static int lengthOf(int[] s, int i, CudaArray x, int axis) {
        return FftArguments.length(FftArguments.entry(s, i), x.shapeRef()[axis], axis, "s[" + i + "]");
    }
}
