@NullMarked
package dev.dlready.bank.internal;

import org.jspecify.annotations.NullMarked;
