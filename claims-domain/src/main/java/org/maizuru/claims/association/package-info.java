/**
 * Associations of former internees and the accounts that act in the system: who they are, which role they
 * hold, which association they speak for, and how they prove it (PBKDF2 passwords, API keys).
 */
package org.maizuru.claims.association;
