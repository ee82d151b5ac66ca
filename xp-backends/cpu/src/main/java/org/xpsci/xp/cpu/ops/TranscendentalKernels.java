package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/** exp, log and the trigonometric and hyperbolic functions. */
final class TranscendentalKernels {

    private TranscendentalKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.EXP, new UnaryKernel("exp") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.exp(a[ao + i]);
            }
        });
        KernelTable.put(ElementwiseOp.SIN, new UnaryKernel("sin") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.sin(a[ao + i]);
            }
        });
    }
}
