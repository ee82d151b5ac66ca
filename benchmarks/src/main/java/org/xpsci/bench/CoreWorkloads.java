package org.xpsci.bench;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * The array-core workloads of issue 2: elementwise add/multiply/exp on 10 M float64 and float32, sum and mean
 * of 10 M float64, matmul 1000x1000, fft of 2^22 complex128, rfft of 2^22 float64 and fftn of a 2048 x 2048
 * complex128 matrix (its size is the side).
 */
final class CoreWorkloads {

    private CoreWorkloads() {
    }

    static List<Workload> all() {
        return List.of(
                binary("add-f64", DType.FLOAT64, ArrayNamespace::add),
                binary("add-f32", DType.FLOAT32, ArrayNamespace::add),
                binary("multiply-f64", DType.FLOAT64, ArrayNamespace::multiply),
                binary("multiply-f32", DType.FLOAT32, ArrayNamespace::multiply),
                unary("exp-f64", DType.FLOAT64, ArrayNamespace::exp),
                unary("exp-f32", DType.FLOAT32, ArrayNamespace::exp),
                unary("sum-f64", DType.FLOAT64, ArrayNamespace::sum),
                unary("mean-f64", DType.FLOAT64, ArrayNamespace::mean),
                new Simple("matmul", 1000, (xp, n) -> {
                    int m = (int) (long) n;
                    NdArray a = random(xp, (long) m * m, DType.FLOAT64).reshape(m, m);
                    NdArray b = random(xp, (long) m * m, DType.FLOAT64).reshape(m, m);
                    return () -> xp.matmul(a, b);
                }),
                new Simple("fft", 1L << 22, (xp, n) -> {
                    NdArray z = randomComplex(xp, n);
                    return () -> xp.fft().fft(z);
                }),
                new Simple("fftn", 2048, (xp, n) -> {
                    int m = Math.toIntExact(n);
                    NdArray z = randomComplex(xp, (long) m * m).reshape(m, m);
                    return () -> xp.fft().fftn(z, null, null, org.xpsci.xp.FftNorm.BACKWARD);
                }),
                new Simple("rfft", 1L << 22, (xp, n) -> {
                    NdArray x = random(xp, n, DType.FLOAT64);
                    return () -> xp.fft().rfft(x);
                }));
    }

    /** Uniform random values in [0, 1) of the given dtype, from a fixed seed. */
    static NdArray random(ArrayNamespace xp, long n, DType dtype) {
        Random r = new Random(42);
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble();
        }
        NdArray x = xp.asarray(v);
        return dtype == DType.FLOAT64 ? x : xp.astype(x, dtype);
    }

    /** Standard normal float64 values from a fixed seed (SplittableRandom's nextGaussian). */
    static NdArray normal(ArrayNamespace xp, long n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        return xp.asarray(v);
    }

    /** Complex128 values with real and imaginary parts uniform in [0, 1) (bench_scipy: x + 1j*x). */
    static NdArray randomComplex(ArrayNamespace xp, long n) {
        NdArray re = random(xp, n, DType.FLOAT64);
        NdArray im = random(xp, n, DType.FLOAT64);
        return xp.astype(re, DType.COMPLEX128).add(xp.astype(im, DType.COMPLEX128)
                .multiply(xp.asarray(new org.xpsci.xp.Complex(0, 1))));
    }

    private static Workload unary(String name, DType dtype, BiFunction<ArrayNamespace, NdArray, NdArray> op) {
        return new Simple(name, 10_000_000L, (xp, n) -> {
            NdArray x = random(xp, n, dtype);
            return () -> op.apply(xp, x);
        });
    }

    private static Workload binary(String name, DType dtype, TriFunction op) {
        return new Simple(name, 10_000_000L, (xp, n) -> {
            NdArray x = random(xp, n, dtype);
            NdArray y = xp.add(random(xp, n, dtype), 0.5);
            return () -> op.apply(xp, x, y);
        });
    }

    @FunctionalInterface
    private interface TriFunction {
        NdArray apply(ArrayNamespace xp, NdArray x, NdArray y);
    }

    /** A workload made of a name, a default size and a preparation function. */
    record Simple(String name, long defaultSize, BiFunction<ArrayNamespace, Long, Workload.Prepared> setup)
            implements Workload {
        @Override
        public Prepared prepare(ArrayNamespace xp, long size) {
            return setup.apply(xp, size);
        }
    }
}
