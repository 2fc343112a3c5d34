package org.maizuru.claims.api.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Capture, stays and return in the contract. */
public record InternmentJson(
        LocalDate capturedOn,
        @Size(max = 40) String captureArea,
        @Valid @Size(max = 50) List<@Valid StayJson> stays,
        LocalDate returnedOn,
        @Size(max = 100) String port) {}
