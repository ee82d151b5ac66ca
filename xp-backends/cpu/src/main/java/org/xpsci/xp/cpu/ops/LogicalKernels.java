package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * logical_and, logical_or, logical_xor, logical_not on bool blocks of 0/1 bytes. Input of another dtype is
 * read as bool first (non-zero, NaN included, is True), as the standard allows.
 */
final class LogicalKernels {

    private LogicalKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.LOGICAL_AND, new BinaryKernel("logical_and") {
            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] & b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.LOGICAL_OR, new BinaryKernel("logical_or") {
            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] | b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.LOGICAL_XOR, new BinaryKernel("logical_xor") {
            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] ^ b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.LOGICAL_NOT, new UnaryKernel("logical_not") {
            @Override
            public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] ^ 1);
            }
        });
    }
}
