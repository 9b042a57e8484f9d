package dev.dlready.account;

/** What a visitor enters to create a student account. Checked by {@link AccountService#register}. */
public record RegistrationCommand(String displayName, String email, String password) {
    public RegistrationCommand {
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : EmailAddresses.normalise(email);
        password = password == null ? "" : password;
    }
}
