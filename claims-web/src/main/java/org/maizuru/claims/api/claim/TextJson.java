package org.maizuru.claims.api.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies that carry one text: an answer to a request ({@code response}) or an appeal ({@code grounds}). */
public final class TextJson {

    private TextJson() {}

    /** {@code {"response": "…"}}. */
    @Schema(name = "InformationResponse")
    public record Response(@NotBlank @Size(max = 4000) String response) {}

    /** {@code {"grounds": "…"}}. */
    public record Appeal(@NotBlank @Size(max = 4000) String grounds) {}
}
