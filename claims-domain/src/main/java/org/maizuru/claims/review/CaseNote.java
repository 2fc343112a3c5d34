package org.maizuru.claims.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.maizuru.claims.kernel.DomainException;

/** A caseworker's working note on a claim, for colleagues; the association never sees it. */
@Entity
@Table(name = "case_note")
@NamedQuery(name = CaseNote.FOR_CLAIM, query = "select n from CaseNote n where n.claimId = :claim order by n.id")
public class CaseNote {

    public static final String FOR_CLAIM = "CaseNote.forClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 4000)
    private String text;

    protected CaseNote() {
        // for JPA
    }

    CaseNote(long claimId, String author, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.Invalid("text", "note.empty");
        }
        this.claimId = claimId;
        this.author = Objects.requireNonNull(author);
        this.text = text.strip().length() > 4000 ? text.strip().substring(0, 4000) : text.strip();
        this.writtenAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
