/** What recruiters see: reports candidates share with them, the access log, PDFs with verification codes, the API. */
@NullMarked
package dev.dlready.report;

import org.jspecify.annotations.NullMarked;
