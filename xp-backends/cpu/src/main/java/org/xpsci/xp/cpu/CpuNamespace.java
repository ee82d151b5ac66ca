package org.xpsci.xp.cpu;

import java.util.List;
import java.util.Optional;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Capabilities;
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
import org.xpsci.xp.StridedViews;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;
import org.xpsci.xp.spi.BackendInfo;

/**
 * The cpu backend's namespace. It only routes: each category of the standard lives in its own class
 * ({@link CreationFunctions}, {@link ElementwiseFunctions}, ...), as in array-api-strict.
 */
public final class CpuNamespace implements ArrayNamespace {

    /** One device, every dtype, boolean-mask and integer-array indexing, data-dependent shapes. */
    private final BackendInfo info = new BackendInfo("cpu", new Capabilities(true, true, 64, true),
            List.of(Device.CPU));
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
    private final CpuFft fft = new CpuFft(this);
    private final CpuLinalg linalg = new CpuLinalg(this);
    private final CpuStridedViews stridedViews = new CpuStridedViews(this);

    CpuNamespace() {
    }

    // ---- routing helpers used by the category classes ----------------------------------------------------

    /** The argument as a cpu array, or the mixed-backend error naming both backends. */
    CpuArray cpu(NdArray x, String param) {
        if (x instanceof CpuArray c && c.namespace() == this) {
            return c;
        }
        throw MixedBackendException.forArgument("cpu", param, x,
                "move it explicitly with Xp.backend(\"cpu\").fromDlpack(x)");
    }

    /**
     * Checks a {@code device} argument: null or the host.
     *
     * @throws IllegalArgumentException for any other device
     */
    void checkDevice(Device device) {
        info.check(device);
    }

    IndexingFunctions indexing() {
        return indexing;
    }

    ElementwiseFunctions elementwise() {
        return elementwise;
    }

    ManipulationFunctions manipulation() {
        return manipulation;
    }

    CreationFunctions creation() {
        return creation;
    }

    StatisticalFunctions statistics() {
        return statistics;
    }

    DataTypeFunctions dataTypes() {
        return dataTypes;
    }

    LinearAlgebraFunctions linearAlgebra() {
        return linearAlgebra;
    }

    SortingFunctions sorting() {
        return sorting;
    }

    /** A C-contiguous copy of x. */
    CpuArray copyOf(CpuArray x) {
        return dataTypes.copy(x, x.dtype());
    }

    // ---- identity and capabilities -----------------------------------------------------------------

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public Promotion.Rules promotionRules() {
        return Promotion.Rules.NUMPY;
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
    public Optional<StridedViews> stridedViews() {
        return Optional.of(stridedViews);
    }

    @Override
    public String toString() {
        return "xpsci cpu namespace";
    }

    // ---- creation --------------------------------------------------------------------------------------

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
    public NdArray eye(int nRows, Integer nCols, int k, DType dtype, Device device) {
        return creation.eye(nRows, nCols, k, dtype, device);
    }

    @Override
    public NdArray full(int[] shape, Object fillValue, DType dtype, Device device) {
        return creation.full(shape, fillValue, dtype, device);
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
        return creation.tril(cpu(x, "x"), k);
    }

    @Override
    public NdArray triu(NdArray x, int k) {
        return creation.triu(cpu(x, "x"), k);
    }

    @Override
    public NdArray fromDlpack(Object x, Device device, Boolean copy) {
        return creation.fromDlpack(x, device, copy);
    }

    // ---- data types ------------------------------------------------------------------------------------

    @Override
    public NdArray astype(NdArray x, DType dtype, boolean copy, Device device) {
        return dataTypes.astype(cpu(x, "x"), dtype, copy, device);
    }

    // ---- elementwise -------------------------------------------------------------------------------------

    @Override
    public NdArray unary(ElementwiseOp op, NdArray x) {
        return elementwise.unary(op, cpu(x, "x"));
    }

    @Override
    public NdArray binary(ElementwiseOp op, NdArray x1, NdArray x2) {
        return elementwise.binary(op, cpu(x1, "x1"), cpu(x2, "x2"));
    }

    @Override
    public NdArray clip(NdArray x, NdArray min, NdArray max) {
        return elementwise.clip(cpu(x, "x"), min == null ? null : cpu(min, "min"), max == null ? null : cpu(max, "max"));
    }

    // ---- indexing ----------------------------------------------------------------------------------------

    @Override
    public NdArray take(NdArray x, NdArray indices, Integer axis) {
        return indexing.take(cpu(x, "x"), cpu(indices, "indices"), axis);
    }

    @Override
    public NdArray takeAlongAxis(NdArray x, NdArray indices, int axis) {
        return indexing.takeAlongAxis(cpu(x, "x"), cpu(indices, "indices"), axis);
    }

    // ---- linear algebra ------------------------------------------------------------------------------------

    @Override
    public NdArray matmul(NdArray x1, NdArray x2) {
        return linearAlgebra.matmul(cpu(x1, "x1"), cpu(x2, "x2"));
    }

    @Override
    public NdArray matrixTranspose(NdArray x) {
        return manipulation.matrixTranspose(cpu(x, "x"));
    }

    @Override
    public NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2) {
        return linearAlgebra.tensordot(cpu(x1, "x1"), cpu(x2, "x2"), axes1, axes2);
    }

