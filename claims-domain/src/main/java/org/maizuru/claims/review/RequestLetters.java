package org.maizuru.claims.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.platform.LetterPdf;

/**
 * Writes a caseworker's request as a letter in the claimant's language, like the notice of a decision: what is
 * asked, by which day, and how to answer. It names no caseworker by login: the letter is the programme's.
 */
@ApplicationScoped
class RequestLetters {

    byte[] write(Claim claim, InformationRequest request) {
        var letter = LetterPdf.in("org.maizuru.claims.review.RequestLetter", claim.language())
                .open(claim.number());
        letter.subtitle(letter.text("subtitle", claim.number()));
        letter.strong(letter.text("addressee", claim.claimant().fullName()));
        letter.paragraph(letter.text("intro", letter.date(LocalDate.ofInstant(request.requestedAt(), Today.JAPAN))));
        letter.fact(letter.word("claimNumber"), claim.number(), false);
        letter.fact(
                letter.word("internee"),
                claim.internee().fullName() + "  ("
                        + letter.date(claim.internee().birthDate()) + ")",
                false);
        letter.fact(
                letter.word("relationship"),
                letter.wordOrCode("Relationship." + claim.relationship().name()),
                false);
        letter.fact(letter.word("dueOn"), letter.date(request.dueOn()), true);
        letter.endFacts();
        letter.strong(letter.word("asked"));
        request.message().lines().forEach(letter::paragraph);
        letter.spaced(letter.text("howToAnswer", letter.date(request.dueOn())), 12, false);
        letter.spaced(letter.word("signature"), 24, true);
        return letter.finish();
    }
}
