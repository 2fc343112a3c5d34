package org.maizuru.claims.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.maizuru.claims.kernel.JapaneseDates;

/**
 * Date fields accept either calendar (1948-06-20, 1948年6月20日, 昭和23年6月20日, S23.6.20) and show the Western
 * form; the page shows the era form beside it. Made by Faces itself, not CDI: it injects nothing, and the Faces of
 * Payara 7.2026 resolves a "managed" converter only when it is a CDI bean, which a converter alone is not.
 */
@FacesConverter(value = "japaneseDate")
public class JapaneseDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return JapaneseDates.parse(value).orElseThrow(() -> {
            Locale locale = context.getViewRoot() == null
                    ? Locale.JAPANESE
                    : context.getViewRoot().getLocale();
            var bundle = ResourceBundle.getBundle(
                    Texts.BUNDLE,
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            // An era date that never was is usually the day before or after an era changed: say which day that was.
            String text = JapaneseDates.outsideItsEra(value)
                    .map(meant -> new MessageFormat(bundle.getString("general.date.outsideEra"), locale)
                            .format(new Object[] {value.strip(), JapaneseDates.era(meant), meant.toString()}))
                    .orElse(bundle.getString("general.date.invalid"));
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
