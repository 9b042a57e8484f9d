@NullMarked
package dev.dlready.bank.ui;

import org.jspecify.annotations.NullMarked;
