package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Parallel;
import org.xpsci.xp.cpu.linalg.ComplexDoubleGemm;
import org.xpsci.xp.cpu.linalg.ComplexFloatGemm;
import org.xpsci.xp.cpu.linalg.DoubleGemm;
import org.xpsci.xp.cpu.linalg.FloatGemm;
import org.xpsci.xp.cpu.linalg.LongGemm;

/**
 * Batched matrix products on the cpu: each pair of matrices of two stacks goes to the GEMM kernel of their
 * storage (float64, float32, complex128, complex64, or 64-bit integers). A batch of small matrices is split
 * over the worker pool; a large product splits itself.
 */
final class MatrixProduct {

    private MatrixProduct() {
    }

    /**
     * {@code c[i] += a[i] @ b[i]} for every matrix i of the batch. a's and b's storage must be c's dtype (ints
     * and bool as int64/uint64); c is C-contiguous (batch, m, n).
     */
    static void accumulate(CpuArray aArr, MatrixStack a, CpuArray bArr, MatrixStack b, CpuArray c) {
        int count = a.count();
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        long work = (long) m * n * k;
        if (count == 0 || work == 0) {
            return;
        }
        boolean splitBatch = count > 1 && work < DoubleGemm.PARALLEL_WORK;
        int chunks = splitBatch ? Parallel.chunks(count * work, 1 << 16) : 1;
        int per = (count + chunks - 1) / chunks;
        Parallel.forEach(chunks, t -> {
            int to = Math.min(count, (t + 1) * per);
            for (int i = t * per; i < to; i++) {
                one(aArr.data(), a, a.offsets()[i], bArr.data(), b, b.offsets()[i], c, i * m * n, !splitBatch);
            }
        });
    }

    private static void one(Object ad, MatrixStack a, int ao, Object bd, MatrixStack b, int bo, CpuArray c, int co,
                            boolean parallel) {
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        DType dt = c.dtype();
        switch (dt) {
            case FLOAT64 -> DoubleGemm.gemm(m, n, k, 1, (double[]) ad, ao, a.rowStride(), a.colStride(),
                    (double[]) bd, bo, b.rowStride(), b.colStride(), (double[]) c.data(), co, n, 1, parallel);
            case FLOAT32 -> FloatGemm.gemm(m, n, k, 1, (float[]) ad, ao, a.rowStride(), a.colStride(),
                    (float[]) bd, bo, b.rowStride(), b.colStride(), (float[]) c.data(), co, n, 1, parallel);
            case COMPLEX128 -> ComplexDoubleGemm.gemm(m, n, k, (double[]) ad, ao, a.rowStride(), a.colStride(),
                    (double[]) bd, bo, b.rowStride(), b.colStride(), (double[]) c.data(), co, n, 1, parallel);
            case COMPLEX64 -> ComplexFloatGemm.gemm(m, n, k, (float[]) ad, ao, a.rowStride(), a.colStride(),
                    (float[]) bd, bo, b.rowStride(), b.colStride(), (float[]) c.data(), co, n, 1, parallel);
            case INT64, UINT64 -> LongGemm.gemm(m, n, k, (long[]) ad, ao, a.rowStride(), a.colStride(),
                    (long[]) bd, bo, b.rowStride(), b.colStride(), (long[]) c.data(), co, n, 1);
            default -> throw new IllegalStateException("matrix products compute in float64, float32, complex or"
                    + " 64-bit integers; got " + dt);
        }
    }
}
