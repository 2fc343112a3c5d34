package org.maizuru.claims.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A {@link Language} as it is stored: its two-letter code ({@code ja}, {@code en}), which the bulk writers and the
 * exports write too. A column that holds anything else reads as Japanese, as letters always have.
 */
@Converter
public class LanguageCode implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return (language == null ? Language.JAPANESE : language).code();
    }

    @Override
    public Language convertToEntityAttribute(String stored) {
        return Language.orJapanese(stored);
    }
}
