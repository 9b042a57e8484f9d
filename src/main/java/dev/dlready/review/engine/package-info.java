/** The FSRS-6 memory model and scheduler, pure Java: no clock, no framework, no I/O. */
@NullMarked
package dev.dlready.review.engine;

import org.jspecify.annotations.NullMarked;
