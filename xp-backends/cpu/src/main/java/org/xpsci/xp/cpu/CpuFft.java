package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;

/** The fft extension of the cpu backend, on JTransforms. */
final class CpuFft implements FftExtension {

    private final CpuNamespace ns;

    CpuFft(CpuNamespace ns) {
        this.ns = ns;
    }

    @Override
    public NdArray fft(NdArray x, Integer n, int axis, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray ifft(NdArray x, Integer n, int axis, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray fftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray ifftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray rfft(NdArray x, Integer n, int axis, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray irfft(NdArray x, Integer n, int axis, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray rfftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray irfftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray hfft(NdArray x, Integer n, int axis, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray ihfft(NdArray x, Integer n, int axis, FftNorm norm) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray fftfreq(int n, double d, DType dtype, Device device) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray rfftfreq(int n, double d, DType dtype, Device device) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray fftshift(NdArray x, int... axes) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray ifftshift(NdArray x, int... axes) {
        throw new IllegalStateException("PENDING");
    }
}
