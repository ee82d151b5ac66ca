package org.xpsci.xp.cpu.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.CpuBackend;

/**
 * The cpu backend says which linalg kernels run: OpenBLAS on linux-x86_64, else the own kernels with the reason;
 * runs in both surefire executions of xp-cpu (OpenBLAS on, and off by {@code -Dxpsci.lapack=false}).
 */
class OpenBlasStatusTest {

    private static String linalgNote() {
        return new CpuBackend().status().accelerators().stream().filter(s -> s.startsWith("linalg: ")).findFirst()
                .orElseThrow();
    }

    @Test
    void switchedOffReportsTheReasonAndUsesTheOwnKernels() {
        if (!"false".equalsIgnoreCase(System.getProperty(OpenBlas.PROPERTY))) {
            return;
        }
        assertFalse(OpenBlas.available());
        assertEquals("linalg: EJML and blocked kernels (OpenBLAS absent: switched off by -Dxpsci.lapack=false)",
                linalgNote());
        assertTrue(MatrixKernels.of(DType.FLOAT64) instanceof DoubleMatrixKernels);
        assertTrue(MatrixKernels.of(DType.FLOAT32) instanceof FloatMatrixKernels);
    }

    @Test
    void loadsOnLinuxX8664UnlessSwitchedOff() {
        boolean linuxX64 = System.getProperty("os.name").startsWith("Linux")
                && "amd64".equals(System.getProperty("os.arch"));
        if ("false".equalsIgnoreCase(System.getProperty(OpenBlas.PROPERTY)) || !linuxX64) {
            return;
        }
        assertTrue(OpenBlas.available(), linalgNote());
        assertTrue(linalgNote().startsWith("linalg: OpenBLAS "), linalgNote());
        assertTrue(MatrixKernels.of(DType.FLOAT64) instanceof LapackDoubleKernels);
        assertTrue(MatrixKernels.of(DType.FLOAT32) instanceof LapackFloatKernels);
        assertTrue(MatrixKernels.of(DType.COMPLEX128) instanceof ComplexDoubleMatrixKernels);
    }
}
