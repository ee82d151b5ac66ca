package org.xpsci.fft.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;

/**
 * The portable path of the DCT/DST family, written with the standard and its fft extension only (the same
 * algorithms as {@link R2rLine}): each axis is moved last, cropped or padded, transformed through
 * {@code xp.fft()} with real twiddle vectors, and moved back. Complex input transforms its real and imaginary
 * parts separately.
 */
final class PortableR2r {

    private static final FftNorm B = FftNorm.BACKWARD;

    private final ArrayNamespace xp;
    private final FftExtension fft;

    private PortableR2r(ArrayNamespace xp) {
        this.xp = xp;
        this.fft = xp.fft();
    }

    /** Runs the plan on {@code x} (a floating dtype) in its namespace. */
    static NdArray run(NdArray x, R2rPlan p) {
        PortableR2r r = new PortableR2r(x.namespace());
        if (x.dtype().isComplexFloating()) {
            return Portable.complexOf(r.xp, r.real(r.xp.real(x), p), r.real(r.xp.imag(x), p));
        }
        return r.real(x, p);
    }

    private NdArray real(NdArray x, R2rPlan p) {
        NdArray cur = x;
        TransformAxes ta = p.axes();
        for (int i = 0; i < ta.axes().length; i++) {
            cur = axis(cur, ta.axes()[i], ta.lengths()[i], p.type(), p.scales()[i], p.orthogonalize());
        }
        return cur;
    }

    private NdArray axis(NdArray x, int axis, int n, R2rType type, double scale, boolean ortho) {
        int lastAxis = x.ndim() - 1;
        NdArray v = Portable.fit(xp, xp.moveaxis(x, axis, lastAxis), n);
        if (ortho && (type.preFirst() != 1 || type.preLast() != 1)) {
            v = xp.multiply(v, ends(v, n, 1, type.preFirst(), type.preLast()));
        }
        v = transform(v, type, n);
        if (ortho && (type.postFirst() != 1 || type.postLast() != 1)) {
            v = xp.multiply(v, ends(v, n, scale, type.postFirst(), type.postLast()));
        } else if (scale != 1) {
            v = xp.multiply(v, scale);
        }
        return xp.moveaxis(v, lastAxis, axis);
    }

