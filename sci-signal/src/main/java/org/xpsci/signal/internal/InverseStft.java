package org.xpsci.signal.internal;

import org.xpsci.signal.Istft;
import org.xpsci.signal.IstftOptions;
import org.xpsci.signal.WindowSpec;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** {@code scipy.signal.istft}: argument handling, the overlap-add on the host or portably, normalisation. */
public final class InverseStft {

    private InverseStft() {
    }

    /** The inverse STFT of zxx. */
    public static Istft istft(NdArray zxx, IstftOptions o) {
        NdArray w = o.window() instanceof WindowSpec.Values v ? v.values() : null;
        ArrayNamespace xp = Xp.namespace(zxx, w);
        IstftPlan p = IstftPlan.of(xp, zxx, o);
        int cut = p.boundary ? p.nperseg / 2 : 0;
        int keep = p.boundary ? Math.max(0, p.outputLength() - 2 * cut) : p.outputLength();
        if (p.boundary && cut == 0) {
            keep = 0; // SciPy's x[..., 0:-0] is empty
        }
        DType real = p.z.dtype().toReal();
        DType outType = p.onesided ? real : p.z.dtype();
        double[] divisor = p.window.host() == null ? null : divisor(p, hostNorm(p), cut, keep);
        NdArray x;
        HostBuffer hb = Xp.fastPathsEnabled() ? Xp.hostBuffer(p.z).orElse(null) : null;
        if (hb != null && divisor != null) {
            x = hostResult(p, HostIstft.run(p, hb, p.window.host()), divisor, cut, keep, outType);
        } else {
            NdArray sum = PortableIstft.run(p).get(Index.ellipsis(), Index.range(cut, cut + keep));
            NdArray div;
            if (divisor != null) {
                div = xp.asarray(divisor, real, sum.device(), null);
            } else {
                NdArray norm = PortableIstft.norm(p).get(Index.range(cut, cut + keep));
                NdArray ok = xp.greater(norm, xp.scalarFor(norm, 1e-10));
                if (keep > 0 && !xp.all(ok).booleanValue()) {
                    warnNola(p);
                }
                div = xp.astype(xp.where(ok, norm, 1.0), real);
            }
            x = sum.divide(div);
            if (x.dtype() != outType) {
                x = xp.astype(x, outType);
            }
        }
        if (p.timeOut >= 0) {
            x = xp.moveaxis(x, x.ndim() - 1, p.timeOut);
        }
        double[] t = new double[x.shape()[0]];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / p.fs;
        }
        return new Istft(xp.asarray(t, DType.FLOAT64, x.device(), null), x);
    }

    /** The divisors where(norm > 1e-10, norm, 1) of the kept samples; warns when NOLA fails as SciPy does. */
    private static double[] divisor(IstftPlan p, double[] norm, int cut, int keep) {
        double[] d = new double[keep];
        int ok = 0;
        for (int i = 0; i < keep; i++) {
            double v = norm[cut + i];
            if (v > 1e-10) {
                ok++;
            }
            d[i] = v > 1e-10 ? v : 1.0;
        }
        if (ok != keep) {
            warnNola(p);
        }
        return d;
    }

    private static void warnNola(IstftPlan p) {
        Warnings.warn("UserWarning: NOLA condition failed, STFT may not be invertible."
                + (p.boundary ? "" : " Possibly due to missing boundary"));
    }

    /** The sum over segments of the squared (host) window at each output sample. */
    private static double[] hostNorm(IstftPlan p) {
        double[] host = p.window.host();
        double[] norm = new double[p.outputLength()];
        for (int ii = 0; ii < p.nseg; ii++) {
            for (int j = 0; j < p.nperseg; j++) {
                norm[ii * p.hop() + j] += host[j] * host[j];
            }
        }
        return norm;
    }

    private static NdArray hostResult(IstftPlan p, double[] lines, double[] divisor, int cut, int keep, DType type) {
        int parts = p.onesided ? 1 : 2;
        int len = p.outputLength();
        int count = lines.length / (len * parts);
        double[] out = new double[count * keep * parts];
        for (int l = 0; l < count; l++) {
            for (int i = 0; i < keep; i++) {
                for (int c = 0; c < parts; c++) {
                    out[(l * keep + i) * parts + c] = lines[(l * len + cut + i) * parts + c] / divisor[i];
                }
            }
        }
        int rank = p.z.ndim() - 1;
        int[] shape = java.util.Arrays.copyOf(p.z.shape(), rank);
        shape[rank - 1] = keep;
        return HostResults.of(p.xp, out, type, shape);
    }

}
