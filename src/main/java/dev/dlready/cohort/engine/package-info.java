/**
 * Statistics over a cohort's attempts at a quiz (item analysis): pure functions over records, no framework or I/O.
 * The cohort feature (groups, assignments, screens) builds on this package.
 */
@NullMarked
package dev.dlready.cohort.engine;

import org.jspecify.annotations.NullMarked;
