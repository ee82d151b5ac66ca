package org.xpsci.xp.cuda.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jcuda.Pointer;
import jcuda.jcublas.JCublas2;
import jcuda.jcublas.cublasHandle;
import jcuda.jcublas.cublasOperation;
import jcuda.runtime.cudaStream_t;
import org.xpsci.xp.DType;

/**
 * cuBLAS through JCublas 11.8, used for floating-point matmul when {@code libcublas.so.11} loads (JCublas
 * binds that major version's versioned symbols, so a CUDA 12 or 13 cuBLAS cannot stand in). Probed lazily;
 * a failure to load is a reason, never an error.
 */
public final class CublasLibrary {

    private static volatile Accelerator status;
    private static final Map<Integer, cublasHandle> HANDLES = new ConcurrentHashMap<>();

    private CublasLibrary() {
    }

    /** Whether cuBLAS loaded here, and why not. */
    public static Accelerator status() {
        Accelerator s = status;
        if (s == null) {
            synchronized (CublasLibrary.class) {
                if (status == null) {
                    status = probe();
                }
                s = status;
            }
        }
        return s;
    }

    private static Accelerator probe() {
        String name = "cuBLAS (JCublas 11.8, libcublas.so.11)";
        if (Accelerator.switchedOff()) {
            return new Accelerator(false, name, "switched off by -D" + Accelerator.PROPERTY + "=false");
        }
        try {
            JCublas2.setExceptionsEnabled(true);
            handle(DeviceContext.of(0));
            return new Accelerator(true, name, null);
        } catch (Throwable t) {
            return new Accelerator(false, name, LoadFailure.reason("JCublas", t));
        }
    }

    private static cublasHandle handle(DeviceContext ctx) {
        return HANDLES.computeIfAbsent(ctx.id(), id -> {
            ctx.makeCurrent();
            cublasHandle h = new cublasHandle();
            JCublas2.cublasCreate(h);
            JCublas2.cublasSetStream(h, new cudaStream_t(ctx.stream()));
            return h;
        });
    }

    /**
     * Column-major {@code C = op(A) op(B)} for {@code batch} matrices at uniform strides (elements), on the
     * context's stream. {@code transA}/{@code transB} select the transpose of the stored matrix.
     */
    public static void gemm(DeviceContext ctx, DType dtype, boolean transA, boolean transB, int m, int n, int k,
                            Pointer a, int lda, long strideA, Pointer b, int ldb, long strideB, Pointer c, int ldc,
                            long strideC, int batch) {
        cublasHandle h = handle(ctx);
        ctx.makeCurrent();
        int ta = transA ? cublasOperation.CUBLAS_OP_T : cublasOperation.CUBLAS_OP_N;
        int tb = transB ? cublasOperation.CUBLAS_OP_T : cublasOperation.CUBLAS_OP_N;
        switch (dtype) {
            case FLOAT32 -> JCublas2.cublasSgemmStridedBatched(h, ta, tb, m, n, k, Pointer.to(new float[] {1f}), a,
                    lda, strideA, b, ldb, strideB, Pointer.to(new float[] {0f}), c, ldc, strideC, batch);
            case FLOAT64 -> JCublas2.cublasDgemmStridedBatched(h, ta, tb, m, n, k, Pointer.to(new double[] {1}), a,
                    lda, strideA, b, ldb, strideB, Pointer.to(new double[] {0}), c, ldc, strideC, batch);
            case COMPLEX64 -> JCublas2.cublasCgemmStridedBatched(h, ta, tb, m, n, k, Pointer.to(new float[] {1f, 0f}),
                    a, lda, strideA, b, ldb, strideB, Pointer.to(new float[] {0f, 0f}), c, ldc, strideC, batch);
            case COMPLEX128 -> JCublas2.cublasZgemmStridedBatched(h, ta, tb, m, n, k, Pointer.to(new double[] {1, 0}),
                    a, lda, strideA, b, ldb, strideB, Pointer.to(new double[] {0, 0}), c, ldc, strideC, batch);
            default -> throw new IllegalArgumentException("cuBLAS gemm takes float32, float64, complex64 or"
                    + " complex128; got " + dtype);
        }
    }
}
