package org.maizuru.claims.registry;

/** An archive list and the records loaded from it; {@code described} is null for a code no one described. */
public record CountedSource(String code, ArchiveSource described, long records) {}
