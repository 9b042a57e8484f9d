package dev.dlready.account;

/** Length limits shared by the entity, the validation and the forms. */
public final class AccountLimits {
    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    public static final int ORGANISATION_MAX = 100;

    private AccountLimits() {}
}
