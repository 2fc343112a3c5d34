package org.maizuru.claims.review;

/** A caseworker's request as a letter to the claimant: the PDF and the name it is saved under. */
public record RequestLetter(String fileName, byte[] pdf) {}
