/** HTTP details that the pages and the API share (download headers), so that neither reaches into the other. */
package org.maizuru.claims.http;
