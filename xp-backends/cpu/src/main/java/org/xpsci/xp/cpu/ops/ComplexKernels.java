package org.xpsci.xp.cpu.ops;

import java.util.Arrays;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * real, imag and conj. For real-valued input (2024.12) real and conj return the values, imag returns zeros,
 * each in the input's dtype; real and imag of bool are bool as in NumPy.
 */
final class ComplexKernels {

    private ComplexKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.REAL, new RealInputs("real", false) {
            @Override
            public void complexToReal(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[2 * (ao + i)];
            }
        });
        KernelTable.put(ElementwiseOp.IMAG, new RealInputs("imag", true) {
            @Override
            public void complexToReal(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[2 * (ao + i) + 1];
            }
        });
        KernelTable.put(ElementwiseOp.CONJ, new UnaryKernel("conj") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), r = 2 * (oo + i);
                    o[r] = a[p];
                    o[r + 1] = -a[p + 1];
                }
            }
        });
    }

    /** real or imag of real-valued input: the values, or zeros. */
    private abstract static class RealInputs extends UnaryKernel {

        private final boolean zeros;

        RealInputs(String name, boolean zeros) {
            super(name);
            this.zeros = zeros;
        }

        @Override
        public void doubles(double[] a, int ao, double[] o, int oo, int n) {
            if (zeros) {
                Arrays.fill(o, oo, oo + n, 0.0);
            } else {
                System.arraycopy(a, ao, o, oo, n);
            }
        }

        @Override
        public void floats(float[] a, int ao, float[] o, int oo, int n) {
            if (zeros) {
                Arrays.fill(o, oo, oo + n, 0.0f);
            } else {
                System.arraycopy(a, ao, o, oo, n);
            }
        }

        @Override
        public void longs(long[] a, int ao, long[] o, int oo, int n) {
            if (zeros) {
                Arrays.fill(o, oo, oo + n, 0L);
            } else {
                System.arraycopy(a, ao, o, oo, n);
            }
        }

        @Override
        public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
            if (zeros) {
                Arrays.fill(o, oo, oo + n, (byte) 0);
            } else {
                System.arraycopy(a, ao, o, oo, n);
            }
        }
    }
}
