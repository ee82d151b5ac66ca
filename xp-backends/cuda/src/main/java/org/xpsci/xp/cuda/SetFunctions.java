package org.xpsci.xp.cuda;

import java.util.List;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;

/**
 * The four unique_* functions on the device, composed of the backend's own pieces: a stable argsort, the
 * flags of run starts (x[i] != x[i-1], so NaNs stay distinct as the standard asks), nonzero to compact them
 * (the number of unique values is read to size the result), gathers, and a scatter for the inverse.
 */
final class SetFunctions {

    private final CudaNamespace ns;

    SetFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    /** Everything unique_all reports; the lighter functions take what they need. */
    private record Runs(CudaArray values, CudaArray starts, CudaArray perm, CudaArray flags, int n) {
    }

    private Runs runs(CudaArray x) {
        CudaArray flat = ns.manipulation().reshape(x, new int[] {-1}, null);
        int n = flat.shapeRef()[0];
        CudaArray perm = ns.sorting().argsort(flat, 0, false, true);
        CudaArray sorted = ns.indexing().take(flat, perm, 0);
        CudaArray flags = CudaArray.allocate(ns, x.context(), DType.BOOL, new int[] {n});
        if (n > 0) {
            flags.set(ns.creation().full(new int[0], Boolean.TRUE, DType.BOOL, x.device()), Index.at(0));
            if (n > 1) {
                CudaArray neq = ns.elementwise().binary(ElementwiseOp.NOT_EQUAL, ns.indexing().get(sorted, Index.from(1)),
                        ns.indexing().get(sorted, Index.to(n - 1)));
                ns.dataTypes().assign(neq, ns.indexing().get(flags, Index.from(1)));
                neq.close();
            }
        }
        CudaArray starts = (CudaArray) ns.searching().nonzero(flags).get(0);
        CudaArray values = ns.indexing().take(sorted, starts, 0);
        sorted.close();
        return new Runs(values, starts, perm, flags, n);
    }

    private CudaArray counts(Runs r) {
        CudaArray end = ns.creation().full(new int[] {1}, (long) r.n(), DType.INT64, r.starts().device());
        CudaArray bounds = ns.manipulation().concat(List.of(r.starts(), end), 0);
        CudaArray c = ns.utility().diff(bounds, 0, 1, null, null);
        bounds.close();
        end.close();
        return c;
    }

    private CudaArray inverse(Runs r, CudaArray x) {
        CudaArray rank = ns.statistics().cumulativeSum(r.flags(), 0, DType.INT64, false);
        CudaArray rank0 = ns.elementwise().binary(ElementwiseOp.SUBTRACT, rank,
                ns.creation().full(new int[0], 1L, DType.INT64, x.device()));
        CudaArray inv = CudaArray.allocate(ns, x.context(), DType.INT64, new int[] {r.n()});
        if (r.n() > 0) {
            inv.set(rank0, Index.positions(r.perm()));
        }
        rank.close();
        rank0.close();
        return ns.manipulation().reshape(inv, x.shapeRef(), null);
    }

    UniqueAllResult uniqueAll(CudaArray x) {
        Runs r = runs(x);
        CudaArray indices = ns.indexing().take(r.perm(), r.starts(), 0);
        return new UniqueAllResult(r.values(), indices, inverse(r, x), counts(r));
    }

    UniqueCountsResult uniqueCounts(CudaArray x) {
        Runs r = runs(x);
        return new UniqueCountsResult(r.values(), counts(r));
    }

    UniqueInverseResult uniqueInverse(CudaArray x) {
        Runs r = runs(x);
        return new UniqueInverseResult(r.values(), inverse(r, x));
    }

    CudaArray uniqueValues(CudaArray x) {
        return runs(x).values();
    }
}
