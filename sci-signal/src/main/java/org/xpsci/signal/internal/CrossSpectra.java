package org.xpsci.signal.internal;

import org.xpsci.signal.Average;
import org.xpsci.signal.Coherence;
import org.xpsci.signal.CoherenceOptions;
import org.xpsci.signal.CrossSpectrum;
import org.xpsci.signal.PeriodogramOptions;
import org.xpsci.signal.Spectrum;
import org.xpsci.signal.WelchOptions;
import org.xpsci.signal.WindowSpec;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** welch, csd, coherence and periodogram: argument handling, then the host path or the portable path. */
public final class CrossSpectra {

    private CrossSpectra() {
    }

    /** {@code scipy.signal.welch}. */
    public static Spectrum welch(NdArray x, WelchOptions o) {
        ArrayNamespace xp = namespace(x, null, o.window());
        int[] empty = CsdPlan.emptyShape(x, null, o.axis());
        if (empty != null) {
            return new Spectrum(xp.empty(empty, DType.FLOAT64, x.device()), xp.empty(empty, DType.FLOAT64, x.device()));
        }
        CsdPlan p = CsdPlan.of(xp, x, null, o);
        return new Spectrum(frequencies(p), spectrum(p, HostWelch.Kind.AUTO));
    }

    /** {@code scipy.signal.csd}; as in SciPy, {@code csd(x, x)} (y the same object) is welch's real spectrum. */
    public static CrossSpectrum csd(NdArray x, NdArray y, WelchOptions o) {
        if (x == y) {
            Spectrum s = welch(x, o);
            return new CrossSpectrum(s.f(), s.pxx());
        }
        ArrayNamespace xp = namespace(x, y, o.window());
        int[] empty = CsdPlan.emptyShape(x, y, o.axis());
        if (empty != null) {
            NdArray e = xp.empty(empty, DType.FLOAT64, x.device());
            return new CrossSpectrum(e, e);
        }
        CsdPlan p = CsdPlan.of(xp, x, y, o);
        return new CrossSpectrum(frequencies(p), spectrum(p, HostWelch.Kind.CROSS));
    }

    /** {@code scipy.signal.coherence}: |Pxy|²/(Pxx·Pyy), in one pass when x and y have the same length. */
    public static Coherence coherence(NdArray x, NdArray y, CoherenceOptions o) {
        ArrayNamespace xp = namespace(x, y, o.window());
        WelchOptions w = o.toWelch();
        int[] empty = CsdPlan.emptyShape(x, y, o.axis());
        if (empty != null) {
            NdArray e = xp.empty(empty, DType.FLOAT64, x.device());
            return new Coherence(e, e);
        }
        int xa = Axes.normalize(o.axis(), x.ndim());
        int ya = Axes.normalize(o.axis(), y.ndim());
        if (x.shape()[xa] == y.shape()[ya]) {
            CsdPlan p = CsdPlan.of(xp, x, y, w);
            return new Coherence(frequencies(p), spectrum(p, HostWelch.Kind.COHERENCE));
        }
        Spectrum pxx = welch(x, w);
        Spectrum pyy = welch(y, w);
        CrossSpectrum pxy = csd(x, y, w);
        NdArray mag = xp.abs(pxy.pxy());
        return new Coherence(pxx.f(), mag.multiply(mag).divide(pxx.pxx()).divide(pyy.pxx()));
    }

    /** {@code scipy.signal.periodogram}: welch with one segment of the whole (or nfft-truncated) signal. */
    public static Spectrum periodogram(NdArray x, PeriodogramOptions o) {
        ArrayNamespace xp = namespace(x, null, o.window());
        if (x.size() == 0) {
            Axes.normalize(o.axis(), x.ndim());
            return new Spectrum(xp.empty(x.shape(), DType.FLOAT64, x.device()),
                    xp.empty(x.shape(), DType.FLOAT64, x.device()));
        }
        int axis = Axes.normalize(o.axis(), x.ndim());
        int n = x.shape()[axis];
        Integer nfft = o.nfft();
        int nperseg;
        if (nfft != null && nfft < 1) {
            throw new IllegalArgumentException("nfft must be a positive integer; got nfft=" + nfft);
        }
        if (nfft == null || nfft >= n) {
            nperseg = n;
        } else {
            Index[] idx = new Index[x.ndim()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i == axis ? Index.range(0, nfft) : Index.all();
            }
            x = x.get(idx);
            nperseg = nfft;
            nfft = null;
        }
        if (o.window() instanceof WindowSpec.Values v && v.values().size() != nperseg) {
            throw new IllegalArgumentException("the size of the window must be the same size of the input on the"
                    + " specified axis; got a window of " + v.values().size() + " samples for nperseg=" + nperseg);
        }
        return welch(x, new WelchOptions(o.fs(), o.window(), nperseg, 0, nfft, o.detrend(), o.returnOnesided(),
                o.scaling(), o.axis(), Average.MEAN));
    }

    private static NdArray frequencies(CsdPlan p) {
        return Frequencies.of(p.xp, p.nfft, p.fs, p.twoSided, p.x.device());
    }

    /** The averaged spectrum of the plan: on the host when the inputs live there, else portably. */
    private static NdArray spectrum(CsdPlan p, HostWelch.Kind kind) {
        boolean median = p.average == Average.MEDIAN && p.nseg > 1 && kind != HostWelch.Kind.COHERENCE;
        if (!onHost(p)) {
            return PortableWelch.run(p, kind);
        }
        SegmentSpec spec = new SegmentSpec(p.nperseg, p.hop(), p.nfft, p.window.host(), p.detrend.type(),
                p.twoSided);
        SegmentSource xs = SegmentSource.of(Xp.hostBuffer(p.x).orElseThrow(), p.xAxis, p.outer);
        SegmentSource ys = p.y == null ? null : SegmentSource.of(Xp.hostBuffer(p.y).orElseThrow(), p.yAxis, p.outer);
        double[] values = HostWelch.run(spec, xs, ys, xs.base().length, p.nseg, kind, median, p.single,
                p.binScale(median));
        DType dtype = kind == HostWelch.Kind.CROSS ? p.outDtype : p.outDtype.toReal();
        return HostResults.lines(p.xp, values, dtype, p.resultShape(), p.axisOut);
    }

    /** Whether the host path runs: fast paths on, inputs in host memory, a built-in (or no) detrending. */
    private static boolean onHost(CsdPlan p) {
        return Xp.fastPathsEnabled() && Xp.hostBuffer(p.x).isPresent()
                && (p.y == null || Xp.hostBuffer(p.y).isPresent()) && p.detrend.function() == null
                && p.window.host() != null;
    }

    /** The namespace of x, y and an array window (an error naming both when they differ). */
    static ArrayNamespace namespace(NdArray x, NdArray y, WindowSpec window) {
        NdArray w = window instanceof WindowSpec.Values v ? v.values() : null;
        return Xp.namespace(x, y, w);
    }
}
