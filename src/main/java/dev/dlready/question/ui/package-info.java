/** Components that show a question to a student and collect the answer. */
@NullMarked
package dev.dlready.question.ui;

import org.jspecify.annotations.NullMarked;
