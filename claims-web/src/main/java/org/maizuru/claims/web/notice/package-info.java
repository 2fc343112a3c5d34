/** The association's inbox page and the unread count in every page's header. */
package org.maizuru.claims.web.notice;
