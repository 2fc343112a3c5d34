/** Language: which of Japanese and English a page speaks, and the resource bundles that hold its words. */
package org.maizuru.claims.web.i18n;
