package org.maizuru.claims.audit;

import java.time.LocalDate;
import java.util.Objects;
import org.maizuru.claims.kernel.Language;

/**
 * A report as a file to download, the one way every door hands one out (the reports page, the claims list, the API):
 * the content in its format, its media type, and the name a person sees in the downloads folder, which is the
 * report's title in the reader's language and the day it was made ({@code 未処理の請求-2026-12-07.xlsx}).
 */
public record ReportFile(String name, String mediaType, byte[] content) {

    public ReportFile {
        Objects.requireNonNull(name, "A report file has a name.");
        Objects.requireNonNull(mediaType, "A report file has a media type.");
        Objects.requireNonNull(content, "A report file has content.");
    }

    public static ReportFile of(Report report, ReportFormat format, Language reader, LocalDate day) {
        // A title may hold what a file system refuses in a name (an English "Claims by camp/region", say).
        String title = report.title(reader).replaceAll("[\\\\/:*?\"<>|]", "_");
        return new ReportFile(
                title + "-" + day + "." + format.extension(), format.mediaType(), format.write(report, reader));
    }
}
