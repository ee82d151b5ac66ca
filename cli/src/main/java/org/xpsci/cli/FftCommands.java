package org.xpsci.cli;

import java.nio.file.Path;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Results;
import org.xpsci.cli.internal.Session;
import org.xpsci.fft.Fft;
import org.xpsci.fft.FftOptions;
import org.xpsci.fft.FftnOptions;
import org.xpsci.xp.NdArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The scipy.fft commands: one- and n-dimensional transforms, sample frequencies and shifts. */
@CommandGroup("Fourier transforms (scipy.fft)")
final class FftCommands {

    private FftCommands() {
    }

    /** The arguments of the one-dimensional transforms: {@code x, n, axis, norm}. */
    static final class Transform {
        @Option(names = "--x", required = true, paramLabel = "FILE.npy", description = "Input array (SciPy: x).")
        Path x;

        @Option(names = "--n", paramLabel = "N",
                description = "Length of the transformed axis of the output (SciPy: n): the input is cropped or"
                        + " zero-padded; default: the input's length (irfft, hfft: 2*(m-1)).")
        Integer n;

        @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "-1",
                description = "Axis over which to compute the transform (SciPy: axis; default: ${DEFAULT-VALUE}).")
        int axis;

        @Option(names = "--norm", paramLabel = "MODE", defaultValue = "backward",
                description = "Normalisation mode (SciPy: norm): backward, ortho or forward (default:"
                        + " ${DEFAULT-VALUE}).")
        String norm;

        FftOptions options() {
            return FftOptions.defaults().withN(n).withAxis(axis).withNorm(norm);
        }
    }

    /** The arguments of the n-dimensional transforms: {@code x, s, axes, norm}. */
    static final class TransformN {
        @Option(names = "--x", required = true, paramLabel = "FILE.npy", description = "Input array (SciPy: x).")
        Path x;

        @Option(names = "--s", paramLabel = "A,B", split = ",",
                description = "Shape of the output along the transformed axes (SciPy: s): the input is cropped"
                        + " or zero-padded; default: the input's shape.")
        int[] s;

        @Option(names = "--axes", paramLabel = "A,B", split = ",",
                description = "Axes over which to compute the transform (SciPy: axes); default: the last len(s)"
                        + " axes, or all.")
        int[] axes;

        @Option(names = "--norm", paramLabel = "MODE", defaultValue = "backward",
                description = "Normalisation mode (SciPy: norm): backward, ortho or forward (default:"
                        + " ${DEFAULT-VALUE}).")
        String norm;

        FftnOptions options() {
            return new FftnOptions(s, axes, null, null).withNorm(norm);
        }
    }

    /** The arguments of fftfreq and rfftfreq: {@code n, d}. */
    static final class Frequencies {
        @Option(names = "--n", required = true, paramLabel = "N", description = "Window length (SciPy: n).")
        int n;

        @Option(names = "--d", paramLabel = "D", defaultValue = "1.0",
                description = "Sample spacing, the inverse of the sampling rate (SciPy: d; default:"
                        + " ${DEFAULT-VALUE}).")
        double d;
    }

    /** The arguments of fftshift and ifftshift: {@code x, axes}. */
    static final class Shift {
        @Option(names = "--x", required = true, paramLabel = "FILE.npy", description = "Input array (SciPy: x).")
        Path x;

        @Option(names = "--axes", paramLabel = "A,B", split = ",",
                description = "Axes over which to shift (SciPy: axes); default: all axes.")
        int[] axes;
    }

    @Command(name = "fft", description = "The 1-D discrete Fourier transform, scipy.fft.fft. Writes: out.")
    static int fft(@Mixin Transform a, @Mixin Session s) {
        return write(s, Fft.fft(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "ifft", description = "The 1-D inverse discrete Fourier transform, scipy.fft.ifft. Writes: out.")
    static int ifft(@Mixin Transform a, @Mixin Session s) {
        return write(s, Fft.ifft(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "rfft", description = "The 1-D transform of real input (the non-negative frequencies),"
            + " scipy.fft.rfft. Writes: out.")
    static int rfft(@Mixin Transform a, @Mixin Session s) {
        return write(s, Fft.rfft(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "irfft", description = "The inverse of rfft (real output), scipy.fft.irfft. Writes: out.")
    static int irfft(@Mixin Transform a, @Mixin Session s) {
        return write(s, Fft.irfft(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "hfft", description = "The transform of a Hermitian-symmetric signal (real spectrum),"
            + " scipy.fft.hfft. Writes: out.")
    static int hfft(@Mixin Transform a, @Mixin Session s) {
        return write(s, Fft.hfft(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "ihfft", description = "The inverse of hfft, scipy.fft.ihfft. Writes: out.")
    static int ihfft(@Mixin Transform a, @Mixin Session s) {
        return write(s, Fft.ihfft(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "fftn", description = "The n-D discrete Fourier transform, scipy.fft.fftn. Writes: out.")
    static int fftn(@Mixin TransformN a, @Mixin Session s) {
        return write(s, Fft.fftn(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "ifftn", description = "The n-D inverse discrete Fourier transform, scipy.fft.ifftn."
            + " Writes: out.")
    static int ifftn(@Mixin TransformN a, @Mixin Session s) {
        return write(s, Fft.ifftn(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "rfftn", description = "The n-D transform of real input, scipy.fft.rfftn. Writes: out.")
    static int rfftn(@Mixin TransformN a, @Mixin Session s) {
        return write(s, Fft.rfftn(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "irfftn", description = "The inverse of rfftn (real output), scipy.fft.irfftn. Writes: out.")
    static int irfftn(@Mixin TransformN a, @Mixin Session s) {
        return write(s, Fft.irfftn(s.read(a.x, "x"), a.options()));
    }

    @Command(name = "fftfreq", description = "The sample frequencies of an n-point transform, scipy.fft.fftfreq."
            + " Writes: out.")
    static int fftfreq(@Mixin Frequencies a, @Mixin Session s) {
        return write(s, Fft.fftfreq(a.n, a.d, s.namespace(), null));
    }

    @Command(name = "rfftfreq", description = "The non-negative sample frequencies of an n-point real transform,"
            + " scipy.fft.rfftfreq. Writes: out.")
    static int rfftfreq(@Mixin Frequencies a, @Mixin Session s) {
        return write(s, Fft.rfftfreq(a.n, a.d, s.namespace(), null));
    }

    @Command(name = "fftshift", description = "Shifts the zero-frequency term to the centre, scipy.fft.fftshift."
            + " Writes: out.")
    static int fftshift(@Mixin Shift a, @Mixin Session s) {
        return write(s, Fft.fftshift(s.read(a.x, "x"), a.axes));
    }

    @Command(name = "ifftshift", description = "The inverse of fftshift, scipy.fft.ifftshift. Writes: out.")
    static int ifftshift(@Mixin Shift a, @Mixin Session s) {
        return write(s, Fft.ifftshift(s.read(a.x, "x"), a.axes));
    }

    private static int write(Session s, NdArray out) {
        return s.write(Results.of("out", out));
    }
}
