/**
 * Benefit programmes and their effective-dated schedules (data an administrator keeps), the eligibility
 * rules, decisions with their notice letters, and appeals.
 */
package org.maizuru.claims.decision;
