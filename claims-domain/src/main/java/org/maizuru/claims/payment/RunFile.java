package org.maizuru.claims.payment;

import java.util.Locale;
import org.maizuru.claims.kernel.DomainException;

/** A run's file as downloaded: its name, media type and bytes. */
public record RunFile(String filename, String mediaType, byte[] content) {

    /**
     * What a run is downloaded as: the 全銀 transfer file the bank takes, or an account of it for people, as a CSV
     * to check in a spreadsheet or a PDF to file. Named in addresses as {@code zengin}, {@code csv}, {@code pdf}.
     */
    public enum Format {
        ZENGIN,
        CSV,
        PDF;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format an address names; none named is the 全銀 file, one not known is refused. */
        public static Format named(String code) {
            if (code == null) {
                return ZENGIN;
            }
            for (Format format : values()) {
                if (format.code().equals(code)) {
                    return format;
                }
            }
            throw new DomainException.Invalid("format", "payment.fileFormat", code);
        }
    }

    public RunFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
