/**
 * scipy.cluster for xpsci arrays: {@link org.xpsci.cluster.vq} (whiten, vector quantisation, k-means) and
 * {@link org.xpsci.cluster.hierarchy} (agglomerative clustering), with the module's warnings
 * ({@link org.xpsci.cluster.ClusterWarnings}).
 */
package org.xpsci.cluster;
