/** Taking questions: practice with instant feedback (and, later, timed exams). */
@NullMarked
package dev.dlready.attempt;

import org.jspecify.annotations.NullMarked;
