/** MicroProfile Health checks: {@code /health/ready} and {@code /health/live}. */
package org.maizuru.claims.web.health;
