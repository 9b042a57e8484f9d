/** Scoring of every question type: pure functions over the question model. */
@NullMarked
package dev.dlready.question.engine;

import org.jspecify.annotations.NullMarked;
