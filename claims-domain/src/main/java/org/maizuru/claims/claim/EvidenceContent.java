package org.maizuru.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an evidence document, stored in the database in the same transaction as its row: a failed
 * upload leaves neither behind, and a backup of the database is a backup of the evidence.
 */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false)
    private byte[] content;

    protected EvidenceContent() {
        // for JPA
    }

    EvidenceContent(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
