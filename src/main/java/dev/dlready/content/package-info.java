/** The quizzes/ file format: reading, validating and loading quiz files into the bank. */
@NullMarked
package dev.dlready.content;

import org.jspecify.annotations.NullMarked;
