package dev.dlready.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.org", "a.b+tag@sub.example.co.uk", "  Ana@Example.ORG "})
    void valid_addresses_are_accepted(String email) {
        assertThat(EmailAddresses.problem(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@", "@example.org", "ana@example", "ana@@example.org", "an a@example.org",
            "ana@exa..mple.org", "ana..b@example.org"})
    void malformed_addresses_are_refused_with_an_example(String email) {
        assertThat(EmailAddresses.problem(email)).contains("Enter an email address like name@example.com.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_address_asks_for_one(String email) {
        assertThat(EmailAddresses.problem(email)).contains("Enter your email address.");
    }

    @org.junit.jupiter.api.Test
    void addresses_are_normalised_to_lower_case_without_spaces() {
        assertThat(EmailAddresses.normalise("  Ana@Example.ORG ")).isEqualTo("ana@example.org");
    }
}
