/** The association's pages: its claims, the guided claim form, a claim with its evidence, requests and decision. */
package org.maizuru.claims.web.claim;
