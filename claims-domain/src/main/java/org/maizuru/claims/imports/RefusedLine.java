package org.maizuru.claims.imports;

/** A line of an imported file that was not loaded: its number in the file (the header is line 1) and why. */
public record RefusedLine(String line, String message) {
}
