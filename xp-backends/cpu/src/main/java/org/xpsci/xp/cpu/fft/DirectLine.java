package org.xpsci.xp.cpu.fft;

import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * A forward line transform whose result is complex128 and fills at least as many slots as its input: when the
 * input already is in the compute precision ({@code direct}) and the output line is unit-stride complex128, the
 * input is copied straight into the output's storage and transformed there; otherwise it goes through a
 * scratch buffer and is converted on store (complex64 rounds).
 */
abstract class DirectLine implements LineTransform.Line {

    private final boolean complexInput;
    private final int inLength;
    private final int outLength;
    private double[] scratch;

    /**
     * @param complexInput whether lines are read as complex (else as real)
     * @param inLength     input elements per line after cropping or padding
     * @param outLength    complex output elements per line
     */
    DirectLine(boolean complexInput, int inLength, int outLength) {
        this.complexInput = complexInput;
        this.inLength = inLength;
        this.outLength = outLength;
    }

    /** Transforms the line held at {@code buf[at..]} in place, leaving {@code outLength} complex values. */
    abstract void transform(double[] buf, int at);

    @Override
    public final void apply(Object src, DType sdt, int soff, int sstride, int avail, Object dst, DType ddt, int doff,
            int dstride) {
        int m = Math.min(avail, inLength);
        int width = complexInput ? 2 : 1;
        DType native0 = complexInput ? DType.COMPLEX128 : DType.FLOAT64;
        boolean direct = sdt == native0 && ddt == DType.COMPLEX128 && dstride == 1;
        double[] buf;
        int at;
        if (direct) {
            buf = (double[]) dst;
            at = 2 * doff;
            LineTransform.gather((double[]) src, soff, sstride, width, m, buf, at);
        } else {
            if (scratch == null) {
                scratch = new double[2 * Math.max(inLength, outLength)];
            }
            buf = scratch;
            at = 0;
            if (complexInput) {
                Loader.toComplex(src, sdt, soff, sstride, m, buf);
            } else {
                Loader.toDouble(src, sdt, soff, sstride, m, buf);
            }
        }
        java.util.Arrays.fill(buf, at + width * m, at + 2 * outLength, 0.0);
        transform(buf, at);
        if (!direct) {
            Loader.fromComplex(buf, outLength, dst, ddt, doff, dstride);
        }
    }
}
