/**
 * Instructors' quizzes and cohorts: quizzes built from the bank with their settings, groups of students who join with
 * an invite code, assignments with due dates, the cohort dashboard and the item analysis of each quiz.
 */
@NullMarked
package dev.dlready.cohort;

import org.jspecify.annotations.NullMarked;
