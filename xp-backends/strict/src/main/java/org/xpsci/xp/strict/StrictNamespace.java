package org.xpsci.xp.strict;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NamespaceInfo;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.PromotionException;
import org.xpsci.xp.ScalarValues;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;
import org.xpsci.xp.cpu.CpuBackend;

/**
 * The strict backend's namespace, the portability referee (NumPy's former {@code numpy.array_api}): the array
 * API standard and nothing more. Every call checks the standard's rules ({@link StrictRule}), unwraps its
 * {@link StrictArray} arguments, calls the cpu namespace and wraps the results. It routes each category of the
 * standard to its own class, as the cpu backend does. Promotion follows {@link Promotion.Rules#STANDARD}.
 */
public final class StrictNamespace implements ArrayNamespace {

    private final ArrayNamespace cpu;
    private final StrictInfo info = new StrictInfo();
    private final CreationFunctions creation = new CreationFunctions(this);
    private final DataTypeFunctions dataTypes = new DataTypeFunctions(this);
    private final ElementwiseFunctions elementwise = new ElementwiseFunctions(this);
    private final IndexingFunctions indexing = new IndexingFunctions(this);
    private final LinearAlgebraFunctions linearAlgebra = new LinearAlgebraFunctions(this);
    private final ManipulationFunctions manipulation = new ManipulationFunctions(this);
    private final SearchingFunctions searching = new SearchingFunctions(this);
    private final SetFunctions sets = new SetFunctions(this);
    private final SortingFunctions sorting = new SortingFunctions(this);
    private final StatisticalFunctions statistics = new StatisticalFunctions(this);
    private final UtilityFunctions utility = new UtilityFunctions(this);
    private final StrictFft fft = new StrictFft(this);
    private final StrictLinalg linalg = new StrictLinalg(this);

    StrictNamespace() {
        this.cpu = CpuBackend.instance();
    }

    // ---- wrapping, used by the category classes ------------------------------------------------------------

    /** The cpu namespace that computes every result. */
    ArrayNamespace cpu() {
        return cpu;
    }

    IndexingFunctions indexing() {
        return indexing;
    }

    LinearAlgebraFunctions linearAlgebra() {
        return linearAlgebra;
    }

    /** The argument as a strict array of this namespace, or the mixed-backend error naming both backends. */
    StrictArray strict(NdArray x, String param) {
        if (x instanceof StrictArray s && s.namespace() == this) {
            return s;
        }
        if (x == null) {
            throw new IllegalArgumentException(param + " must be an array; got null");
        }
        throw new MixedBackendException("Multiple namespaces for array inputs: strict and " + x.namespace().name()
                + " (" + param + " is a " + x.namespace().name() + " " + x.dtype() + " array on " + x.device()
                + "); move it explicitly with Xp.backend(\"strict\").fromDlpack(x)");
    }

    /** The cpu array behind a strict argument. */
    NdArray unwrap(NdArray x, String param) {
        return strict(x, param).base();
    }

    /** The strict arguments of a list, each checked. */
    List<StrictArray> strictList(List<NdArray> arrays, String param) {
        if (arrays == null || arrays.isEmpty()) {
            throw new IllegalArgumentException(param + " must hold at least one array; got none");
        }
        List<StrictArray> out = new ArrayList<>(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            out.add(strict(arrays.get(i), param + "[" + i + "]"));
        }
        return out;
    }

    /** The cpu arrays behind strict arguments. */
    static List<NdArray> bases(List<StrictArray> arrays) {
        List<NdArray> out = new ArrayList<>(arrays.size());
        for (StrictArray a : arrays) {
            out.add(a.base());
        }
        return out;
    }

    /**
     * Wraps a cpu result. When it is one of the sources itself, that strict array is returned; when it shares a
     * source's storage (a view), it joins that source's memory, which becomes shared.
     */
    NdArray wrap(NdArray result, StrictArray... sources) {
        for (StrictArray s : sources) {
            if (s != null && result == s.base()) {
                return s;
            }
        }
        Object data = result.dlpack(null, null).hostData();
        for (StrictArray s : sources) {
            if (s != null && s.memory().holds(data)) {
                s.memory().share();
                return new StrictArray(this, result, s.memory());
            }
        }
        return new StrictArray(this, result, new Memory(data));
    }

    /** Wraps a list of cpu results, as {@link #wrap(NdArray, StrictArray...)}. */
    List<NdArray> wrapAll(List<NdArray> results, StrictArray... sources) {
        List<NdArray> out = new ArrayList<>(results.size());
        for (NdArray r : results) {
            out.add(wrap(r, sources));
        }
        return out;
    }

    /** Wraps a cpu array whose storage another owner (a Java array, a DLPack producer) may also see. */
    NdArray wrapShared(NdArray result) {
        Memory m = new Memory(result.dlpack(null, null).hostData());
        m.share();
        return new StrictArray(this, result, m);
    }

