package org.xpsci.fft;

import org.xpsci.fft.internal.R2r;
import org.xpsci.xp.NdArray;

/**
 * {@code scipy.fft}'s discrete cosine and sine transforms, types 1 to 4, with SciPy's unnormalised definitions
 * (e.g. DCT-II {@code y[k] = 2 sum x[j] cos(pi k (2j+1)/(2n))}). On arrays in host memory they run on
 * JTransforms (fast path, lines split over at most {@code workers} threads); elsewhere, or with fast paths off,
 * they are computed with the standard and the namespace's fft extension (DCT-II through the rfft of the
 * reordered sequence times twiddles, and so on); a namespace with neither gets a clear error.
 *
 * <p>As in SciPy: integer and bool input is transformed as float64; float32 stays float32; complex input has
 * its real and imaginary parts transformed separately (also when {@code orthogonalize} is given explicitly,
 * which SciPy ignores for complex input); "backward" scales the inverse by 1/N with N the logical length
 * ({@code 2(n-1)} for DCT-I, {@code 2(n+1)} for DST-I, {@code 2n} otherwise), "ortho" both directions by
 * {@code 1/sqrt(N)}; {@code orthogonalize} (default: norm is "ortho") scales the end terms so the transform is
 * orthogonal. The n-dimensional forms with no axes return the input itself.
 */
public final class Dct {

    private static final R2r.Call DCT = new R2r.Call("dct", true, true);
    private static final R2r.Call IDCT = new R2r.Call("idct", true, false);
    private static final R2r.Call DST = new R2r.Call("dst", false, true);
    private static final R2r.Call IDST = new R2r.Call("idst", false, false);
    private static final R2r.Call DCTN = new R2r.Call("dctn", true, true);
    private static final R2r.Call IDCTN = new R2r.Call("idctn", true, false);
    private static final R2r.Call DSTN = new R2r.Call("dstn", false, true);
    private static final R2r.Call IDSTN = new R2r.Call("idstn", false, false);

    private Dct() {
    }

    /** The discrete cosine transform ({@code scipy.fft.dct}), type 2 along the last axis. */
    public static NdArray dct(NdArray x) {
        return dct(x, DctOptions.defaults());
    }

    /**
     * The discrete cosine transform ({@code scipy.fft.dct}) with the given type, length, axis, norm, orthogonalize and
     * workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, a length below 1 (or 2 for DCT-I), a bad axis
     */
    public static NdArray dct(NdArray x, DctOptions o) {
        return R2r.oneAxis(DCT, x, o.type(), o.n(), o.axis(), o.norm(), o.orthogonalize(), o.workers());
    }

    /** The n-dimensional form of dct ({@code scipy.fft.dctn}), type 2 over every axis. */
    public static NdArray dctn(NdArray x) {
        return dctn(x, DctnOptions.defaults());
    }

    /**
     * The n-dimensional form of dct ({@code scipy.fft.dctn}) with the given type, lengths, axes, norm,
     * orthogonalize and workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, mismatched or invalid lengths and axes
     */
    public static NdArray dctn(NdArray x, DctnOptions o) {
        return R2r.nAxes(DCTN, x, o.type(), o.s(), o.axes(), o.norm(), o.orthogonalize(), o.workers());
    }

    /**
     * The inverse discrete cosine transform (type 2's inverse is type 3 and vice versa) ({@code scipy.fft.idct}), type
     * 2 along the last axis.
     */
    public static NdArray idct(NdArray x) {
        return idct(x, DctOptions.defaults());
    }

    /**
     * The inverse discrete cosine transform (type 2's inverse is type 3 and vice versa) ({@code scipy.fft.idct}) with
     * the given type, length, axis, norm, orthogonalize and
     * workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, a length below 1 (or 2 for DCT-I), a bad axis
     */
    public static NdArray idct(NdArray x, DctOptions o) {
        return R2r.oneAxis(IDCT, x, o.type(), o.n(), o.axis(), o.norm(), o.orthogonalize(), o.workers());
    }

    /** The n-dimensional form of idct ({@code scipy.fft.idctn}), type 2 over every axis. */
    public static NdArray idctn(NdArray x) {
        return idctn(x, DctnOptions.defaults());
    }

    /**
     * The n-dimensional form of idct ({@code scipy.fft.idctn}) with the given type, lengths, axes, norm,
     * orthogonalize and workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, mismatched or invalid lengths and axes
     */
    public static NdArray idctn(NdArray x, DctnOptions o) {
        return R2r.nAxes(IDCTN, x, o.type(), o.s(), o.axes(), o.norm(), o.orthogonalize(), o.workers());
    }

    /** The discrete sine transform ({@code scipy.fft.dst}), type 2 along the last axis. */
    public static NdArray dst(NdArray x) {
        return dst(x, DctOptions.defaults());
    }

    /**
     * The discrete sine transform ({@code scipy.fft.dst}) with the given type, length, axis, norm, orthogonalize and
     * workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, a length below 1 (or 2 for DCT-I), a bad axis
     */
    public static NdArray dst(NdArray x, DctOptions o) {
        return R2r.oneAxis(DST, x, o.type(), o.n(), o.axis(), o.norm(), o.orthogonalize(), o.workers());
    }

    /** The n-dimensional form of dst ({@code scipy.fft.dstn}), type 2 over every axis. */
    public static NdArray dstn(NdArray x) {
        return dstn(x, DctnOptions.defaults());
    }

    /**
     * The n-dimensional form of dst ({@code scipy.fft.dstn}) with the given type, lengths, axes, norm,
     * orthogonalize and workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, mismatched or invalid lengths and axes
     */
    public static NdArray dstn(NdArray x, DctnOptions o) {
        return R2r.nAxes(DSTN, x, o.type(), o.s(), o.axes(), o.norm(), o.orthogonalize(), o.workers());
    }

    /** The inverse discrete sine transform ({@code scipy.fft.idst}), type 2 along the last axis. */
    public static NdArray idst(NdArray x) {
        return idst(x, DctOptions.defaults());
    }

    /**
     * The inverse discrete sine transform ({@code scipy.fft.idst}) with the given type, length, axis, norm,
     * orthogonalize and
     * workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, a length below 1 (or 2 for DCT-I), a bad axis
     */
    public static NdArray idst(NdArray x, DctOptions o) {
        return R2r.oneAxis(IDST, x, o.type(), o.n(), o.axis(), o.norm(), o.orthogonalize(), o.workers());
    }

    /** The n-dimensional form of idst ({@code scipy.fft.idstn}), type 2 over every axis. */
    public static NdArray idstn(NdArray x) {
        return idstn(x, DctnOptions.defaults());
    }

    /**
     * The n-dimensional form of idst ({@code scipy.fft.idstn}) with the given type, lengths, axes, norm,
     * orthogonalize and workers.
     *
     * @throws IllegalArgumentException for a type outside 1..4, mismatched or invalid lengths and axes
     */
    public static NdArray idstn(NdArray x, DctnOptions o) {
        return R2r.nAxes(IDSTN, x, o.type(), o.s(), o.axes(), o.norm(), o.orthogonalize(), o.workers());
    }
}
