package org.xpsci.testing.compliance;

import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.NdArray;

/**
 * The elements of a result array of any backend, read on the host in C order through DLPack (a device array
 * is copied explicitly): real and imaginary parts as doubles and, for integer and bool dtypes, exact longs.
 *
 * @param dtype the dtype
 * @param shape the shape
 * @param re    real parts
 * @param im    imaginary parts (zeros for real dtypes)
 * @param exact the elements as longs for integer and bool dtypes (uint64 as its bit pattern), else null
 */
public record ArrayValues(DType dtype, int[] shape, double[] re, double[] im, long[] exact) {

    /** Reads {@code x}. */
    public static ArrayValues of(NdArray x) {
        DlpackTensor t = x.dlpack(null, null);
        if (!t.isHost()) {
            t = x.dlpack(Device.CPU, true);
        }
        HostBuffer b = t.hostBuffer();
        int n = Math.toIntExact(b.size());
        double[] re = new double[n];
        double[] im = new double[n];
        HostReader.forEach(b, (i, r, m) -> {
            re[i] = r;
            im[i] = m;
        });
        long[] exact = null;
        if (b.dtype().isIntegral() || b.dtype().isBool()) {
            long[] e = new long[n];
            HostReader.forEachLong(b, (i, v) -> e[i] = v);
            exact = e;
        }
        return new ArrayValues(b.dtype(), b.shape().clone(), re, im, exact);
    }

    /** The number of elements. */
    public int size() {
        return re.length;
    }

    /** Whether element {@code i} equals the reference value (NaN matches NaN, -0 equals +0, exact for integers). */
    public boolean same(int i, double refRe, double refIm) {
        return sameDouble(re[i], refRe) && sameDouble(im[i], refIm);
    }

    private static boolean sameDouble(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b);
    }
}
