package org.xpsci.xp.cuda.internal;

/**
 * How cuBLAS (column-major) reads one operand of a row-major product. The backend computes row-major
 * {@code C = A B} as column-major {@code C^T = B^T A^T}; a row-major matrix with unit column stride is, read
 * column-major, already its transpose ({@code transpose} false, leading dimension = row stride), and one with
 * unit row stride is the matrix itself stored column-major ({@code transpose} true, leading dimension = column
 * stride).
 *
 * @param transpose whether cuBLAS must transpose the stored matrix
 * @param ld        the leading dimension cuBLAS is given
 */
public record GemmOperand(boolean transpose, int ld) {

    /**
     * The operand for a row-major matrix of row stride {@code rs} and column stride {@code cs} whose transpose,
     * as cuBLAS multiplies it, is {@code rows x cols}; null when neither stride is 1 or the leading dimension
     * would be too small (the caller copies the operand or uses the backend's kernel).
     */
    public static GemmOperand of(int rs, int cs, int rows, int cols) {
        if (cs == 1 && rs >= Math.max(1, rows)) {
            return new GemmOperand(false, rs);
        }
        if (rs == 1 && cs >= Math.max(1, cols)) {
            return new GemmOperand(true, cs);
        }
        return null;
    }
}
