/** Entities and repositories of quizzes and cohorts; only this feature's services use them. */
@NullMarked
package dev.dlready.cohort.internal;

import org.jspecify.annotations.NullMarked;
