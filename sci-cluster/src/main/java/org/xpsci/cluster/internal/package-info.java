/**
 * The implementation of sci-cluster: the distance kernels shared by vq, k-means, linkage and fclusterdata
 * (the fused multi-core host kernel and the blocked portable form), the seeded random source, the k-means loops,
 * the linkage algorithms and tree traversals on host memory, argument checks and warnings. Not API.
 */
package org.xpsci.cluster.internal;
