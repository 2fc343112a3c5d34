/**
 * What associations are told about their claims: a caseworker's request and its reminder, a due date passed, a
 * decision, a claim closed. Review and decision tell it in the transaction of the act; the association reads its
 * inbox on the pages or through the API, and when it has a contact address and the operator has configured a
 * mail server each notice is also mailed, by a scheduled duty, after the act has committed.
 */
package org.maizuru.claims.notice;