    /** A vector of {@code value} with the first and last entries further multiplied. */
    private NdArray ends(NdArray like, int n, double value, double first, double last) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, value);
        w[0] *= first;
        w[n - 1] *= last;
        return Portable.vector(xp, like, w);
    }

    private NdArray transform(NdArray x, R2rType type, int n) {
        return switch (type) {
            case DCT1 -> dct1(x, n);
            case DCT2 -> dct2(x, n);
            case DCT3 -> dct3(x, n);
            case DCT4 -> dct4(x, n);
            case DST1 -> dst1(x, n);
            case DST2 -> Portable.flip(xp, dct2(xp.multiply(x, alternating(x, n)), n));
            case DST3 -> xp.multiply(dct3(Portable.flip(xp, x), n), alternating(x, n));
            case DST4 -> xp.multiply(dct4(Portable.flip(xp, x), n), alternating(x, n));
        };
    }

    private NdArray alternating(NdArray like, int n) {
        return Portable.vector(xp, like, n, j -> j % 2 == 0 ? 1 : -1);
    }

    /** DCT-I: the real part of the rfft of the even extension {@code [x, x[n-2:0:-1]]}. */
    private NdArray dct1(NdArray x, int n) {
        NdArray e = Portable.concat(xp, x, Portable.flip(xp, Portable.last(x, 1, n - 1)));
        return xp.real(fft.rfft(e, null, -1, B));
    }

    /** DST-I: minus the imaginary part of the rfft of the odd extension {@code [0, x, 0, -x[::-1]]}. */
    private NdArray dst1(NdArray x, int n) {
        NdArray z = Portable.zeros(xp, x, 1);
        NdArray e = Portable.concat(xp, z, x, z, xp.negative(Portable.flip(xp, x)));
        return xp.negative(xp.imag(Portable.last(fft.rfft(e, null, -1, B), 1, n + 1)));
    }

    /** DCT-II (Makhoul): rfft of {@code [x[0::2], x[1::2][::-1]]}, times {@code 2 exp(-i pi k/(2n))}. */
    private NdArray dct2(NdArray x, int n) {
        NdArray v = Portable.concat(xp, Portable.last(x, 0, n, 2), Portable.flip(xp, Portable.last(x, 1, n, 2)));
        NdArray spectrum = fft.rfft(v, null, -1, B);
        NdArray re = xp.real(spectrum);
        NdArray im = xp.imag(spectrum);
        int h = n / 2 + 1;
        NdArray c = Portable.vector(xp, x, h, k -> 2 * Math.cos(Math.PI * k / (2.0 * n)));
        NdArray s = Portable.vector(xp, x, h, k -> 2 * Math.sin(Math.PI * k / (2.0 * n)));
        NdArray head = xp.add(xp.multiply(c, re), xp.multiply(s, im));
        NdArray tail = xp.subtract(xp.multiply(s, re), xp.multiply(c, im));
        return Portable.concat(xp, head, Portable.flip(xp, Portable.last(tail, 1, (n - 1) / 2 + 1)));
    }

    /** DCT-III: the inverse of the DCT-II algorithm, scaled to SciPy's unnormalised DCT-III. */
    private NdArray dct3(NdArray x, int n) {
        int h = n / 2 + 1;
        NdArray a = Portable.last(x, 0, h);
        NdArray b = Portable.concat(xp, Portable.zeros(xp, x, 1), Portable.flip(xp, Portable.last(x, n - n / 2, n)));
        NdArray c = Portable.vector(xp, x, h, k -> Math.cos(Math.PI * k / (2.0 * n)));
        NdArray s = Portable.vector(xp, x, h, k -> Math.sin(Math.PI * k / (2.0 * n)));
        NdArray re = xp.add(xp.multiply(a, c), xp.multiply(b, s));
        NdArray im = xp.subtract(xp.multiply(a, s), xp.multiply(b, c));
        NdArray v = xp.multiply(fft.irfft(Portable.complexOf(xp, re, im), n, -1, B), (double) n);
        int half = (n + 1) / 2;
        return Portable.interleave(xp, Portable.last(v, 0, half), Portable.flip(xp, Portable.last(v, half, n)), n);
    }

    /** DCT-IV: through an n/2-point complex FFT for even n, a 2n-point zero-padded one for odd n. */
    private NdArray dct4(NdArray x, int n) {
        if (n % 2 != 0) {
            NdArray c = Portable.vector(xp, x, n, j -> Math.cos(Math.PI * j / (2.0 * n)));
            NdArray s = Portable.vector(xp, x, n, j -> Math.sin(Math.PI * j / (2.0 * n)));
            NdArray t = Portable.complexOf(xp, xp.multiply(x, c), xp.negative(xp.multiply(x, s)));
            NdArray spectrum = Portable.last(fft.fft(t, 2 * n, -1, B), 0, n);
            NdArray c2 = Portable.vector(xp, x, n, k -> 2 * Math.cos(Math.PI * (2 * k + 1) / (4.0 * n)));
            NdArray s2 = Portable.vector(xp, x, n, k -> 2 * Math.sin(Math.PI * (2 * k + 1) / (4.0 * n)));
            return xp.add(xp.multiply(xp.real(spectrum), c2), xp.multiply(xp.imag(spectrum), s2));
        }
        int m = n / 2;
        NdArray a = Portable.last(x, 0, n, 2);
        NdArray b = Portable.last(Portable.flip(xp, x), 0, n, 2);
        NdArray c = Portable.vector(xp, x, m, j -> Math.cos(Math.PI * (4 * j + 1) / (4.0 * n)));
        NdArray s = Portable.vector(xp, x, m, j -> Math.sin(Math.PI * (4 * j + 1) / (4.0 * n)));
        NdArray re = xp.add(xp.multiply(a, c), xp.multiply(b, s));
        NdArray im = xp.subtract(xp.multiply(b, c), xp.multiply(a, s));
        NdArray spectrum = fft.fft(Portable.complexOf(xp, re, im), null, -1, B);
        NdArray sr = xp.real(spectrum);
        NdArray si = xp.imag(spectrum);
        NdArray c2 = Portable.vector(xp, x, m, k -> 2 * Math.cos(Math.PI * k / n));
        NdArray s2 = Portable.vector(xp, x, m, k -> 2 * Math.sin(Math.PI * k / n));
        NdArray even = xp.add(xp.multiply(sr, c2), xp.multiply(si, s2));
        NdArray oddReversed = xp.subtract(xp.multiply(sr, s2), xp.multiply(si, c2));
        return Portable.interleave(xp, even, Portable.flip(xp, oddReversed), n);
    }
}
