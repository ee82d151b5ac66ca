package org.xpsci.xp;

/**
 * A namespace's default dtypes on one device, from {@code __array_namespace_info__().default_dtypes()}.
 *
 * @param realFloating    default real floating dtype (float64 on cpu)
 * @param complexFloating default complex dtype
 * @param integral        default integer dtype
 * @param indexing        dtype of index arrays (argsort, nonzero, ...)
 */
public record DefaultDtypes(DType realFloating, DType complexFloating, DType integral, DType indexing) {

    /** float64, complex128, int64, int64: the defaults of every xpsci backend today. */
    public static final DefaultDtypes STANDARD =
            new DefaultDtypes(DType.FLOAT64, DType.COMPLEX128, DType.INT64, DType.INT64);
}
