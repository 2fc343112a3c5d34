package org.maizuru.claims.association;

/** An account's password was changed or reset: whatever remembered the old one must forget it now. */
public record PasswordChanged(String username) {}
