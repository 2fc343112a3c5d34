package org.maizuru.claims.audit;

import java.util.Optional;
import java.util.function.BiFunction;
import org.maizuru.claims.kernel.Language;

/**
 * The files a report is downloaded as: CSV for any program, an Excel workbook for the associations' and the office's
 * spreadsheets, PDF to print. Each knows its extension (as addresses name it: {@code ?format=xlsx}), its media type
 * and how it is written.
 */
public enum ReportFormat {
    CSV("csv", "text/csv; charset=UTF-8", ReportExports::csv),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportExports::xlsx),
    PDF("pdf", "application/pdf", ReportExports::pdf);

    private final String extension;
    private final String mediaType;
    private final BiFunction<Report, Language, byte[]> writer;

    ReportFormat(String extension, String mediaType, BiFunction<Report, Language, byte[]> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a spreadsheet opens it: what a list of claims is downloaded as. */
    public boolean isSpreadsheet() {
        return this != PDF;
    }

    byte[] write(Report report, Language reader) {
        return writer.apply(report, reader);
    }

    /** The format an address names by its extension ({@code csv}, {@code xlsx}, {@code pdf}), if it is one. */
    public static Optional<ReportFormat> ofExtension(String extension) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
