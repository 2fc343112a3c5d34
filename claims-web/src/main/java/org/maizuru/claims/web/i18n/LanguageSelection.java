package org.maizuru.claims.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.maizuru.claims.kernel.Language;

/**
 * The language of the page being rendered: {@code ?lang=ja|en} when given (and then remembered in a cookie
 * for a year), else the remembered choice, else the browser's preference among Japanese and English, else
 * Japanese.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

    static final String COOKIE = "claims-lang";
    static final List<String> SUPPORTED = List.of("ja", "en");
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = choose();
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isJapanese() {
        return reader().isJapanese();
    }

    /** The page's reader's language, as the services take it. */
    public Language reader() {
        return Language.of(getLocale());
    }

    private Locale choose() {
        String asked = request.getParameter("lang");
        if (asked != null && SUPPORTED.contains(asked)) {
            remember(asked);
            return Locale.of(asked);
        }
        return withoutReadingTheBody(request);
    }

    /**
     * The language of a request whose body must not be read (an upload being refused): the remembered choice,
     * else the browser's preference, else Japanese.
     */
    public static Locale withoutReadingTheBody(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return Locale.of(cookie.getValue());
                }
            }
        }
        // Without Accept-Language the servlet container offers the server's own locale: that is no preference.
        return request.getHeader("Accept-Language") == null
                ? Locale.JAPANESE
                : fromBrowser(Collections.list(request.getLocales()));
    }

    static Locale fromBrowser(List<Locale> preferred) {
        for (Locale candidate : preferred) {
            if (SUPPORTED.contains(candidate.getLanguage())) {
                return Locale.of(candidate.getLanguage());
            }
        }
        return Locale.JAPANESE;
    }

    private void remember(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, code);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
    }
}
