/**
 * The question model shared by content files, the bank and attempts: every question type, its answer key, seeded
 * variants of parameterised questions, and the key-free form a student is shown. Pure Java.
 */
@NullMarked
package dev.dlready.question;

import org.jspecify.annotations.NullMarked;
