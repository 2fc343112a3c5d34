package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.registry.PlaceNames;

class RollRowTest {

    private static final PlaceNames NAMES = PlaceNames.of(List.copyOf(ClaimRulesTest.REGISTRY.values()));

    private static Map<String, String> row() {
        var row = new HashMap<String, String>();
        row.put("internee_family_name", "渡邊");
        row.put("internee_given_name", "譲二");
        row.put("internee_family_name_kana", "ワタナベ");
        row.put("internee_given_name_kana", "ジョウジ");
        row.put("internee_birth_date", "大正9年3月1日");
        row.put("internee_sex", "男");
        row.put("internee_date_of_death", "2012-05-01");
        row.put("claimant_relationship", "子");
        row.put("claimant_family_name", "渡辺");
        row.put("claimant_given_name", "和子");
        row.put("claimant_birth_date", "1950-04-01");
        row.put("captured_on", "1945-08-20");
        row.put("capture_area", "MANCHURIA");
        row.put("camp", "CAMP_7");
        row.put("camp_from", "1947-01-01");
        row.put("camp_to", "1948-05-31");
        row.put("returned_on", "1948-06-20");
        row.put("port", "舞鶴");
        return row;
    }

    private static ClaimBatches.Pending read(Map<String, String> row) {
        return RollRow.read(12, List.of("cells"), row, NAMES, ClaimRulesTest.TODAY);
    }

    /** A good row comes with what its batch needs: the details, who claims for whom, and the internee's keys. */
    @Test
    void aGoodRowIsReadWithItsFilingKeyAndTheInterneesNameKeys() {
        ClaimBatches.Pending pending = read(row());
        assertEquals(12, pending.line());
        assertEquals(LocalDate.of(1920, 3, 1), pending.details().internee().birthDate(), "a Japanese era date is read");
        assertEquals(
                Relationship.CHILD, pending.details().relationship(), "a relationship is read from its Japanese words");
        assertEquals(1, pending.details().stays().size());
        assertEquals(FilingKey.of(pending.details()), pending.filingKey());
        assertTrue(
                pending.nameKeys().contains("f:watanabe") && pending.nameKeys().contains("g:譲二"),
                pending.nameKeys().toString());

        var sameManOtherWriting = row();
        sameManOtherWriting.put("internee_family_name", "渡辺");
        assertEquals(pending.filingKey(), read(sameManOtherWriting).filingKey(), "渡邊 and 渡辺 are one man's claim");
    }

    /** A row is checked by the rules a claim filed through the form meets, and its refusal names its column. */
    @Test
    void aRowBreakingAClaimsRulesIsRefusedInTheColumnAtFault() {
        var unknownCamp = row();
        unknownCamp.put("camp", "NOWHERE");
        RowRefusal camp = assertThrows(RowRefusal.class, () -> read(unknownCamp));
        assertEquals("camp", camp.column());
        assertEquals("claim.unknownCamp", camp.code());

        var noBirth = row();
        noBirth.remove("internee_birth_date");
        RowRefusal birth = assertThrows(RowRefusal.class, () -> read(noBirth));
        assertEquals("internee_birth_date", birth.column());
        assertEquals("import.row.required", birth.code());

        var returnedBeforeCapture = row();
        returnedBeforeCapture.put("returned_on", "1944-01-01");
        assertEquals(
                "returned_on",
                assertThrows(RowRefusal.class, () -> read(returnedBeforeCapture))
                        .column());
    }

    /** A value is known by its name or its label in either language, in any case or width; anything else is refused. */
    @Test
    void aRelationshipIsReadFromItsNameOrEitherLanguagesWords() {
        for (String written : List.of("本人", "SELF", "self", "Self", "ＳＥＬＦ", " 本人 ")) {
            var row = row();
            row.put("claimant_relationship", written);
            row.remove("internee_date_of_death");
            assertEquals(Relationship.SELF, read(row).details().relationship(), written);
        }
        var cousin = row();
        cousin.put("claimant_relationship", "従兄弟");
        RowRefusal refusal = assertThrows(RowRefusal.class, () -> read(cousin));
        assertEquals("claimant_relationship", refusal.column());
        assertEquals("import.row.unknownRelationship", refusal.code());

        var woman = row();
        woman.put("internee_sex", "female");
        assertEquals(Sex.FEMALE, read(woman).details().internee().sex());
    }

    /** Places are written as the pages show them, in either language and any width, and kept by their codes. */
    @Test
    void aPlaceIsReadFromTheNameThePagesShowInEitherLanguage() {
        for (var written : Map.of(
                        "満洲", "第7収容所", "Manchuria", "camp no. 7", "ＭＡＮＣＨＵＲＩＡ", "CAMP_7", " manchuria ", "Camp No 7")
                .entrySet()) {
            var row = row();
            row.put("capture_area", written.getKey());
            row.put("camp", written.getValue());
            var details = read(row).details();
            assertEquals("MANCHURIA", details.internment().captureArea(), written.getKey());
            assertEquals("CAMP_7", details.stays().getFirst().place(), written.getValue());
        }
        var campAsCaptureArea = row();
        campAsCaptureArea.put("capture_area", "第7収容所");
        campAsCaptureArea.put("camp", "満洲");
        var refusal = assertThrows(RowRefusal.class, () -> read(campAsCaptureArea));
        assertEquals(
                List.of(
                        new RowRefusal.Problem("camp", "claim.unknownCamp", "満洲"),
                        new RowRefusal.Problem("capture_area", "claim.unknownCaptureArea", "第7収容所")),
                refusal.problems(),
                "a camp is not a capture area, nor the other way round, and both are said at once");
    }

    /** A volunteer corrects a row once: every problem in its cells is named together, each in its column. */
    @Test
    void aRowWithThreeProblemsNamesAllThree() {
        var row = row();
        row.remove("internee_given_name");
        row.put("internee_birth_date", "大正九十年");
        row.put("capture_area", "満州国の奥地");
        var refusal = assertThrows(RowRefusal.class, () -> read(row));
        assertEquals(
                List.of("internee_given_name", "internee_birth_date", "capture_area"),
                refusal.problems().stream().map(RowRefusal.Problem::column).toList());
        assertEquals(
                List.of("import.row.required", "import.row.notADate", "claim.unknownCaptureArea"),
                refusal.problems().stream().map(RowRefusal.Problem::code).toList());

        var rulesBroken = row();
        rulesBroken.put("returned_on", "1944-01-01");
        rulesBroken.put("internee_birth_date", "1860-01-01");
        assertEquals(
                List.of("internee_birth_date", "returned_on"),
                assertThrows(RowRefusal.class, () -> read(rulesBroken)).problems().stream()
                        .map(RowRefusal.Problem::column)
                        .toList(),
                "the rules across fields, all at once too");
    }
}
