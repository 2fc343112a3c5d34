/**
 * Bulk work in the pages: an association's rolls filed from Excel or CSV, an administrator's archive lists, with
 * their progress, their refused rows and the files to correct them in.
 */
package org.maizuru.claims.web.imports;
