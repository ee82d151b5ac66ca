/** The machinery of the {@code xpsci} command: shared options, result writing, error reports, demo and bench. */
package org.xpsci.cli.internal;