    // ---- identity and capabilities -----------------------------------------------------------------------

    @Override
    public String name() {
        return "strict";
    }

    @Override
    public Promotion.Rules promotionRules() {
        return Promotion.Rules.STANDARD;
    }

    @Override
    public NamespaceInfo info() {
        return info;
    }

    @Override
    public boolean hasExtension(String name) {
        return "fft".equals(name) || "linalg".equals(name);
    }

    @Override
    public FftExtension fft() {
        return fft;
    }

    @Override
    public LinalgExtension linalg() {
        return linalg;
    }

    @Override
    public String toString() {
        return "xpsci strict namespace";
    }

    // ---- promotion of dtypes and scalars --------------------------------------------------------------------

    /** {@inheritDoc} Mixed kinds are {@link StrictRule#MIXED_KIND_PROMOTION} violations. */
    @Override
    public DType resultType(Object... arraysAndDtypes) {
        DType r = null;
        for (Object o : arraysAndDtypes) {
            if (o instanceof NdArray a) {
                strict(a, "arrays_and_dtypes");
            }
            DType d = o instanceof NdArray a ? a.dtype() : o instanceof DType t ? t : null;
            if (d != null) {
                r = r == null ? d : Requirements.promote("result_type", r, d);
            }
        }
        if (r == null) {
            throw new IllegalArgumentException("result_type needs at least one array or dtype; got only scalars");
        }
        for (Object o : arraysAndDtypes) {
            if (o != null && !(o instanceof NdArray) && !(o instanceof DType)) {
                r = Requirements.scalar("result_type", r, ScalarValues.kindOf(o));
            }
        }
        return r;
    }

    @Override
    public boolean canCast(DType from, DType to) {
        try {
            return Promotion.canCast(from, to, Promotion.Rules.STANDARD);
        } catch (PromotionException e) {
            return false;
        }
    }

    @Override
    public NdArray scalarFor(NdArray like, double value) {
        DType d = Requirements.scalar("an operation", strict(like, "x").dtype(), Promotion.ScalarKind.FLOAT);
        return full(new int[0], value, d, null);
    }

    @Override
    public NdArray scalarFor(NdArray like, long value) {
        DType d = Requirements.scalar("an operation", strict(like, "x").dtype(), Promotion.ScalarKind.INT);
        ScalarValues.checkFits(value, d);
        return full(new int[0], value, d, null);
    }

    @Override
    public NdArray scalarFor(NdArray like, boolean value) {
        DType d = Requirements.scalar("an operation", strict(like, "x").dtype(), Promotion.ScalarKind.BOOL);
        return full(new int[0], value, d, null);
    }

    @Override
    public NdArray scalarFor(NdArray like, Complex value) {
        DType d = Requirements.scalar("an operation", strict(like, "x").dtype(), Promotion.ScalarKind.COMPLEX);
        return full(new int[0], value, d, null);
    }

    // ---- creation ------------------------------------------------------------------------------------------

    @Override
    public NdArray arange(double start, double stop, double step, DType dtype, Device device) {
        return creation.arange(start, stop, step, dtype, device);
    }

    @Override
    public NdArray asarray(Object obj, DType dtype, Device device, Boolean copy) {
        return creation.asarray(obj, dtype, device, copy);
    }

    @Override
    public NdArray empty(int[] shape, DType dtype, Device device) {
        return creation.empty(shape, dtype, device);
    }

    @Override
    public NdArray emptyLike(NdArray x, DType dtype, Device device) {
        StrictArray a = strict(x, "x");
        return empty(a.shape(), dtype == null ? a.dtype() : dtype, device);
    }

    @Override
    public NdArray eye(int nRows, Integer nCols, int k, DType dtype, Device device) {
        return creation.eye(nRows, nCols, k, dtype, device);
    }

    @Override
    public NdArray full(int[] shape, Object fillValue, DType dtype, Device device) {
        return creation.full(shape, fillValue, dtype, device);
    }

    @Override
    public NdArray fullLike(NdArray x, Object fillValue, DType dtype, Device device) {
        StrictArray a = strict(x, "x");
        return full(a.shape(), fillValue, dtype == null ? a.dtype() : dtype, device);
    }

    @Override
    public NdArray onesLike(NdArray x, DType dtype, Device device) {
        StrictArray a = strict(x, "x");
        return ones(a.shape(), dtype == null ? a.dtype() : dtype, device);
    }

    @Override
    public NdArray zerosLike(NdArray x, DType dtype, Device device) {
        StrictArray a = strict(x, "x");
        return zeros(a.shape(), dtype == null ? a.dtype() : dtype, device);
    }

