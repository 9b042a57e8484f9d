/** Persistence of readiness checks. */
@NullMarked
package dev.dlready.readiness.internal;

import org.jspecify.annotations.NullMarked;
