package org.xpsci.xp.strict;

import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.Device;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;

/**
 * The fft extension of the strict backend: the cpu transforms under the standard's dtype rules. The complex
 * transforms (fft, ifft, fftn, ifftn) and the inverses of real transforms (irfft, irfftn, hfft) take complex
 * input; rfft, rfftn and ihfft take real floating-point input; the shifts take floating-point input.
 */
final class StrictFft implements FftExtension {

    private final StrictNamespace ns;

    StrictFft(StrictNamespace ns) {
        this.ns = ns;
    }

    private FftExtension cpu() {
        return ns.cpu().fft();
    }

    private StrictArray input(String function, NdArray x, DTypeCategory category) {
        StrictArray s = ns.strict(x, "x");
        Requirements.category("fft." + function, "x", s.dtype(), category);
        return s;
    }

    @Override
    public NdArray fft(NdArray x, Integer n, int axis, FftNorm norm) {
        StrictArray s = input("fft", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().fft(s.base(), n, axis, norm), s);
    }

    @Override
    public NdArray ifft(NdArray x, Integer n, int axis, FftNorm norm) {
        StrictArray s = input("ifft", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().ifft(s.base(), n, axis, norm), s);
    }

    @Override
    public NdArray fftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        StrictArray a = input("fftn", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().fftn(a.base(), s, axes, norm), a);
    }

    @Override
    public NdArray ifftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        StrictArray a = input("ifftn", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().ifftn(a.base(), s, axes, norm), a);
    }

    @Override
    public NdArray rfft(NdArray x, Integer n, int axis, FftNorm norm) {
        StrictArray s = input("rfft", x, DTypeCategory.REAL_FLOATING);
        return ns.wrap(cpu().rfft(s.base(), n, axis, norm), s);
    }

    @Override
    public NdArray irfft(NdArray x, Integer n, int axis, FftNorm norm) {
        StrictArray s = input("irfft", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().irfft(s.base(), n, axis, norm), s);
    }

    @Override
    public NdArray rfftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        StrictArray a = input("rfftn", x, DTypeCategory.REAL_FLOATING);
        return ns.wrap(cpu().rfftn(a.base(), s, axes, norm), a);
    }

    @Override
    public NdArray irfftn(NdArray x, int[] s, int[] axes, FftNorm norm) {
        StrictArray a = input("irfftn", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().irfftn(a.base(), s, axes, norm), a);
    }

    @Override
    public NdArray hfft(NdArray x, Integer n, int axis, FftNorm norm) {
        StrictArray s = input("hfft", x, DTypeCategory.COMPLEX_FLOATING);
        return ns.wrap(cpu().hfft(s.base(), n, axis, norm), s);
    }

    @Override
    public NdArray ihfft(NdArray x, Integer n, int axis, FftNorm norm) {
        StrictArray s = input("ihfft", x, DTypeCategory.REAL_FLOATING);
        return ns.wrap(cpu().ihfft(s.base(), n, axis, norm), s);
    }

    @Override
    public NdArray fftfreq(int n, double d, DType dtype, Device device) {
        StrictInfo.check(device);
        if (dtype != null) {
            Requirements.category("fft.fftfreq", "dtype", dtype, DTypeCategory.REAL_FLOATING);
        }
        return ns.wrap(cpu().fftfreq(n, d, dtype, null));
    }

    @Override
    public NdArray rfftfreq(int n, double d, DType dtype, Device device) {
        StrictInfo.check(device);
        if (dtype != null) {
            Requirements.category("fft.rfftfreq", "dtype", dtype, DTypeCategory.REAL_FLOATING);
        }
        return ns.wrap(cpu().rfftfreq(n, d, dtype, null));
    }

    @Override
    public NdArray fftshift(NdArray x, int... axes) {
        StrictArray s = input("fftshift", x, DTypeCategory.FLOATING);
        return ns.wrap(cpu().fftshift(s.base(), axes), s);
    }

    @Override
    public NdArray ifftshift(NdArray x, int... axes) {
        StrictArray s = input("ifftshift", x, DTypeCategory.FLOATING);
        return ns.wrap(cpu().ifftshift(s.base(), axes), s);
    }
}