    @Override
    public NdArray linspace(Complex start, Complex stop, int num, DType dtype, Device device, boolean endpoint) {
        return creation.linspace(start, stop, num, dtype, device, endpoint);
    }

    @Override
    public List<NdArray> meshgrid(List<NdArray> arrays, String indexing) {
        return creation.meshgrid(arrays, indexing);
    }

    @Override
    public NdArray tril(NdArray x, int k) {
        return creation.tril(strict(x, "x"), k);
    }

    @Override
    public NdArray triu(NdArray x, int k) {
        return creation.triu(strict(x, "x"), k);
    }

    @Override
    public NdArray fromDlpack(Object x, Device device, Boolean copy) {
        return creation.fromDlpack(x, device, copy);
    }

    // ---- data types ------------------------------------------------------------------------------------

    @Override
    public NdArray astype(NdArray x, DType dtype, boolean copy, Device device) {
        return dataTypes.astype(strict(x, "x"), dtype, copy, device);
    }

    // ---- elementwise -------------------------------------------------------------------------------------

    @Override
    public NdArray unary(ElementwiseOp op, NdArray x) {
        return elementwise.unary(op, strict(x, "x"));
    }

    @Override
    public NdArray binary(ElementwiseOp op, NdArray x1, NdArray x2) {
        return elementwise.binary(op, strict(x1, "x1"), strict(x2, "x2"));
    }

    @Override
    public NdArray clip(NdArray x, NdArray min, NdArray max) {
        return elementwise.clip(strict(x, "x"), min == null ? null : strict(min, "min"),
                max == null ? null : strict(max, "max"));
    }

    // ---- indexing ----------------------------------------------------------------------------------------

    @Override
    public NdArray take(NdArray x, NdArray indices, Integer axis) {
        return indexing.take(strict(x, "x"), strict(indices, "indices"), axis);
    }

    @Override
    public NdArray takeAlongAxis(NdArray x, NdArray indices, int axis) {
        return indexing.takeAlongAxis(strict(x, "x"), strict(indices, "indices"), axis);
    }

    // ---- linear algebra ------------------------------------------------------------------------------------

    @Override
    public NdArray matmul(NdArray x1, NdArray x2) {
        return linearAlgebra.matmul(strict(x1, "x1"), strict(x2, "x2"));
    }

    @Override
    public NdArray matrixTranspose(NdArray x) {
        return linearAlgebra.matrixTranspose(strict(x, "x"));
    }

