/** The instructor's quiz builder, cohorts, dashboard and item analysis; the student's cohorts and assignments. */
@NullMarked
package dev.dlready.cohort.ui;

import org.jspecify.annotations.NullMarked;
