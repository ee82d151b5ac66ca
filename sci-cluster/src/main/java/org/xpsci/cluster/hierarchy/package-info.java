/**
 * {@code scipy.cluster.hierarchy}: {@link org.xpsci.cluster.hierarchy.Hierarchy} (linkage, fcluster,
 * fclusterdata, cophenet, inconsistent, leaves_list, is_valid_linkage, cut_tree) with the string modes as enums
 * and keyword arguments as option records.
 */
package org.xpsci.cluster.hierarchy;