    @Override
    public NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2) {
        return linearAlgebra.tensordot(strict(x1, "x1"), strict(x2, "x2"), axes1, axes2);
    }

    @Override
    public NdArray vecdot(NdArray x1, NdArray x2, int axis) {
        return linearAlgebra.vecdot(strict(x1, "x1"), strict(x2, "x2"), axis);
    }

    // ---- manipulation -------------------------------------------------------------------------------------

    @Override
    public List<NdArray> broadcastArrays(NdArray... arrays) {
        return manipulation.broadcastArrays(strictList(java.util.Arrays.asList(arrays), "arrays"));
    }

    @Override
    public NdArray broadcastTo(NdArray x, int... shape) {
        return manipulation.broadcastTo(strict(x, "x"), shape);
    }

    @Override
    public NdArray concat(List<NdArray> arrays, Integer axis) {
        return manipulation.concat(strictList(arrays, "arrays"), axis);
    }

    @Override
    public NdArray expandDims(NdArray x, int axis) {
        return manipulation.expandDims(strict(x, "x"), axis);
    }

    @Override
    public NdArray flip(NdArray x, int... axes) {
        return manipulation.flip(strict(x, "x"), axes);
    }

    @Override
    public NdArray moveaxis(NdArray x, int[] source, int[] destination) {
        return manipulation.moveaxis(strict(x, "x"), source, destination);
    }

    @Override
    public NdArray permuteDims(NdArray x, int... axes) {
        return manipulation.permuteDims(strict(x, "x"), axes);
    }

    @Override
    public NdArray repeat(NdArray x, NdArray repeats, Integer axis) {
        return manipulation.repeat(strict(x, "x"), strict(repeats, "repeats"), axis);
    }

    @Override
    public NdArray repeat(NdArray x, long repeats, Integer axis) {
        return manipulation.repeat(strict(x, "x"), repeats, axis);
    }

    @Override
    public NdArray reshape(NdArray x, int[] shape, Boolean copy) {
        return manipulation.reshape(strict(x, "x"), shape, copy);
    }

    @Override
    public NdArray roll(NdArray x, int[] shifts, int[] axes) {
        return manipulation.roll(strict(x, "x"), shifts, axes);
    }

    @Override
    public NdArray squeeze(NdArray x, int... axes) {
        return manipulation.squeeze(strict(x, "x"), axes);
    }

    @Override
    public NdArray stack(List<NdArray> arrays, int axis) {
        return manipulation.stack(strictList(arrays, "arrays"), axis);
    }

    @Override
    public NdArray tile(NdArray x, int... reps) {
        return manipulation.tile(strict(x, "x"), reps);
    }

    @Override
    public List<NdArray> unstack(NdArray x, int axis) {
        return manipulation.unstack(strict(x, "x"), axis);
    }

    // ---- searching ----------------------------------------------------------------------------------------

    @Override
    public NdArray argmax(NdArray x, Integer axis, boolean keepdims) {
        return searching.argmax(strict(x, "x"), axis, keepdims);
    }

    @Override
    public NdArray argmin(NdArray x, Integer axis, boolean keepdims) {
        return searching.argmin(strict(x, "x"), axis, keepdims);
    }

    @Override
    public NdArray countNonzero(NdArray x, int[] axes, boolean keepdims) {
        return searching.countNonzero(strict(x, "x"), axes, keepdims);
    }

    @Override
    public List<NdArray> nonzero(NdArray x) {
        return searching.nonzero(strict(x, "x"));
    }

    @Override
    public NdArray searchsorted(NdArray x1, NdArray x2, String side, NdArray sorter) {
        return searching.searchsorted(strict(x1, "x1"), strict(x2, "x2"), side,
                sorter == null ? null : strict(sorter, "sorter"));
    }

    @Override
    public NdArray where(NdArray condition, NdArray x1, NdArray x2) {
        return searching.where(strict(condition, "condition"), strict(x1, "x1"), strict(x2, "x2"));
    }

    // ---- sets -----------------------------------------------------------------------------------------

    @Override
    public UniqueAllResult uniqueAll(NdArray x) {
        return sets.uniqueAll(strict(x, "x"));
    }

    @Override
    public UniqueCountsResult uniqueCounts(NdArray x) {
        return sets.uniqueCounts(strict(x, "x"));
    }

    @Override
    public UniqueInverseResult uniqueInverse(NdArray x) {
        return sets.uniqueInverse(strict(x, "x"));
    }

    @Override
    public NdArray uniqueValues(NdArray x) {
        return sets.uniqueValues(strict(x, "x"));
    }

    // ---- sorting ----------------------------------------------------------------------------------------

    @Override
    public NdArray argsort(NdArray x, int axis, boolean descending, boolean stable) {
        return sorting.argsort(strict(x, "x"), axis, descending, stable);
    }

    @Override
    public NdArray sort(NdArray x, int axis, boolean descending, boolean stable) {
        return sorting.sort(strict(x, "x"), axis, descending, stable);
    }

    // ---- statistics ---------------------------------------------------------------------------------

    @Override
    public NdArray cumulativeProd(NdArray x, Integer axis, DType dtype, boolean includeInitial) {
        return statistics.cumulative("cumulative_prod", strict(x, "x"), axis, dtype, includeInitial);
    }

    @Override
    public NdArray cumulativeSum(NdArray x, Integer axis, DType dtype, boolean includeInitial) {
        return statistics.cumulative("cumulative_sum", strict(x, "x"), axis, dtype, includeInitial);
    }

    @Override
    public NdArray max(NdArray x, int[] axes, boolean keepdims) {
        return statistics.extremum("max", strict(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray mean(NdArray x, int[] axes, boolean keepdims) {
        return statistics.mean(strict(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray min(NdArray x, int[] axes, boolean keepdims) {
        return statistics.extremum("min", strict(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray prod(NdArray x, int[] axes, DType dtype, boolean keepdims) {
        return statistics.accumulate("prod", strict(x, "x"), axes, dtype, keepdims);
    }

    @Override
    public NdArray std(NdArray x, int[] axes, double correction, boolean keepdims) {
        return statistics.spread("std", strict(x, "x"), axes, correction, keepdims);
    }

    @Override
    public NdArray sum(NdArray x, int[] axes, DType dtype, boolean keepdims) {
        return statistics.accumulate("sum", strict(x, "x"), axes, dtype, keepdims);
    }

    @Override
    public NdArray var(NdArray x, int[] axes, double correction, boolean keepdims) {
        return statistics.spread("var", strict(x, "x"), axes, correction, keepdims);
    }

    // ---- utility ------------------------------------------------------------------------------------------

    @Override
    public NdArray all(NdArray x, int[] axes, boolean keepdims) {
        return utility.all(strict(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray any(NdArray x, int[] axes, boolean keepdims) {
        return utility.any(strict(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray diff(NdArray x, int axis, int n, NdArray prepend, NdArray append) {
        return utility.diff(strict(x, "x"), axis, n, prepend == null ? null : strict(prepend, "prepend"),
                append == null ? null : strict(append, "append"));
    }
}
