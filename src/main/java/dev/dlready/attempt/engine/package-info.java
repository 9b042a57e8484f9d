/** Pure calculations over a student's answers: progress per topic, trends and streaks. */
@NullMarked
package dev.dlready.attempt.engine;

import org.jspecify.annotations.NullMarked;
