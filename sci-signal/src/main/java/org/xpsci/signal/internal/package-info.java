/**
 * Implementation of {@code org.xpsci.signal}: window functions computed as Java doubles, argument checks
 * shared by the spectral functions, the host (fast) path and the portable path. Not part of the public API.
 */
package org.xpsci.signal.internal;
