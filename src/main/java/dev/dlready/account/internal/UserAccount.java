package dev.dlready.account.internal;

import dev.dlready.account.AccountLimits;
import dev.dlready.account.ColorSchemePreference;
import dev.dlready.account.Role;
import dev.dlready.account.SignedInUser;
import dev.dlready.account.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Size(max = AccountLimits.EMAIL_MAX)
    @Column(nullable = false, unique = true)
    private String email;

    @Size(max = AccountLimits.DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "color_scheme", nullable = false)
    private ColorSchemePreference colorScheme = ColorSchemePreference.SYSTEM;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Size(max = AccountLimits.ORGANISATION_MAX)
    private @Nullable String organisation;

    @Version
    private long version;

    protected UserAccount() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.STUDENT;
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public ColorSchemePreference colorScheme() {
        return colorScheme;
    }

    /** The organisation a recruiter works for, or null. */
    public @Nullable String organisation() {
        return organisation;
    }

    public void assignOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void chooseColorScheme(ColorSchemePreference preference) {
        this.colorScheme = preference;
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(id(), email, displayName, role);
    }

    public UserSummary toSummary() {
        return new UserSummary(id(), email, displayName, role, enabled, createdAt, version, organisation);
    }
}
