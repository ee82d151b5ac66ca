package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.signal.Boundary;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The portable path of spectrogram and stft: the signal extended and padded with concat, then blocks of
 * segments framed by {@link PortableFrames} and transformed by {@link PortableSegments}, each block reduced to
 * what the mode keeps, and the blocks joined along the segment axis.
 */
final class PortableSpectrogram {

    private PortableSpectrogram() {
    }

    /** The result in SciPy's layout: frequencies at the analysed axis, segments last. */
    static NdArray run(FramePlan p, FrameMode mode) {
        ArrayNamespace xp = p.xp;
        NdArray xs = PortableWelch.timeLast(xp, p.x, p.axis, p.outer, p.n, p.twoSided);
        xs = extend(xp, xs, p.ext, p.args.boundary());
        if (p.nadd > 0) {
            int[] pad = xs.shape();
            pad[pad.length - 1] = p.nadd;
            xs = xp.concat(List.of(xs, xp.zeros(pad, xs.dtype(), xs.device())), -1);
        }
        DType real = xs.dtype().toReal();
        PortableSegments seg = new PortableSegments(xp, p.window, p.nperseg, p.nfft, p.twoSided, p.args.detrend(),
                real, xs.device());
        NdArray scale = xp.asarray(p.binScale(), real, xs.device(), null);
        int lines = 1;
        for (int s : p.outer) {
            lines *= s;
        }
        int nb = (int) Math.max(1, Math.min(p.nseg, PortableWelch.BLOCK_ELEMENTS / ((long) Math.max(lines, 1) * p.nfft)));
        List<NdArray> blocks = new ArrayList<>();
        for (int p0 = 0; p0 < p.nseg; p0 += nb) {
            int p1 = Math.min(p.nseg, p0 + nb);
            NdArray spectra = seg.spectrum(PortableFrames.block(xp, xs, p.nperseg, p.hop(), p0, p1));
            blocks.add(keep(xp, mode, spectra, scale));
        }
        NdArray all = blocks.size() == 1 ? blocks.get(0) : xp.concat(blocks, -2);
        DType target = mode.complex() ? p.outDtype : p.outDtype.toReal();
        if (all.dtype() != target) {
            all = xp.astype(all, target);
        }
        return xp.moveaxis(all, all.ndim() - 1, p.axis);
    }

    /** What the mode keeps of scaled spectra (psd: |X|² times the scale). */
    private static NdArray keep(ArrayNamespace xp, FrameMode mode, NdArray spectra, NdArray scale) {
        if (mode == FrameMode.PSD) {
            return PortableSegments.power(xp, spectra).multiply(scale);
        }
        NdArray scaled = spectra.multiply(scale);
        return switch (mode) {
            case COMPLEX -> scaled;
            case MAGNITUDE -> xp.abs(scaled);
            case ANGLE -> xp.atan2(xp.imag(scaled), xp.real(scaled));
            default -> unwrap(xp, xp.atan2(xp.imag(scaled), xp.real(scaled)));
        };
    }

    /** NumPy's unwrap (period 2π, discont π) along the last axis. */
    static NdArray unwrap(ArrayNamespace xp, NdArray phase) {
        int n = phase.shape()[phase.ndim() - 1];
        if (n < 2) {
            return phase;
        }
        double pi = Math.PI;
        NdArray dd = xp.diff(phase, -1, 1, null, null);
        NdArray ddmod = xp.remainder(dd.add(pi), xp.scalarFor(dd, 2 * pi)).subtract(pi);
        NdArray flip = xp.logicalAnd(xp.equal(ddmod, xp.scalarFor(ddmod, -pi)), xp.greater(dd, xp.scalarFor(dd, 0.0)));
        ddmod = xp.where(flip, pi, ddmod);
        NdArray correct = xp.where(xp.less(xp.abs(dd), xp.scalarFor(dd, pi)), 0.0, ddmod.subtract(dd));
        NdArray rest = phase.get(Index.ellipsis(), Index.range(1, n)).add(xp.cumulativeSum(correct, -1));
        return xp.concat(List.of(phase.get(Index.ellipsis(), Index.range(0, 1)), rest), -1);
    }

    /** SciPy's even_ext/odd_ext/const_ext/zero_ext along the last axis by ext samples. */
    static NdArray extend(ArrayNamespace xp, NdArray xs, int ext, Boundary boundary) {
        if (ext == 0 || boundary == Boundary.NONE) {
            return xs;
        }
        int last = xs.ndim() - 1;
        int n = xs.shape()[last];
        int[] side = xs.shape();
        side[last] = ext;
        NdArray first = xs.get(Index.ellipsis(), Index.range(0, 1));
        NdArray end = xs.get(Index.ellipsis(), Index.range(n - 1, n));
        NdArray left;
        NdArray right;
        switch (boundary) {
            case ZEROS -> {
                left = xp.zeros(side, xs.dtype(), xs.device());
                right = left;
            }
            case CONSTANT -> {
                left = xp.broadcastTo(first, side);
                right = xp.broadcastTo(end, side);
            }
            default -> {
                left = xp.flip(xs.get(Index.ellipsis(), Index.range(1, ext + 1)), last);
                right = xp.flip(xs.get(Index.ellipsis(), Index.range(n - ext - 1, n - 1)), last);
                if (boundary == Boundary.ODD) {
                    left = first.multiply(2.0).subtract(left);
                    right = end.multiply(2.0).subtract(right);
                }
            }
        }
        return xp.concat(List.of(left, xs, right), last);
    }
}
