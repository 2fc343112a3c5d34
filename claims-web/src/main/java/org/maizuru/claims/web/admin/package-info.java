/**
 * The administrators' page: accounts and roles, associations, benefit programmes and their filing windows, places;
 * one view-scoped bean per tab ({@code AccountsSection}, {@code AssociationsSection}, {@code ProgrammesSection},
 * {@code PlacesSection}), as no tab's forms share state with another's.
 */
package org.maizuru.claims.web.admin;
