package org.maizuru.claims.decision;

/** A decision's notice letter: the PDF and the name it is saved under, which carries the claim's number. */
public record Notice(String fileName, byte[] pdf) {}
