/**
 * {@code scipy.cluster.vq}: {@link org.xpsci.cluster.vq.Vq} (whiten, vq, kmeans, kmeans2) with SciPy's keyword
 * arguments as option records ({@link org.xpsci.cluster.vq.KMeansOptions},
 * {@link org.xpsci.cluster.vq.KMeans2Options}) and results as records.
 */
package org.xpsci.cluster.vq;
