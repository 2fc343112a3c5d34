/**
 * The bookkeeping of bulk work, whatever it loads (claims, archive lists, the sample history): a job with its
 * progress, its counts and the lines it refused. The capabilities that import use it; it knows none of them.
 */
package org.maizuru.claims.imports;