    @Override
    public NdArray vecdot(NdArray x1, NdArray x2, int axis) {
        return linearAlgebra.vecdot(cpu(x1, "x1"), cpu(x2, "x2"), axis);
    }

    // ---- manipulation -------------------------------------------------------------------------------------

    @Override
    public List<NdArray> broadcastArrays(NdArray... arrays) {
        CpuArray[] a = new CpuArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            a[i] = cpu(arrays[i], "arrays[" + i + "]");
        }
        return manipulation.broadcastArrays(a);
    }

    @Override
    public NdArray broadcastTo(NdArray x, int... shape) {
        return manipulation.broadcastTo(cpu(x, "x"), shape);
    }

    @Override
    public NdArray concat(List<NdArray> arrays, Integer axis) {
        return manipulation.concat(cpuList(arrays), axis);
    }

    @Override
    public NdArray expandDims(NdArray x, int axis) {
        return manipulation.expandDims(cpu(x, "x"), axis);
    }

    @Override
    public NdArray flip(NdArray x, int... axes) {
        return manipulation.flip(cpu(x, "x"), axes);
    }

    @Override
    public NdArray moveaxis(NdArray x, int[] source, int[] destination) {
        return manipulation.moveaxis(cpu(x, "x"), source, destination);
    }

    @Override
    public NdArray permuteDims(NdArray x, int... axes) {
        return manipulation.permuteDims(cpu(x, "x"), axes);
    }

    @Override
    public NdArray repeat(NdArray x, NdArray repeats, Integer axis) {
        return manipulation.repeat(cpu(x, "x"), cpu(repeats, "repeats"), axis);
    }

    @Override
    public NdArray repeat(NdArray x, long repeats, Integer axis) {
        return manipulation.repeat(cpu(x, "x"), repeats, axis);
    }

    @Override
    public NdArray reshape(NdArray x, int[] shape, Boolean copy) {
        return manipulation.reshape(cpu(x, "x"), shape, copy);
    }

    @Override
    public NdArray roll(NdArray x, int[] shifts, int[] axes) {
        return manipulation.roll(cpu(x, "x"), shifts, axes);
    }

    @Override
    public NdArray squeeze(NdArray x, int... axes) {
        return manipulation.squeeze(cpu(x, "x"), axes);
    }

    @Override
    public NdArray stack(List<NdArray> arrays, int axis) {
        return manipulation.stack(cpuList(arrays), axis);
    }

    @Override
    public NdArray tile(NdArray x, int... reps) {
        return manipulation.tile(cpu(x, "x"), reps);
    }

    @Override
    public List<NdArray> unstack(NdArray x, int axis) {
        return manipulation.unstack(cpu(x, "x"), axis);
    }

    // ---- searching ----------------------------------------------------------------------------------------

    @Override
    public NdArray argmax(NdArray x, Integer axis, boolean keepdims) {
        return searching.argmax(cpu(x, "x"), axis, keepdims);
    }

    @Override
    public NdArray argmin(NdArray x, Integer axis, boolean keepdims) {
        return searching.argmin(cpu(x, "x"), axis, keepdims);
    }

    @Override
    public NdArray countNonzero(NdArray x, int[] axes, boolean keepdims) {
        return searching.countNonzero(cpu(x, "x"), axes, keepdims);
    }

    @Override
    public List<NdArray> nonzero(NdArray x) {
        return searching.nonzero(cpu(x, "x"));
    }

    @Override
    public NdArray searchsorted(NdArray x1, NdArray x2, String side, NdArray sorter) {
        return searching.searchsorted(cpu(x1, "x1"), cpu(x2, "x2"), side, sorter == null ? null : cpu(sorter, "sorter"));
    }

    @Override
    public NdArray where(NdArray condition, NdArray x1, NdArray x2) {
        return searching.where(cpu(condition, "condition"), cpu(x1, "x1"), cpu(x2, "x2"));
    }

    // ---- sets -----------------------------------------------------------------------------------------

    @Override
    public UniqueAllResult uniqueAll(NdArray x) {
        return sets.uniqueAll(cpu(x, "x"));
    }

    @Override
    public UniqueCountsResult uniqueCounts(NdArray x) {
        return sets.uniqueCounts(cpu(x, "x"));
    }

    @Override
    public UniqueInverseResult uniqueInverse(NdArray x) {
        return sets.uniqueInverse(cpu(x, "x"));
    }

    @Override
    public NdArray uniqueValues(NdArray x) {
        return sets.uniqueValues(cpu(x, "x"));
    }

    // ---- sorting ----------------------------------------------------------------------------------------

    @Override
    public NdArray argsort(NdArray x, int axis, boolean descending, boolean stable) {
        return sorting.argsort(cpu(x, "x"), axis, descending, stable);
    }

    @Override
    public NdArray sort(NdArray x, int axis, boolean descending, boolean stable) {
        return sorting.sort(cpu(x, "x"), axis, descending, stable);
    }

    // ---- statistics ---------------------------------------------------------------------------------

    @Override
    public NdArray cumulativeProd(NdArray x, Integer axis, DType dtype, boolean includeInitial) {
        return statistics.cumulativeProd(cpu(x, "x"), axis, dtype, includeInitial);
    }

    @Override
    public NdArray cumulativeSum(NdArray x, Integer axis, DType dtype, boolean includeInitial) {
        return statistics.cumulativeSum(cpu(x, "x"), axis, dtype, includeInitial);
    }

    @Override
    public NdArray max(NdArray x, int[] axes, boolean keepdims) {
        return statistics.max(cpu(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray mean(NdArray x, int[] axes, boolean keepdims) {
        return statistics.mean(cpu(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray min(NdArray x, int[] axes, boolean keepdims) {
        return statistics.min(cpu(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray prod(NdArray x, int[] axes, DType dtype, boolean keepdims) {
        return statistics.prod(cpu(x, "x"), axes, dtype, keepdims);
    }

    @Override
    public NdArray std(NdArray x, int[] axes, double correction, boolean keepdims) {
        return statistics.std(cpu(x, "x"), axes, correction, keepdims);
    }

    @Override
    public NdArray sum(NdArray x, int[] axes, DType dtype, boolean keepdims) {
        return statistics.sum(cpu(x, "x"), axes, dtype, keepdims);
    }

    @Override
    public NdArray var(NdArray x, int[] axes, double correction, boolean keepdims) {
        return statistics.var(cpu(x, "x"), axes, correction, keepdims);
    }

    // ---- utility ------------------------------------------------------------------------------------------

    @Override
    public NdArray all(NdArray x, int[] axes, boolean keepdims) {
        return utility.all(cpu(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray any(NdArray x, int[] axes, boolean keepdims) {
        return utility.any(cpu(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray diff(NdArray x, int axis, int n, NdArray prepend, NdArray append) {
        return utility.diff(cpu(x, "x"), axis, n, prepend == null ? null : cpu(prepend, "prepend"),
                append == null ? null : cpu(append, "append"));
    }

    private List<CpuArray> cpuList(List<NdArray> arrays) {
        if (arrays == null || arrays.isEmpty()) {
            throw new IllegalArgumentException("arrays must hold at least one array; got none");
        }
        java.util.ArrayList<CpuArray> out = new java.util.ArrayList<>(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            out.add(cpu(arrays.get(i), "arrays[" + i + "]"));
        }
        return out;
    }
}
