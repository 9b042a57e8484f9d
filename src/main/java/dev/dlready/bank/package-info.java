/** The question bank: topics, quizzes, questions and their versions. The only owner of those tables. */
@NullMarked
package dev.dlready.bank;

import org.jspecify.annotations.NullMarked;
