/**
 * The registry of places and people: capture areas, internment regions and camps with stable codes,
 * internees, and archive records imported from official lists.
 */
package org.maizuru.claims.registry;
