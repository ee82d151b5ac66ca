package org.xpsci.bench;

import java.util.List;
import org.xpsci.linalg.Linalg;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * The scipy.linalg workloads of {@code xpsci bench} (the twins of {@code linalg} in bench_scipy.py), float64:
 * solve with n = 2000 (a uniform random matrix plus n·I, b of shape (n, 1)), svd of a 1000 x 1000 matrix and
 * eigh of a 1000 x 1000 symmetric one ((R + R^T) / 2). The size is the side of the matrix.
 */
public final class LinalgWorkloads implements WorkloadProvider {

    @Override
    public List<Workload> workloads() {
        return List.of(
                new CoreWorkloads.Simple("solve", 2000, (xp, n) -> {
                    int m = Math.toIntExact(n);
                    NdArray a = matrix(xp, m).add(xp.eye(m).multiply((double) m));
                    NdArray b = CoreWorkloads.random(xp, m, DType.FLOAT64).reshape(m, 1);
                    return () -> Linalg.solve(a, b);
                }),
                new CoreWorkloads.Simple("svd", 1000, (xp, n) -> {
                    NdArray a = matrix(xp, Math.toIntExact(n));
                    return () -> Linalg.svd(a).s();
                }),
                new CoreWorkloads.Simple("eigh", 1000, (xp, n) -> {
                    NdArray r = matrix(xp, Math.toIntExact(n));
                    NdArray a = r.add(xp.matrixTranspose(r)).multiply(0.5);
                    return () -> Linalg.eigh(a).eigenvalues();
                }));
    }

    /** An m x m matrix of uniform random values in [0, 1) (the fixed seed of {@link CoreWorkloads#random}). */
    private static NdArray matrix(ArrayNamespace xp, int m) {
        return CoreWorkloads.random(xp, (long) m * m, DType.FLOAT64).reshape(m, m);
    }
}
