package dev.dlready.account;

/** The colour scheme a person chose for the app. */
public enum ColorSchemePreference {
    SYSTEM,
    LIGHT,
    DARK
}
