package org.xpsci.signal.internal;

import org.xpsci.signal.Boundary;
import org.xpsci.signal.Scaling;
import org.xpsci.signal.Spectrogram;
import org.xpsci.signal.SpectrogramMode;
import org.xpsci.signal.SpectrogramOptions;
import org.xpsci.signal.Stft;
import org.xpsci.signal.StftOptions;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** spectrogram and stft: argument handling, then the host path or the portable path. */
public final class FrameSpectra {

    private FrameSpectra() {
    }

    /** {@code scipy.signal.spectrogram}. */
    public static Spectrogram spectrogram(NdArray x, SpectrogramOptions o) {
        ArrayNamespace xp = CrossSpectra.namespace(x, null, o.window());
        int axis = Axes.normalize(o.axis(), x.ndim());
        SegmentWindow win = FramePlan.triage(o.window(), o.nperseg(), x.shape()[axis]);
        int nperseg = win.length();
        int noverlap = o.noverlap() == null ? nperseg / 8 : o.noverlap();
        if (x.size() == 0) {
            return new Spectrogram(empty(xp, x), empty(xp, x), empty(xp, x));
        }
        FramePlan.Args a = new FramePlan.Args(o.fs(), o.window(), nperseg, noverlap, o.nfft(), o.detrend(),
                o.returnOnesided(), o.scaling(), o.axis(), o.mode() != SpectrogramMode.PSD, Boundary.NONE, false);
        FramePlan p = FramePlan.of(xp, x, a, win);
        FrameMode mode = FrameMode.valueOf(o.mode().name());
        return new Spectrogram(frequencies(p), times(p), frames(p, mode));
    }

    /** {@code scipy.signal.stft}. */
    public static Stft stft(NdArray x, StftOptions o) {
        ArrayNamespace xp = CrossSpectra.namespace(x, null, o.window());
        if (x.size() == 0) {
            Axes.normalize(o.axis(), x.ndim());
            return new Stft(empty(xp, x), empty(xp, x), empty(xp, x));
        }
        FramePlan.Args a = new FramePlan.Args(o.fs(), o.window(), o.nperseg(), o.noverlap(), o.nfft(), o.detrend(),
                o.returnOnesided(), o.scaling() == null ? Scaling.SPECTRUM : o.scaling(), o.axis(), true,
                o.boundary(), o.padded());
        FramePlan p = FramePlan.of(xp, x, a, null);
        return new Stft(frequencies(p), times(p), frames(p, FrameMode.COMPLEX));
    }

    private static NdArray frames(FramePlan p, FrameMode mode) {
        if (!onHost(p)) {
            return PortableSpectrogram.run(p, mode);
        }
        SegmentSpec spec = new SegmentSpec(p.nperseg, p.hop(), p.nfft, p.window.host(), p.args.detrend().type(),
                p.twoSided);
        var buffer = Xp.hostBuffer(p.x).orElseThrow();
        SegmentSource src = p.ext == 0 && p.nadd == 0 ? SegmentSource.of(buffer, p.axis, p.outer)
                : HostExtension.extend(buffer, p.axis, p.outer, p.ext, p.args.boundary(), p.nadd, p.single);
        int lines = src.base().length;
        double[] values = HostFrames.run(spec, src, lines, p.nseg, mode, p.single, p.binScale());
        DType dtype = mode.complex() ? p.outDtype : p.outDtype.toReal();
        int[] shape = p.resultShape();
        int rank = shape.length;
        int[] lineMajor = new int[rank];
        System.arraycopy(p.outer, 0, lineMajor, 0, p.outer.length);
        lineMajor[rank - 2] = p.nseg;
        lineMajor[rank - 1] = p.nfreq();
        NdArray r = HostResults.of(p.xp, values, dtype, lineMajor);
        return p.xp.moveaxis(r, rank - 1, p.axis);
    }

    private static boolean onHost(FramePlan p) {
        return Xp.fastPathsEnabled() && Xp.hostBuffer(p.x).isPresent() && p.args.detrend().function() == null
                && p.window.host() != null;
    }

    private static NdArray frequencies(FramePlan p) {
        return Frequencies.of(p.xp, p.nfft, p.args.fs(), p.twoSided, p.x.device());
    }

    private static NdArray times(FramePlan p) {
        return p.xp.asarray(p.times(), DType.FLOAT64, p.x.device(), null);
    }

    private static NdArray empty(ArrayNamespace xp, NdArray x) {
        return xp.empty(x.shape(), DType.FLOAT64, x.device());
    }
}
