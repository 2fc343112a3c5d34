/** The registry's words for the pages: place names in the page's language. */
package org.maizuru.claims.web.registry;
