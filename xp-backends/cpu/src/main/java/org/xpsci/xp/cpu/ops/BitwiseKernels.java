package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * bitwise_and, bitwise_or, bitwise_xor, bitwise_invert (integers and bool), bitwise_left_shift and
 * bitwise_right_shift (integers). Shifts follow NumPy: a count at or above the width, or negative, shifts
 * every bit out (0, or -1 for a negative value shifted right); the right shift is arithmetic for signed
 * dtypes and logical for unsigned ones. Narrow dtypes are computed in 64 bits and narrowed on store, which
 * gives the same bits as shifting in the narrow dtype.
 */
final class BitwiseKernels {

    private BitwiseKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.BITWISE_AND, new BinaryKernel("bitwise_and") {
            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] & b[bo + i];
            }

            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] & b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.BITWISE_OR, new BinaryKernel("bitwise_or") {
            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] | b[bo + i];
            }

            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] | b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.BITWISE_XOR, new BinaryKernel("bitwise_xor") {
            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] ^ b[bo + i];
            }

            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] ^ b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.BITWISE_INVERT, new UnaryKernel("bitwise_invert") {
            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = ~a[ao + i];
            }

            @Override
            public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] ^ 1);
            }
        });
        KernelTable.put(ElementwiseOp.BITWISE_LEFT_SHIFT, new BinaryKernel("bitwise_left_shift") {
            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long s = b[bo + i];
                    o[oo + i] = s >= 0 && s < 64 ? a[ao + i] << s : 0;
                }
            }
        });
        KernelTable.put(ElementwiseOp.BITWISE_RIGHT_SHIFT, new BinaryKernel("bitwise_right_shift") {
            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long s = b[bo + i];
                    o[oo + i] = a[ao + i] >> (s >= 0 && s < 64 ? s : 63);
                }
            }

            @Override
            public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long s = b[bo + i];
                    o[oo + i] = s >= 0 && s < 64 ? a[ao + i] >>> s : 0;
                }
            }
        });
    }
}
