package org.maizuru.claims.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the pages in the request's language, for backing beans (messages, labels of enum values). */
@RequestScoped
public class Texts {

    static final String BUNDLE = "org.maizuru.claims.web.i18n.Messages";

    @Inject
    LanguageSelection language;

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.getLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? text : new MessageFormat(text, language.getLocale()).format(arguments);
    }

    /** Whether the bundle has words for this key. */
    public boolean has(String key) {
        return ResourceBundle.getBundle(
                        BUNDLE,
                        language.getLocale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .containsKey(key);
    }

    public boolean isJapanese() {
        return "ja".equals(language.getLocale().getLanguage());
    }

    /** The request's language, for texts that come from elsewhere (the domain's refusals). */
    public Locale locale() {
        return language.getLocale();
    }

    /** Adds a message for the page in the request's language (its detail left empty: a null one repeats it). */
    /** A message beside one field, by the field's client id (a field's message shows its detail). */
    public void messageFor(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    public void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, get(key, arguments), ""));
    }
}
