package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;

/**
 * The four {@code unique_*} functions on the cpu: one stable argsort of the flattened input, then runs of
 * equal neighbours. Values come out sorted (NaNs last); every NaN is its own unique value, as the standard
 * says, and -0.0 equals 0.0 (the first occurrence's sign is kept). Index and count arrays are int64;
 * {@code indices} are first occurrences and {@code inverse_indices} have the input's shape.
 */
final class SetFunctions {

    private final CpuNamespace ns;

    SetFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    /** The sorted order of the flattened input and where each run of equal values starts. */
    private record Runs(CpuArray flat, int[] order, int[] starts, int count) {

        /** The run boundaries' first positions in the input, as int64 (first occurrences). */
        long[] firstPositions() {
            long[] p = new long[count];
            for (int k = 0; k < count; k++) {
                p[k] = order[starts[k]];
            }
            return p;
        }
    }

    private Runs runs(CpuArray x) {
        CpuArray flat = ns.manipulation().reshape(x, new int[] {-1}, null);
        int n = flat.shapeRef()[0];
        LaneSorter s = new LaneSorter(x.dtype(), n, false);
        s.argsort(flat.data(), flat.offset(), n == 0 ? 1 : flat.strides()[0], n, false);
        int[] starts = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || s.isRunBreak(i)) {
                starts[count++] = i;
            }
        }
        starts[count] = n;
        return new Runs(flat, s.positions(), starts, count);
    }

    private CpuArray values(Runs r) {
        return ns.indexing().take(r.flat(), r.firstPositions(), 0, new int[] {r.count()});
    }

    private CpuArray counts(Runs r) {
        long[] c = new long[r.count()];
        for (int k = 0; k < c.length; k++) {
            c[k] = r.starts()[k + 1] - r.starts()[k];
        }
        return int64(c, new int[] {c.length});
    }

    private CpuArray inverse(Runs r, int[] shape) {
        long[] inv = new long[r.flat().shapeRef()[0]];
        for (int k = 0; k < r.count(); k++) {
            for (int i = r.starts()[k]; i < r.starts()[k + 1]; i++) {
                inv[r.order()[i]] = k;
            }
        }
        return int64(inv, shape.clone());
    }

    private CpuArray int64(long[] data, int[] shape) {
        return new CpuArray(ns, DType.INT64, shape, DlpackTensor.contiguousStrides(shape), 0, data, true);
    }

    UniqueAllResult uniqueAll(CpuArray x) {
        Runs r = runs(x);
        long[] first = r.firstPositions();
        return new UniqueAllResult(values(r), int64(first, new int[] {first.length}), inverse(r, x.shapeRef()),
                counts(r));
    }

    UniqueCountsResult uniqueCounts(CpuArray x) {
        if (!x.dtype().isComplexFloating()) {
            return sortedRuns(x);
        }
        Runs r = runs(x);
        return new UniqueCountsResult(values(r), counts(r));
    }

    /**
     * unique_counts without positions, for real dtypes: a value sort (much faster than an argsort; zeros keep
     * their input order, so the first occurrence's sign wins as in {@link #runs}), then runs of equal keys.
     */
    private UniqueCountsResult sortedRuns(CpuArray x) {
        CpuArray flat = ns.manipulation().reshape(x, new int[] {-1}, null);
        int n = flat.shapeRef()[0];
        CpuArray sorted = ns.sorting().sort(flat, 0, false, true);
        long[] keys = new long[n];
        SortKeys.load(sorted.data(), x.dtype(), 0, 1, n, keys, x.dtype().isRealFloating() ? new double[n] : null);
        boolean floating = x.dtype().isRealFloating();
        long[] pos = new long[n];
        long[] counts = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1] || floating && keys[i] == SortKeys.NAN_KEY) {
                pos[count++] = i;
            }
            counts[count - 1]++;
        }
        CpuArray values = ns.indexing().take(sorted, java.util.Arrays.copyOf(pos, count), 0, new int[] {count});
        return new UniqueCountsResult(values, int64(java.util.Arrays.copyOf(counts, count), new int[] {count}));
    }

    UniqueInverseResult uniqueInverse(CpuArray x) {
        Runs r = runs(x);
        return new UniqueInverseResult(values(r), inverse(r, x.shapeRef()));
    }

    CpuArray uniqueValues(CpuArray x) {
        return x.dtype().isComplexFloating() ? values(runs(x)) : (CpuArray) sortedRuns(x).values();
    }
}
