package org.xpsci.xp.strict;

import java.util.List;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/**
 * The standard's manipulation functions on the strict backend: arrays joined by concat and stack must promote
 * within a kind, repeat counts must be integers and squeeze needs its axes. Results that are views of an
 * input share its memory (see {@link StrictRule#SHARED_MEMORY_WRITE}).
 */
final class ManipulationFunctions {

    private final StrictNamespace ns;

    ManipulationFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    List<NdArray> broadcastArrays(List<StrictArray> arrays) {
        return ns.wrapAll(ns.cpu().broadcastArrays(StrictNamespace.bases(arrays).toArray(new NdArray[0])),
                arrays.toArray(new StrictArray[0]));
    }

    NdArray broadcastTo(StrictArray x, int[] shape) {
        return ns.wrap(ns.cpu().broadcastTo(x.base(), shape), x);
    }

    NdArray concat(List<StrictArray> arrays, Integer axis) {
        promoteAll("concat", arrays);
        return ns.wrap(ns.cpu().concat(StrictNamespace.bases(arrays), axis), arrays.toArray(new StrictArray[0]));
    }

    NdArray stack(List<StrictArray> arrays, int axis) {
        promoteAll("stack", arrays);
        return ns.wrap(ns.cpu().stack(StrictNamespace.bases(arrays), axis), arrays.toArray(new StrictArray[0]));
    }

    private static void promoteAll(String function, List<StrictArray> arrays) {
        DType[] d = new DType[arrays.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = arrays.get(i).dtype();
        }
        Requirements.promoteAll(function, d);
    }

    NdArray expandDims(StrictArray x, int axis) {
        return ns.wrap(ns.cpu().expandDims(x.base(), axis), x);
    }

    NdArray flip(StrictArray x, int[] axes) {
        return ns.wrap(ns.cpu().flip(x.base(), axes), x);
    }

    NdArray moveaxis(StrictArray x, int[] source, int[] destination) {
        return ns.wrap(ns.cpu().moveaxis(x.base(), source, destination), x);
    }

    NdArray permuteDims(StrictArray x, int[] axes) {
        return ns.wrap(ns.cpu().permuteDims(x.base(), axes), x);
    }

    NdArray repeat(StrictArray x, StrictArray repeats, Integer axis) {
        Requirements.category("repeat", "repeats", repeats.dtype(), DTypeCategory.INTEGER);
        return ns.wrap(ns.cpu().repeat(x.base(), repeats.base(), axis), x, repeats);
    }

    NdArray repeat(StrictArray x, long repeats, Integer axis) {
        return ns.wrap(ns.cpu().repeat(x.base(), repeats, axis), x);
    }

    NdArray reshape(StrictArray x, int[] shape, Boolean copy) {
        return ns.wrap(ns.cpu().reshape(x.base(), shape, copy), x);
    }

    NdArray roll(StrictArray x, int[] shifts, int[] axes) {
        return ns.wrap(ns.cpu().roll(x.base(), shifts, axes), x);
    }

    NdArray squeeze(StrictArray x, int[] axes) {
        if (axes == null || axes.length == 0) {
            throw StrictRule.REQUIRED_ARGUMENT.violation("squeeze needs the axes to remove (the standard has no"
                    + " default); e.g. squeeze(x, 0)");
        }
        return ns.wrap(ns.cpu().squeeze(x.base(), axes), x);
    }

    NdArray tile(StrictArray x, int[] reps) {
        return ns.wrap(ns.cpu().tile(x.base(), reps), x);
    }

    List<NdArray> unstack(StrictArray x, int axis) {
        return ns.wrapAll(ns.cpu().unstack(x.base(), axis), x);
    }
}
