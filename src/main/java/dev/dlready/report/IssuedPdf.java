package dev.dlready.report;

/** A rendered report PDF and the verification code printed on it. */
public record IssuedPdf(byte[] content, String fileName, String verificationCode) {}
