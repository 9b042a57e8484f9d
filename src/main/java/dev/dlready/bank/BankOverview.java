package dev.dlready.bank;

/** Headline numbers of the bank. */
public record BankOverview(int topics, long activeQuestions, int contentProblems) {}
