package org.xpsci.fft.internal;

/**
 * A resolved DCT/DST call: the transform type executed (an inverse call's type 2 executes type 3), the axes and
 * lengths, the factor each axis' result is multiplied by, and whether the end terms are orthogonalised.
 *
 * @param type          the executed transform
 * @param axes          the axes and lengths
 * @param scales        per axis, the normalisation factor
 * @param orthogonalize whether the orthogonalize end-term factors apply
 */
record R2rPlan(R2rType type, TransformAxes axes, double[] scales, boolean orthogonalize) {
}
