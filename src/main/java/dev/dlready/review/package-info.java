/**
 * Spaced review: every question a student missed becomes a card that comes back on a schedule computed by FSRS-6, as a
 * daily queue; with an interview date, the predicted retention per topic on that day.
 */
@NullMarked
package dev.dlready.review;

import org.jspecify.annotations.NullMarked;
