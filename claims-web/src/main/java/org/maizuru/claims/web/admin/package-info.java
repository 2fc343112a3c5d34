/** The administrators' page: accounts and roles, associations, benefit programmes and their filing windows, places. */
package org.maizuru.claims.web.admin;
