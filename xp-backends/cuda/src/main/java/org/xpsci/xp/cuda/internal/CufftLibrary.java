package org.xpsci.xp.cuda.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jcuda.Pointer;
import jcuda.jcufft.JCufft;
import jcuda.jcufft.cufftHandle;
import jcuda.jcufft.cufftType;
import jcuda.runtime.cudaStream_t;

/**
 * cuFFT through JCufft 11.8, used for the fft extension when {@code libcufft.so.10} loads (JCufft 11.8 binds
 * that major version; later cuFFT libraries cannot stand in). Plans are cached per (device, type, n, batch).
 */
public final class CufftLibrary {

    /** The transform types the backend uses. */
    public enum Type {
        /** complex to complex. */
        C2C,
        /** real to complex (the n/2+1 non-negative frequencies). */
        R2C,
        /** complex (n/2+1 terms) to real. */
        C2R
    }

    private static volatile Accelerator status;
    private static final Map<String, cufftHandle> PLANS = new ConcurrentHashMap<>();

    private CufftLibrary() {
    }

    /** Whether cuFFT loaded here, and why not. */
    public static Accelerator status() {
        Accelerator s = status;
        if (s == null) {
            synchronized (CufftLibrary.class) {
                if (status == null) {
                    status = probe();
                }
                s = status;
            }
        }
        return s;
    }

    private static Accelerator probe() {
        String name = "cuFFT (JCufft 11.8, libcufft.so.10)";
        if (Accelerator.switchedOff()) {
            return new Accelerator(false, name, "switched off by -D" + Accelerator.PROPERTY + "=false");
        }
        try {
            JCufft.setExceptionsEnabled(true);
            int[] v = new int[1];
            JCufft.cufftGetVersion(v);
            return new Accelerator(true, name.replace(")", ", version " + v[0] + ")"), null);
        } catch (Throwable t) {
            return new Accelerator(false, name, LoadFailure.reason("JCufft", t));
        }
    }

    /**
     * Runs a batched 1-d transform of length {@code n} over contiguous rows, on the context's stream. For C2C,
     * {@code inverse} selects the direction; C2R overwrites its input (pass a scratch copy).
     */
    public static void execute(DeviceContext ctx, Type type, boolean doublePrecision, int n, int batch, Pointer in,
                               Pointer out, boolean inverse) {
        cufftHandle plan = plan(ctx, type, doublePrecision, n, batch);
        ctx.makeCurrent();
        int dir = inverse ? JCufft.CUFFT_INVERSE : JCufft.CUFFT_FORWARD;
        switch (type) {
            case C2C -> {
                if (doublePrecision) {
                    JCufft.cufftExecZ2Z(plan, in, out, dir);
                } else {
                    JCufft.cufftExecC2C(plan, in, out, dir);
                }
            }
            case R2C -> {
                if (doublePrecision) {
                    JCufft.cufftExecD2Z(plan, in, out);
                } else {
                    JCufft.cufftExecR2C(plan, in, out);
                }
            }
            case C2R -> {
                if (doublePrecision) {
                    JCufft.cufftExecZ2D(plan, in, out);
                } else {
                    JCufft.cufftExecC2R(plan, in, out);
                }
            }
        }
    }

    private static cufftHandle plan(DeviceContext ctx, Type type, boolean dp, int n, int batch) {
        String key = ctx.id() + "/" + type + "/" + dp + "/" + n + "/" + batch;
        return PLANS.computeIfAbsent(key, k -> {
            ctx.makeCurrent();
            int t = switch (type) {
                case C2C -> dp ? cufftType.CUFFT_Z2Z : cufftType.CUFFT_C2C;
                case R2C -> dp ? cufftType.CUFFT_D2Z : cufftType.CUFFT_R2C;
                case C2R -> dp ? cufftType.CUFFT_Z2D : cufftType.CUFFT_C2R;
            };
            int inDist = type == Type.C2R ? n / 2 + 1 : n;
            int outDist = type == Type.R2C ? n / 2 + 1 : n;
            cufftHandle h = new cufftHandle();
            JCufft.cufftPlanMany(h, 1, new int[] {n}, new int[] {inDist}, 1, inDist, new int[] {outDist}, 1, outDist,
                    t, batch);
            JCufft.cufftSetStream(h, new cudaStream_t(ctx.stream()));
            return h;
        });
    }
}
