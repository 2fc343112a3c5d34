/**
 * What the pages and the API share about a request, so that neither reaches into the other: who is calling (the
 * {@code Actor} both doors inject, and the client's address behind a trusted proxy), the caller's language, and
 * download headers.
 */
package org.maizuru.claims.http;
