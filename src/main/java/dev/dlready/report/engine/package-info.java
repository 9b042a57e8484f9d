/** Pure calculations for reports: integrity signals, percentiles, verification codes, fingerprints. */
@NullMarked
package dev.dlready.report.engine;

import org.jspecify.annotations.NullMarked;
