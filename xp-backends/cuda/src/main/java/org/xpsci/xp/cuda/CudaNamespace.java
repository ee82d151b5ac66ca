package org.xpsci.xp.cuda;

import java.util.ArrayList;
import java.util.List;
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
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.spi.BackendInfo;

/**
 * The cuda backend's namespace. It only routes: each category of the standard lives in its own class
 * ({@link CreationFunctions}, {@link ElementwiseFunctions}, ...), as in the cpu backend. Arrays of one call
 * must be cuda arrays on one device; anything else is an error naming both (no silent transfers). The fft
 * extension is present; the linalg extension is not built for cuda ({@link #hasExtension} says so).
 */
public final class CudaNamespace implements ArrayNamespace {

    private final BackendInfo info;
    private final Transfers transfers = new Transfers(this);
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
    private final CudaFft fft = new CudaFft(this);
    private final Reductions reductions = new Reductions(this);

    CudaNamespace(int deviceCount) {
        this.info = info(deviceCount);
    }

    /**
     * Devices cuda:0 .. cuda:(n-1), every dtype, boolean and integer-array indexing, data-dependent shapes (they
     * synchronise to read the size), and at most {@link KernelLayout#MAX_DIMS} axes that cannot be merged in one
     * kernel launch.
     */
    private static BackendInfo info(int deviceCount) {
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < deviceCount; i++) {
            devices.add(new Device("cuda", i));
        }
        return new BackendInfo("cuda", new Capabilities(true, true, KernelLayout.MAX_DIMS, true), devices);
    }

    // ---- routing helpers used by the category classes ----------------------------------------------------

    /** The argument as a cuda array of this namespace, or the mixed-backend error naming both backends. */
    CudaArray cuda(NdArray x, String param) {
        if (x instanceof CudaArray c && c.namespace() == this) {
            c.checkOpen();
            return c;
        }
        throw MixedBackendException.forArgument("cuda", param, x,
                "copy it to the GPU explicitly with Xp.backend(\"cuda\").fromDlpack(x, new Device(\"cuda\", 0), true)");
    }

    /** The device context of the given device (null: the default device). */
    org.xpsci.xp.cuda.internal.DeviceContext context(Device device) {
        return org.xpsci.xp.cuda.internal.DeviceContext.of(info.check(device).id());
    }

    /**
     * The one device context of arrays used together.
     *
     * @throws IllegalArgumentException naming both devices when they differ
     */
    org.xpsci.xp.cuda.internal.DeviceContext sameDevice(CudaArray... arrays) {
        org.xpsci.xp.cuda.internal.DeviceContext ctx = null;
        for (CudaArray a : arrays) {
            if (a == null) {
                continue;
            }
            if (ctx == null) {
                ctx = a.context();
            } else if (a.context() != ctx) {
                throw new org.xpsci.xp.DeviceTransferException("arrays on cuda:" + ctx.id() + " and cuda:"
                        + a.context().id() + " cannot be combined; move one with toDevice");
            }
        }
        return ctx;
    }

    Reductions reductions() {
        return reductions;
    }

    Transfers transfers() {
        return transfers;
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

    SearchingFunctions searching() {
        return searching;
    }

    UtilityFunctions utility() {
        return utility;
    }

    /** A C-contiguous copy of x. */
    CudaArray copyOf(CudaArray x) {
        return dataTypes.copy(x, x.dtype());
    }

    // ---- identity and capabilities -----------------------------------------------------------------

    @Override
    public String name() {
        return "cuda";
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
        return "fft".equals(name);
    }

    @Override
    public FftExtension fft() {
        return fft;
    }

    /**
     * Not built for cuda.
     *
     * @throws IllegalStateException always: the cuda backend has no linalg extension
     */
    @Override
    public LinalgExtension linalg() {
        throw new IllegalStateException("the cuda backend has no linalg extension (hasExtension(\"linalg\") is"
                + " false); use the portable path or copy the arrays to the cpu backend explicitly");
    }

    @Override
    public String toString() {
        return "xpsci cuda namespace";
    }

    // ---- creation --------------------------------------------------------------------------------------

    @Override
    public NdArray arange(double start, double stop, double step, DType dtype, Device device) {
        return creation.arange(start, stop, step, dtype, device);
    }

    /** Integer {@code arange}, exact for every 64-bit value, computed on the device (no upload). */
    @Override
    public NdArray arange(long start, long stop, long step) {
        return creation.arange(start, stop, step);
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
        return creation.tril(cuda(x, "x"), k);
    }

    @Override
    public NdArray triu(NdArray x, int k) {
        return creation.triu(cuda(x, "x"), k);
    }

    @Override
    public NdArray fromDlpack(Object x, Device device, Boolean copy) {
        return transfers.fromDlpack(x, device, copy);
    }

    // ---- data types ------------------------------------------------------------------------------------

    @Override
    public NdArray astype(NdArray x, DType dtype, boolean copy, Device device) {
        return dataTypes.astype(cuda(x, "x"), dtype, copy, device);
    }

    // ---- elementwise -------------------------------------------------------------------------------------

    @Override
    public NdArray unary(ElementwiseOp op, NdArray x) {
        return elementwise.unary(op, cuda(x, "x"));
    }

    @Override
    public NdArray binary(ElementwiseOp op, NdArray x1, NdArray x2) {
        return elementwise.binary(op, cuda(x1, "x1"), cuda(x2, "x2"));
    }

    @Override
    public NdArray clip(NdArray x, NdArray min, NdArray max) {
        return elementwise.clip(cuda(x, "x"), min == null ? null : cuda(min, "min"), max == null ? null : cuda(max, "max"));
    }

    // ---- indexing ----------------------------------------------------------------------------------------

    @Override
    public NdArray take(NdArray x, NdArray indices, Integer axis) {
        return indexing.take(cuda(x, "x"), cuda(indices, "indices"), axis);
    }

    @Override
    public NdArray takeAlongAxis(NdArray x, NdArray indices, int axis) {
        return indexing.takeAlongAxis(cuda(x, "x"), cuda(indices, "indices"), axis);
    }

    // ---- linear algebra ------------------------------------------------------------------------------------

    @Override
    public NdArray matmul(NdArray x1, NdArray x2) {
        return linearAlgebra.matmul(cuda(x1, "x1"), cuda(x2, "x2"));
    }

    @Override
    public NdArray matrixTranspose(NdArray x) {
        return manipulation.matrixTranspose(cuda(x, "x"));
    }

    @Override
    public NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2) {
        return linearAlgebra.tensordot(cuda(x1, "x1"), cuda(x2, "x2"), axes1, axes2);
    }

    @Override
    public NdArray vecdot(NdArray x1, NdArray x2, int axis) {
        return linearAlgebra.vecdot(cuda(x1, "x1"), cuda(x2, "x2"), axis);
    }

    // ---- manipulation -------------------------------------------------------------------------------------

    @Override
    public List<NdArray> broadcastArrays(NdArray... arrays) {
        CudaArray[] a = new CudaArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            a[i] = cuda(arrays[i], "arrays[" + i + "]");
        }
        return manipulation.broadcastArrays(a);
    }

    @Override
    public NdArray broadcastTo(NdArray x, int... shape) {
        return manipulation.broadcastTo(cuda(x, "x"), shape);
    }

    @Override
    public NdArray concat(List<NdArray> arrays, Integer axis) {
        return manipulation.concat(cudaList(arrays), axis);
    }

    @Override
    public NdArray expandDims(NdArray x, int axis) {
        return manipulation.expandDims(cuda(x, "x"), axis);
    }

    @Override
    public NdArray flip(NdArray x, int... axes) {
        return manipulation.flip(cuda(x, "x"), axes);
    }

    @Override
    public NdArray moveaxis(NdArray x, int[] source, int[] destination) {
        return manipulation.moveaxis(cuda(x, "x"), source, destination);
    }

    @Override
    public NdArray permuteDims(NdArray x, int... axes) {
        return manipulation.permuteDims(cuda(x, "x"), axes);
    }

    @Override
    public NdArray repeat(NdArray x, NdArray repeats, Integer axis) {
        return manipulation.repeat(cuda(x, "x"), cuda(repeats, "repeats"), axis);
    }

    @Override
    public NdArray repeat(NdArray x, long repeats, Integer axis) {
        return manipulation.repeat(cuda(x, "x"), repeats, axis);
    }

    @Override
    public NdArray reshape(NdArray x, int[] shape, Boolean copy) {
        return manipulation.reshape(cuda(x, "x"), shape, copy);
    }

    @Override
    public NdArray roll(NdArray x, int[] shifts, int[] axes) {
        return manipulation.roll(cuda(x, "x"), shifts, axes);
    }

    @Override
    public NdArray squeeze(NdArray x, int... axes) {
        return manipulation.squeeze(cuda(x, "x"), axes);
    }

    @Override
    public NdArray stack(List<NdArray> arrays, int axis) {
        return manipulation.stack(cudaList(arrays), axis);
    }

    @Override
    public NdArray tile(NdArray x, int... reps) {
        return manipulation.tile(cuda(x, "x"), reps);
    }

    @Override
    public List<NdArray> unstack(NdArray x, int axis) {
        return manipulation.unstack(cuda(x, "x"), axis);
    }

    // ---- searching ----------------------------------------------------------------------------------------

    @Override
    public NdArray argmax(NdArray x, Integer axis, boolean keepdims) {
        return searching.argmax(cuda(x, "x"), axis, keepdims);
    }

    @Override
    public NdArray argmin(NdArray x, Integer axis, boolean keepdims) {
        return searching.argmin(cuda(x, "x"), axis, keepdims);
    }

    @Override
    public NdArray countNonzero(NdArray x, int[] axes, boolean keepdims) {
        return searching.countNonzero(cuda(x, "x"), axes, keepdims);
    }

    @Override
    public List<NdArray> nonzero(NdArray x) {
        return searching.nonzero(cuda(x, "x"));
    }

    @Override
    public NdArray searchsorted(NdArray x1, NdArray x2, String side, NdArray sorter) {
        return searching.searchsorted(cuda(x1, "x1"), cuda(x2, "x2"), side, sorter == null ? null : cuda(sorter, "sorter"));
    }

    @Override
    public NdArray where(NdArray condition, NdArray x1, NdArray x2) {
        return searching.where(cuda(condition, "condition"), cuda(x1, "x1"), cuda(x2, "x2"));
    }

    // ---- sets -----------------------------------------------------------------------------------------

    @Override
    public UniqueAllResult uniqueAll(NdArray x) {
        return sets.uniqueAll(cuda(x, "x"));
    }

    @Override
    public UniqueCountsResult uniqueCounts(NdArray x) {
        return sets.uniqueCounts(cuda(x, "x"));
    }

    @Override
    public UniqueInverseResult uniqueInverse(NdArray x) {
        return sets.uniqueInverse(cuda(x, "x"));
    }

    @Override
    public NdArray uniqueValues(NdArray x) {
        return sets.uniqueValues(cuda(x, "x"));
    }

    // ---- sorting ----------------------------------------------------------------------------------------

    @Override
    public NdArray argsort(NdArray x, int axis, boolean descending, boolean stable) {
        return sorting.argsort(cuda(x, "x"), axis, descending, stable);
    }

    @Override
    public NdArray sort(NdArray x, int axis, boolean descending, boolean stable) {
        return sorting.sort(cuda(x, "x"), axis, descending, stable);
    }

    // ---- statistics ---------------------------------------------------------------------------------

    @Override
    public NdArray cumulativeProd(NdArray x, Integer axis, DType dtype, boolean includeInitial) {
        return statistics.cumulativeProd(cuda(x, "x"), axis, dtype, includeInitial);
    }

    @Override
    public NdArray cumulativeSum(NdArray x, Integer axis, DType dtype, boolean includeInitial) {
        return statistics.cumulativeSum(cuda(x, "x"), axis, dtype, includeInitial);
    }

    @Override
    public NdArray max(NdArray x, int[] axes, boolean keepdims) {
        return statistics.max(cuda(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray mean(NdArray x, int[] axes, boolean keepdims) {
        return statistics.mean(cuda(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray min(NdArray x, int[] axes, boolean keepdims) {
        return statistics.min(cuda(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray prod(NdArray x, int[] axes, DType dtype, boolean keepdims) {
        return statistics.prod(cuda(x, "x"), axes, dtype, keepdims);
    }

    @Override
    public NdArray std(NdArray x, int[] axes, double correction, boolean keepdims) {
        return statistics.std(cuda(x, "x"), axes, correction, keepdims);
    }

    @Override
    public NdArray sum(NdArray x, int[] axes, DType dtype, boolean keepdims) {
        return statistics.sum(cuda(x, "x"), axes, dtype, keepdims);
    }

    @Override
    public NdArray var(NdArray x, int[] axes, double correction, boolean keepdims) {
        return statistics.var(cuda(x, "x"), axes, correction, keepdims);
    }

    // ---- utility ------------------------------------------------------------------------------------------

    @Override
    public NdArray all(NdArray x, int[] axes, boolean keepdims) {
        return utility.all(cuda(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray any(NdArray x, int[] axes, boolean keepdims) {
        return utility.any(cuda(x, "x"), axes, keepdims);
    }

    @Override
    public NdArray diff(NdArray x, int axis, int n, NdArray prepend, NdArray append) {
        return utility.diff(cuda(x, "x"), axis, n, prepend == null ? null : cuda(prepend, "prepend"),
                append == null ? null : cuda(append, "append"));
    }

    private List<CudaArray> cudaList(List<NdArray> arrays) {
        if (arrays == null || arrays.isEmpty()) {
            throw new IllegalArgumentException("arrays must hold at least one array; got none");
        }
        java.util.ArrayList<CudaArray> out = new java.util.ArrayList<>(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            out.add(cuda(arrays.get(i), "arrays[" + i + "]"));
        }
        return out;
    }
}
