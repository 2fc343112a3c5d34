/** The caseworkers' and supervisors' pages: work queues and the claim workbench. */
package org.maizuru.claims.web.review;
