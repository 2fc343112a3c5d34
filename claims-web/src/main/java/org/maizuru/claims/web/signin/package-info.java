/** Signing in and out of the pages. */
package org.maizuru.claims.web.signin;
