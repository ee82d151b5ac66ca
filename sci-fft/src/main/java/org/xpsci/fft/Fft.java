package org.xpsci.fft;

import org.xpsci.fft.internal.FastLengths;
import org.xpsci.fft.internal.Frequencies;
import org.xpsci.fft.internal.Shifts;
import org.xpsci.fft.internal.Standard;
import org.xpsci.fft.internal.Standard.Input;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Device;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@code scipy.fft}'s discrete Fourier transforms and helpers for arrays of any namespace. The transforms run on
 * the namespace's fft extension ({@code xp.fft()}), so a cpu array is transformed on the cpu (JTransforms) and a
 * device array on its device; a namespace without the extension gets a clear error, never a silent copy.
 *
 * <p>As in SciPy: integer and bool input is transformed as float64; float32 input gives complex64 (and the
 * real-output transforms float32); {@link #rfft}, {@link #ihfft} and their n-dimensional forms reject complex
 * input ("x must be a real sequence"); {@code n}/{@code s} crop or zero-pad; {@code norm} is "backward" (forward
 * unscaled, inverse scaled by 1/n), "ortho" (both 1/sqrt(n)) or "forward". The {@code workers} option follows
 * SciPy's rules (zero is an error, negative values count back from the number of cores) and, as in SciPy, is
 * accepted only for arrays in host memory; the standard transforms leave thread scheduling to the backend (the
 * cpu backend splits large transforms over all cores itself), while the DCT/DST fast path of {@link Dct} splits
 * its lines over at most {@code workers} threads. The DCT/DST family is in {@link Dct}, the fast Hankel
 * transform in {@link Fht}.
 */
public final class Fft {

    private Fft() {
    }

    /**
     * The one-dimensional discrete Fourier transform ({@code scipy.fft.fft}); real input gives complex output of the
     * matching precision. Along the last axis, SciPy's defaults.
     */
    public static NdArray fft(NdArray x) {
        return fft(x, FftOptions.defaults());
    }

    /**
     * The one-dimensional discrete Fourier transform ({@code scipy.fft.fft}); real input gives complex output of the
     * matching precision.
     */
    public static NdArray fft(NdArray x, FftOptions options) {
        return Standard.oneAxis("fft", Input.COMPLEX, FftExtension::fft, x, options.n(), options.axis(),
                options.norm(), options.workers());
    }

    /**
     * The one-dimensional inverse discrete Fourier transform ({@code scipy.fft.ifft}). Along the last axis, SciPy's
     * defaults.
     */
    public static NdArray ifft(NdArray x) {
        return ifft(x, FftOptions.defaults());
    }

    /** The one-dimensional inverse discrete Fourier transform ({@code scipy.fft.ifft}). */
    public static NdArray ifft(NdArray x, FftOptions options) {
        return Standard.oneAxis("ifft", Input.COMPLEX, FftExtension::ifft, x, options.n(), options.axis(),
                options.norm(), options.workers());
    }

    /**
     * The transform of real input ({@code scipy.fft.rfft}): the {@code n/2+1} non-negative frequency terms. Along the
     * last axis, SciPy's defaults.
     */
    public static NdArray rfft(NdArray x) {
        return rfft(x, FftOptions.defaults());
    }

    /** The transform of real input ({@code scipy.fft.rfft}): the {@code n/2+1} non-negative frequency terms. */
    public static NdArray rfft(NdArray x, FftOptions options) {
        return Standard.oneAxis("rfft", Input.REAL, FftExtension::rfft, x, options.n(), options.axis(),
                options.norm(), options.workers());
    }

    /**
     * The inverse of rfft ({@code scipy.fft.irfft}): {@code n} real points (default {@code 2*(m-1)}) from {@code m}
     * Hermitian terms. Along the last axis, SciPy's defaults.
     */
    public static NdArray irfft(NdArray x) {
        return irfft(x, FftOptions.defaults());
    }

    /**
     * The inverse of rfft ({@code scipy.fft.irfft}): {@code n} real points (default {@code 2*(m-1)}) from {@code m}
     * Hermitian terms.
     */
    public static NdArray irfft(NdArray x, FftOptions options) {
        return Standard.oneAxis("irfft", Input.COMPLEX, FftExtension::irfft, x, options.n(), options.axis(),
                options.norm(), options.workers());
    }

    /**
     * The transform of a Hermitian-symmetric signal ({@code scipy.fft.hfft}): {@code n} real points (default {@code
     * 2*(m-1)}). Along the last axis, SciPy's defaults.
     */
    public static NdArray hfft(NdArray x) {
        return hfft(x, FftOptions.defaults());
    }

    /**
     * The transform of a Hermitian-symmetric signal ({@code scipy.fft.hfft}): {@code n} real points (default {@code
     * 2*(m-1)}).
     */
    public static NdArray hfft(NdArray x, FftOptions options) {
        return Standard.oneAxis("hfft", Input.COMPLEX, FftExtension::hfft, x, options.n(), options.axis(),
                options.norm(), options.workers());
    }

    /**
     * The inverse of hfft ({@code scipy.fft.ihfft}): {@code n/2+1} complex terms from real input. Along the last axis,
     * SciPy's defaults.
     */
    public static NdArray ihfft(NdArray x) {
        return ihfft(x, FftOptions.defaults());
    }

    /** The inverse of hfft ({@code scipy.fft.ihfft}): {@code n/2+1} complex terms from real input. */
    public static NdArray ihfft(NdArray x, FftOptions options) {
        return Standard.oneAxis("ihfft", Input.REAL, FftExtension::ihfft, x, options.n(), options.axis(),
                options.norm(), options.workers());
    }

    /** The n-dimensional discrete Fourier transform ({@code scipy.fft.fftn}). Over every axis, SciPy's defaults. */
    public static NdArray fftn(NdArray x) {
        return fftn(x, FftnOptions.defaults());
    }

    /** The n-dimensional discrete Fourier transform ({@code scipy.fft.fftn}). */
    public static NdArray fftn(NdArray x, FftnOptions options) {
        return Standard.nAxes("fftn", Input.COMPLEX, FftExtension::fftn, x, options.s(), options.axes(),
                options.norm(), options.workers());
    }

    /**
     * The n-dimensional inverse discrete Fourier transform ({@code scipy.fft.ifftn}). Over every axis, SciPy's
     * defaults.
     */
    public static NdArray ifftn(NdArray x) {
        return ifftn(x, FftnOptions.defaults());
    }

    /** The n-dimensional inverse discrete Fourier transform ({@code scipy.fft.ifftn}). */
    public static NdArray ifftn(NdArray x, FftnOptions options) {
        return Standard.nAxes("ifftn", Input.COMPLEX, FftExtension::ifftn, x, options.s(), options.axes(),
                options.norm(), options.workers());
    }

    /**
     * The n-dimensional transform of real input ({@code scipy.fft.rfftn}); the last transformed axis is halved. Over
     * every axis, SciPy's defaults.
     */
    public static NdArray rfftn(NdArray x) {
        return rfftn(x, FftnOptions.defaults());
    }

    /** The n-dimensional transform of real input ({@code scipy.fft.rfftn}); the last transformed axis is halved. */
    public static NdArray rfftn(NdArray x, FftnOptions options) {
        return Standard.nAxes("rfftn", Input.REAL, FftExtension::rfftn, x, options.s(), options.axes(),
                options.norm(), options.workers());
    }

    /**
     * The inverse of rfftn ({@code scipy.fft.irfftn}); {@code s[-1]} is the last axis' output length (default {@code
     * 2*(m-1)}). Over every axis, SciPy's defaults.
     */
    public static NdArray irfftn(NdArray x) {
        return irfftn(x, FftnOptions.defaults());
    }

    /**
     * The inverse of rfftn ({@code scipy.fft.irfftn}); {@code s[-1]} is the last axis' output length (default {@code
     * 2*(m-1)}).
     */
    public static NdArray irfftn(NdArray x, FftnOptions options) {
        return Standard.nAxes("irfftn", Input.COMPLEX, FftExtension::irfftn, x, options.s(), options.axes(),
                options.norm(), options.workers());
    }

    /**
     * The n-dimensional transform of a Hermitian-symmetric signal ({@code scipy.fft.hfftn}): irfftn of the
     * conjugate with the norm's direction swapped. Over every axis, SciPy's defaults.
     */
    public static NdArray hfftn(NdArray x) {
        return hfftn(x, FftnOptions.defaults());
    }

    /** The n-dimensional transform of a Hermitian-symmetric signal ({@code scipy.fft.hfftn}). */
    public static NdArray hfftn(NdArray x, FftnOptions options) {
        return Standard.hfftn("hfftn", x, options.s(), options.axes(), options.norm(), options.workers());
    }

    /** The inverse of hfftn ({@code scipy.fft.ihfftn}): the conjugate of rfftn. Over every axis. */
    public static NdArray ihfftn(NdArray x) {
        return ihfftn(x, FftnOptions.defaults());
    }

    /** The inverse of hfftn ({@code scipy.fft.ihfftn}). */
    public static NdArray ihfftn(NdArray x, FftnOptions options) {
        return Standard.ihfftn("ihfftn", x, options.s(), options.axes(), options.norm(), options.workers());
    }

    /** The two-dimensional discrete Fourier transform ({@code scipy.fft.fft2}). Over the last two axes. */
    public static NdArray fft2(NdArray x) {
        return fft2(x, FftnOptions.defaults());
    }

    /**
     * The two-dimensional discrete Fourier transform ({@code scipy.fft.fft2}). Null axes in the options mean the last
     * two.
     */
    public static NdArray fft2(NdArray x, FftnOptions options) {
        return fftn(x, options.twoDimensional());
    }

    /** The two-dimensional inverse discrete Fourier transform ({@code scipy.fft.ifft2}). Over the last two axes. */
    public static NdArray ifft2(NdArray x) {
        return ifft2(x, FftnOptions.defaults());
    }

    /**
     * The two-dimensional inverse discrete Fourier transform ({@code scipy.fft.ifft2}). Null axes in the options mean
     * the last two.
     */
    public static NdArray ifft2(NdArray x, FftnOptions options) {
        return ifftn(x, options.twoDimensional());
    }

    /** The two-dimensional transform of real input ({@code scipy.fft.rfft2}). Over the last two axes. */
    public static NdArray rfft2(NdArray x) {
        return rfft2(x, FftnOptions.defaults());
    }

    /**
     * The two-dimensional transform of real input ({@code scipy.fft.rfft2}). Null axes in the options mean the last
     * two.
     */
    public static NdArray rfft2(NdArray x, FftnOptions options) {
        return rfftn(x, options.twoDimensional());
    }

    /** The inverse of rfft2 ({@code scipy.fft.irfft2}). Over the last two axes. */
    public static NdArray irfft2(NdArray x) {
        return irfft2(x, FftnOptions.defaults());
    }

    /** The inverse of rfft2 ({@code scipy.fft.irfft2}). Null axes in the options mean the last two. */
    public static NdArray irfft2(NdArray x, FftnOptions options) {
        return irfftn(x, options.twoDimensional());
    }

    /**
     * The two-dimensional transform of a Hermitian-symmetric signal ({@code scipy.fft.hfft2}). Over the last two axes.
     */
    public static NdArray hfft2(NdArray x) {
        return hfft2(x, FftnOptions.defaults());
    }

    /**
     * The two-dimensional transform of a Hermitian-symmetric signal ({@code scipy.fft.hfft2}). Null axes in the options
     * mean the last two.
     */
    public static NdArray hfft2(NdArray x, FftnOptions options) {
        return hfftn(x, options.twoDimensional());
    }

    /** The inverse of hfft2 ({@code scipy.fft.ihfft2}). Over the last two axes. */
    public static NdArray ihfft2(NdArray x) {
        return ihfft2(x, FftnOptions.defaults());
    }

    /** The inverse of hfft2 ({@code scipy.fft.ihfft2}). Null axes in the options mean the last two. */
    public static NdArray ihfft2(NdArray x, FftnOptions options) {
        return ihfftn(x, options.twoDimensional());
    }

    /**
     * The sample frequencies of an n-point transform with sample spacing {@code d} ({@code scipy.fft.fftfreq}):
     * {@code [0, 1, ..., ceil(n/2)-1, -floor(n/2), ..., -1] / (d*n)}, as a float64 cpu array.
     *
     * @throws IllegalArgumentException when n is below 1 or d is zero
     */
    public static NdArray fftfreq(int n, double d) {
        return fftfreq(n, d, Xp.defaultNamespace(), null);
    }

    /**
     * {@code fftfreq(n, d, xp=xp, device=device)}: the frequencies in {@code xp}'s default float dtype on
     * {@code device} (null: the namespace's default).
     */
    public static NdArray fftfreq(int n, double d, ArrayNamespace xp, Device device) {
        return Frequencies.of(xp, n, d, false, device);
    }

    /**
     * The non-negative sample frequencies of an n-point real transform ({@code scipy.fft.rfftfreq}):
     * {@code [0, 1, ..., n/2] / (d*n)}, as a float64 cpu array.
     *
     * @throws IllegalArgumentException when n is below 1 or d is zero
     */
    public static NdArray rfftfreq(int n, double d) {
        return rfftfreq(n, d, Xp.defaultNamespace(), null);
    }

    /** {@code rfftfreq(n, d, xp=xp, device=device)}, in {@code xp}'s default float dtype on {@code device}. */
    public static NdArray rfftfreq(int n, double d, ArrayNamespace xp, Device device) {
        return Frequencies.of(xp, n, d, true, device);
    }

    /**
     * Shifts the zero-frequency term to the centre ({@code scipy.fft.fftshift}): rolls each axis by
     * {@code n/2}. No axes (or null) means every axis; the dtype is kept.
     */
    public static NdArray fftshift(NdArray x, int... axes) {
        return Shifts.shift(x, axes, false);
    }

    /** The inverse of fftshift ({@code scipy.fft.ifftshift}): rolls each axis by {@code -(n/2)}. */
    public static NdArray ifftshift(NdArray x, int... axes) {
        return Shifts.shift(x, axes, true);
    }

    /**
     * The smallest length &ge; {@code target} whose prime factors are all in {2, 3, 5, 7, 11}
     * ({@code scipy.fft.next_fast_len}); 0 for 0.
     *
     * @throws IllegalArgumentException for a negative target or one too large
     */
    public static long nextFastLen(long target) {
        return FastLengths.next(target, false);
    }

    /**
     * {@code next_fast_len(target, real)}: with {@code real}, factors in {2, 3, 5} only (real transforms).
     *
     * @throws IllegalArgumentException for a negative target or one too large
     */
    public static long nextFastLen(long target, boolean real) {
        return FastLengths.next(target, real);
    }

    /**
     * The largest length &le; {@code target} whose prime factors are all in {2, 3, 5, 7, 11}
     * ({@code scipy.fft.prev_fast_len}); 0 for 0.
     *
     * @throws IllegalArgumentException for a negative target
     */
    public static long prevFastLen(long target) {
        return FastLengths.previous(target, false);
    }

    /**
     * {@code prev_fast_len(target, real)}: with {@code real}, factors in {2, 3, 5} only.
     *
     * @throws IllegalArgumentException for a negative target
     */
    public static long prevFastLen(long target, boolean real) {
        return FastLengths.previous(target, real);
    }
}
