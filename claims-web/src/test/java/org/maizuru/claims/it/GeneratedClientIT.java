package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maizuru.claims.client.ApiClient;
import org.maizuru.claims.client.ApiException;
import org.maizuru.claims.client.api.CaseworkApi;
import org.maizuru.claims.client.api.ChangesApi;
import org.maizuru.claims.client.api.ClaimsApi;
import org.maizuru.claims.client.model.Approval;
import org.maizuru.claims.client.model.ChangeJson;
import org.maizuru.claims.client.model.ClaimJson;
import org.maizuru.claims.client.model.ClaimRequest;
import org.maizuru.claims.client.model.DecisionJson;
import org.maizuru.claims.client.model.InformationRequest;
import org.maizuru.claims.client.model.InformationRequestJson;
import org.maizuru.claims.client.model.InformationResponse;
import org.maizuru.claims.client.model.InternmentJson;
import org.maizuru.claims.client.model.PersonJson;
import org.maizuru.claims.client.model.Recommendation;
import org.maizuru.claims.client.model.StayJson;

/**
 * An association's system as one would be written: a client generated from the kept contract
 * (src/main/openapi/maizuru-claims.yaml) by openapi-generator during the build, and nothing else, takes a claim
 * from filing to its decision and notice, with the caseworker and the supervisor on the same client. If the served
 * API drifts from the contract, this is where a generated client breaks.
 */
@ExtendWith(TestServer.class)
class GeneratedClientIT {

    private static final String PASSWORD = "maizuru-demo";

    private final ServerUnderTest server;
    private final URL base;

    GeneratedClientIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    @TempDir
    Path files;

    /** The generated client has no sign-in of its own: the caller's system adds its credentials to each request. */
    private ApiClient as(String account) {
        var client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String basic = Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    @Test
    void aGeneratedClientTakesAClaimFromFilingToDecision() throws Exception {
        var association = new ClaimsApi(as("assoc-a"));
        var caseworker = new CaseworkApi(as("caseworker"));
        var supervisor = new CaseworkApi(as("supervisor"));
        var feed = new ChangesApi(as("assoc-a"));
        long before = lastCursor(feed);

        String[] name = ClaimJsonBuilder.randomKana();
        var person = new PersonJson()
                .familyName("生成" + name[1])
                .givenName("清")
                .familyNameKana(name[0])
                .givenNameKana("キヨシ")
                .birthDate(LocalDate.of(1924, 5, 1))
                .sex(PersonJson.SexEnum.MALE);
        var filed = association.fileClaim(
                new ClaimRequest()
                        .programme("SPECIAL_BENEFIT_2010")
                        .claimantRelationship(ClaimRequest.ClaimantRelationshipEnum.SELF)
                        .claimant(person)
                        .internee(person)
                        .internment(new InternmentJson()
                                .capturedOn(LocalDate.of(1945, 8, 20))
                                .captureArea("MANCHURIA")
                                .stays(List.of(new StayJson()
                                        .place("TAISHET")
                                        .from(LocalDate.of(1945, 10, 1))
                                        .to(LocalDate.of(1953, 6, 1))))
                                .returnedOn(LocalDate.of(1953, 7, 1))
                                .port("舞鶴")),
                null);
        long id = filed.getId();
        assertEquals(ClaimJson.StatusEnum.DRAFT, filed.getStatus());
        assertTrue(filed.getNumber().matches("MZ-\\d{4}-\\d{6}"), filed.getNumber());

        Path certificate = files.resolve("certificate.pdf");
        Files.write(certificate, ClaimsApiIT.pdf("Repatriation certificate " + filed.getNumber()));
        var evidence = association.uploadEvidence(id, certificate.toFile(), "REPATRIATION_CERTIFICATE", "ja");
        assertEquals("application/pdf", evidence.getMediaType());
        assertEquals(
                ClaimJson.StatusEnum.SUBMITTED,
                association.submitClaim(id, null).getStatus());

        assertEquals(
                ClaimJson.StatusEnum.IN_REVIEW, caseworker.assignClaim(id, null).getStatus());
        InformationRequestJson asked = caseworker.requestInformation(
                id,
                new InformationRequest()
                        .message("労働証明書の写しを提出してください。")
                        .dueOn(LocalDate.now().plusDays(30)));
        assertEquals(
                ClaimJson.StatusEnum.AWAITING_INFORMATION,
                association.getClaim(id).getStatus());
        association.answerInformationRequest(id, asked.getId(), new InformationResponse().response("提出しました。"));
        assertEquals(ClaimJson.StatusEnum.IN_REVIEW, association.getClaim(id).getStatus());

        caseworker.recommendDecision(
                id,
                new Recommendation()
                        .outcome(Recommendation.OutcomeEnum.GRANT)
                        .returnedOn(LocalDate.of(1953, 7, 1))
                        .reason("引揚証明書で確認"));
        var ownApproval = assertThrows(
                ApiException.class, () -> caseworker.approveRecommendation(id, new Approval().approve(true)));
        assertEquals(403, ownApproval.getCode(), "a caseworker does not approve: " + ownApproval.getResponseBody());
        assertTrue(ownApproval
                .getResponseHeaders()
                .firstValue("Content-Type")
                .orElseThrow()
                .startsWith("application/problem+json"));
        assertEquals(
                ClaimJson.StatusEnum.DECIDED,
                supervisor
                        .approveRecommendation(id, new Approval().approve(true))
                        .getStatus());

        DecisionJson decision = association.getDecision(id);
        assertEquals(DecisionJson.OutcomeEnum.GRANTED, decision.getOutcome());
        assertEquals(1_100_000L, decision.getAmountYen());
        assertEquals(4, decision.getTier());
        try (var notice = Loader.loadPDF(association.getDecisionNotice(id))) {
            String letter = new PDFTextStripper().getText(notice);
            assertTrue(letter.contains(filed.getNumber()) && letter.contains("1,100,000"), letter);
        }

        // The association's system learns all this from the change feed, in order, through the same client.
        var changes = feed.listChanges(before, 500).getItems().stream()
                .filter(change -> change.getClaim() == id)
                .map(ChangeJson::getChange)
                .toList();
        assertEquals(
                List.of(
                        "CLAIM_CREATED",
                        "EVIDENCE_UPLOADED",
                        "CLAIM_SUBMIT",
                        "CLAIM_ASSIGN",
                        "CLAIM_REQUEST_INFORMATION",
                        "CLAIM_RECEIVE_INFORMATION",
                        "CLAIM_RECOMMEND",
                        "DECISION_MADE"),
                changes);

        var foreign = assertThrows(ApiException.class, () -> new ClaimsApi(as("assoc-b")).getDecision(id));
        assertEquals(404, foreign.getCode(), "another association's system finds nothing there");
    }

    private static long lastCursor(ChangesApi feed) throws ApiException {
        long cursor = 0;
        while (true) {
            var page = feed.listChanges(cursor, 500);
            cursor = page.getNext();
            if (!Boolean.TRUE.equals(page.getMore())) {
                return cursor;
            }
        }
    }
}
