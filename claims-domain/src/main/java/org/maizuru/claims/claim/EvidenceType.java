package org.maizuru.claims.claim;

/** The kinds of document that prove internment, death or relationship. */
public enum EvidenceType {
    REPATRIATION_CERTIFICATE,
    DEMOBILISATION_RECORD,
    LABOUR_CERTIFICATE,
    ARCHIVE_REGISTRATION_CARD,
    DEATH_CERTIFICATE,
    FAMILY_REGISTER_EXTRACT,
    WITNESS_STATEMENT,
    LETTER_OR_MEMOIR,
    PHOTOGRAPH,
    TRANSLATION,
    OTHER
}
