package org.maizuru.claims.api.casework;

import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.registry.ArchiveRecords;
import org.maizuru.claims.registry.Likeness;

/** The bodies of {@code …/matches} and {@code …/duplicates}: ranked items, each with its score and reasons. */
public final class CorroborationJson {

    private CorroborationJson() {}

    /** {@code {"claim", "items": [{"score", "reasons", "record": {…}}]}}. */
    public record Matches(String claim, List<Match> items) {}

    public record Match(int score, List<String> reasons, ArchiveRecordJson record) {
        static Match of(ArchiveRecords.Match match) {
            var r = match.record();
            return new Match(
                    match.resemblance().score(),
                    reasonsOf(match.resemblance()),
                    new ArchiveRecordJson(
                            r.id(),
                            r.source(),
                            r.recordId(),
                            r.familyName(),
                            r.givenName(),
                            r.birthYear(),
                            r.camp(),
                            r.placeCode(),
                            r.note()));
        }
    }

    public record ArchiveRecordJson(
            long id,
            String source,
            String recordId,
            String familyName,
            String givenName,
            Integer birthYear,
            String camp,
            String place,
            String note) {}

    /** {@code {"claim", "items": [{"score", "reasons", "claim": {…}}]}}. */
    public record Duplicates(String claim, List<Duplicate> items) {}

    public record Duplicate(int score, List<String> reasons, OtherClaim claim) {
        static Duplicate of(org.maizuru.claims.review.Duplicate duplicate) {
            var c = duplicate.claim();
            return new Duplicate(
                    duplicate.resemblance().score(),
                    reasonsOf(duplicate.resemblance()),
                    new OtherClaim(
                            c.id(),
                            c.number(),
                            c.status().name(),
                            c.associationId(),
                            c.internee().familyName(),
                            c.internee().givenName(),
                            c.internee().familyNameKana(),
                            c.internee().givenNameKana(),
                            c.internee().birthDate()));
        }
    }

    public record OtherClaim(
            long id,
            String number,
            String status,
            long associationId,
            String familyName,
            String givenName,
            String familyNameKana,
            String givenNameKana,
            LocalDate birthDate) {}

    static List<String> reasonsOf(Likeness.Resemblance resemblance) {
        return resemblance.reasons().stream().map(Enum::name).toList();
    }
}
