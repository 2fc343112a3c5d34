/** The browser's side of the application: Faces backing beans, grouped by the capability they serve. */
package org.maizuru.claims.web;
