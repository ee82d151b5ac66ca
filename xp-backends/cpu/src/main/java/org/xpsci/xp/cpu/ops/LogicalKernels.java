package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;

/** logical_and, logical_or, logical_xor, logical_not. */
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
    }
}
