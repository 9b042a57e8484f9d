/** Shares, link holders, the access log, verification codes and API tokens (entities and repositories). */
@NullMarked
package dev.dlready.report.internal;

import org.jspecify.annotations.NullMarked;
