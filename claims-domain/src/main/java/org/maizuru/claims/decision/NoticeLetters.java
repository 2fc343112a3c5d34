package org.maizuru.claims.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.util.Locale;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.platform.LetterPdf;

/** Writes the notice of a decision as a PDF in the claimant's language; the words come from the NoticeLetter bundles. */
@ApplicationScoped
public class NoticeLetters {

    /** The letter signed by the approver's name as given: their display name, never their login. */
    public byte[] write(Claim claim, Decision decision, Programme programme, String approverName) {
        var letter = LetterPdf.in("org.maizuru.claims.decision.NoticeLetter", claim.language())
                .open(claim.number());
        letter.subtitle(letter.isJapanese() ? programme.nameJa() : programme.nameEn());
        letter.strong(letter.text("addressee", claim.claimant().fullName()));
        letter.paragraph(letter.text("intro", letter.date(Today.inJapan())));
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
        letter.fact(
                letter.word("outcome"),
                letter.wordOrCode("outcome." + decision.outcome().name()),
                true);
        if (decision.outcome() == Decision.Outcome.GRANTED) {
            String amount = "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(decision.amountYen());
            letter.fact(
                    letter.word("amount"),
                    amount + " "
                            + letter.wordOrCode("period." + decision.period().name()),
                    true);
            if (decision.tier() != null) {
                letter.fact(letter.word("tier"), letter.text("tierValue", decision.tier()), false);
            }
        }
        if (decision.landingDate() != null) {
            letter.fact(letter.word("landingDate"), letter.date(decision.landingDate()), false);
        }
        if (decision.internedFrom() != null) {
            letter.fact(
                    letter.word("internment"),
                    letter.date(decision.internedFrom()) + " – " + letter.date(decision.internedTo()),
                    false);
        }
        letter.endFacts();
        letter.strong(letter.word("reasons"));
        for (String code : decision.reasonCodes()) {
            letter.paragraph("・" + letter.wordOrCode("reason." + code));
        }
        if (decision.reason() != null && !decision.reason().isBlank()) {
            letter.paragraph(decision.reason());
        }
        letter.spaced(letter.text("appeal", letter.date(decision.appealableUntil())), 12, false);
        letter.spaced(letter.text("signature", approverName), 24, true);
        return letter.finish();
    }
}
