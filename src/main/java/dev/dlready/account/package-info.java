/** Accounts, roles, sign-in, registration and the security configuration. */
@NullMarked
package dev.dlready.account;

import org.jspecify.annotations.NullMarked;
