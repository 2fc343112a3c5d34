/** REST resources of the registry: reference places. */
package org.maizuru.claims.api.registry;
