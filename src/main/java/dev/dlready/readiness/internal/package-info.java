/** Readiness persistence: readiness checks, calibration runs with their item parameters, and role requirement revisions. */
@NullMarked
package dev.dlready.readiness.internal;

import org.jspecify.annotations.NullMarked;
