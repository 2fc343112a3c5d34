package org.maizuru.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Capture and return as claimed; the camp stays are kept on the claim itself. */
@Embeddable
public class Internment {

    @Column(name = "captured_on")
    private LocalDate capturedOn;

    @Column(name = "capture_area", length = 40)
    private String captureArea;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "return_port", length = 100)
    private String port;

    protected Internment() {
        // for JPA
    }

    public Internment(LocalDate capturedOn, String captureArea, LocalDate returnedOn, String port) {
        this.capturedOn = capturedOn;
        this.captureArea = captureArea;
        this.returnedOn = returnedOn;
        this.port = port == null || port.isBlank() ? null : port.strip();
    }

    public LocalDate capturedOn() {
        return capturedOn;
    }

    public String captureArea() {
        return captureArea;
    }

    /** The landing date in Japan, on which the 2010 benefit's tier depends; empty if he never returned. */
    public LocalDate returnedOn() {
        return returnedOn;
    }

    public String port() {
        return port;
    }
}
