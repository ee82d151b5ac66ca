package org.xpsci.bench;

import java.util.List;
import org.xpsci.fft.Dct;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * The scipy.fft workloads beyond the standard's fft extension (the twins of {@code fft_extra} in bench_scipy.py):
 * {@code dct2}, the type-II DCT ({@code scipy.fft.dct(x)}, norm backward) of 2^20 uniform float64 values.
 */
public final class FftWorkloads implements WorkloadProvider {

    @Override
    public List<Workload> workloads() {
        return List.of(new CoreWorkloads.Simple("dct2", 1 << 20, (xp, n) -> {
            NdArray x = CoreWorkloads.random(xp, n, DType.FLOAT64);
            return () -> Dct.dct(x);
        }));
    }
}
