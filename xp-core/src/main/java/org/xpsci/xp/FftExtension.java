package org.xpsci.xp;

/**
 * The standard's fft extension ({@code xp.fft}): 14 functions. Lengths {@code n} / {@code s} crop or zero-pad
 * the input (for irfft/hfft they are output lengths); {@code null} keeps the input's length. Complex
 * transforms of real input promote float32 to complex64 and float64 to complex128.
 */
public interface FftExtension {

    /** One-dimensional discrete Fourier transform along {@code axis}. */
    NdArray fft(NdArray x, Integer n, int axis, FftNorm norm);

    /** One-dimensional inverse transform along {@code axis}. */
    NdArray ifft(NdArray x, Integer n, int axis, FftNorm norm);

    /** n-dimensional transform over {@code axes} (null: the last len(s) axes, or all). */
    NdArray fftn(NdArray x, int[] s, int[] axes, FftNorm norm);

    /** n-dimensional inverse transform. */
    NdArray ifftn(NdArray x, int[] s, int[] axes, FftNorm norm);

    /** Transform of real input: n//2+1 non-negative frequency terms. */
    NdArray rfft(NdArray x, Integer n, int axis, FftNorm norm);

    /** Inverse of rfft; {@code n} is the output length (default 2*(m-1)). */
    NdArray irfft(NdArray x, Integer n, int axis, FftNorm norm);

    /** n-dimensional transform of real input; the last axis is halved. */
    NdArray rfftn(NdArray x, int[] s, int[] axes, FftNorm norm);

    /** Inverse of rfftn; {@code s[-1]} is the output length of the last axis. */
    NdArray irfftn(NdArray x, int[] s, int[] axes, FftNorm norm);

    /** Transform of a Hermitian-symmetric signal (real output of length n). */
    NdArray hfft(NdArray x, Integer n, int axis, FftNorm norm);

    /** Inverse of hfft. */
    NdArray ihfft(NdArray x, Integer n, int axis, FftNorm norm);

    /** Sample frequencies {@code [0, 1, ..., -1] / (d*n)}; dtype null is the default float dtype. */
    NdArray fftfreq(int n, double d, DType dtype, Device device);

    /** Non-negative sample frequencies {@code [0, ..., n//2] / (d*n)}. */
    NdArray rfftfreq(int n, double d, DType dtype, Device device);

    /** Shifts the zero frequency to the centre (axes null: all). */
    NdArray fftshift(NdArray x, int... axes);

    /** Inverse of fftshift (axes null: all). */
    NdArray ifftshift(NdArray x, int... axes);

    /** {@code fft(x)} along the last axis. */
    default NdArray fft(NdArray x) {
        return fft(x, null, -1, FftNorm.BACKWARD);
    }

    /** {@code ifft(x)} along the last axis. */
    default NdArray ifft(NdArray x) {
        return ifft(x, null, -1, FftNorm.BACKWARD);
    }

    /** {@code rfft(x)} along the last axis. */
    default NdArray rfft(NdArray x) {
        return rfft(x, null, -1, FftNorm.BACKWARD);
    }

    /** {@code irfft(x)} along the last axis. */
    default NdArray irfft(NdArray x) {
        return irfft(x, null, -1, FftNorm.BACKWARD);
    }
}
