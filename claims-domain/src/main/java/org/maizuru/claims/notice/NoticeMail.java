package org.maizuru.claims.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.maizuru.claims.kernel.JapaneseDates;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.platform.ScheduledDuty;

/**
 * Mails the notices waiting to be mailed, through the operator's server (Jakarta Mail), in Japanese with the
 * English below it. A notice is marked mailed after the server took it, in a transaction of its own: a node
 * that dies between the two sends that one notice again, once, rather than losing it. A server that refuses or
 * is out of reach is tried again later, up to {@link AssociationNotice#MAIL_ATTEMPTS} times.
 */
@ApplicationScoped
class NoticeMail implements ScheduledDuty {

    /** What one mail says, read in the transaction before it is sent. */
    record Letter(
            long noticeId,
            String to,
            String associationJa,
            String associationEn,
            AssociationNotice.Kind kind,
            String claimNumber,
            LocalDate dueOn) {}

    private static final int PER_ROUND = 200;
    private static final String BUNDLE = "org.maizuru.claims.notice.NoticeMail";
    private static final Logger LOG = Logger.getLogger(NoticeMail.class.getName());

    @Inject
    NoticeService notices;

    @Inject
    ProgrammeClock clock;

    @Override
    public Map<String, Integer> perform(LocalDate today) {
        var settings = MailSettings.configured();
        if (settings.isEmpty()) {
            return Map.of();
        }
        Session session = session(settings.get());
        int sent = 0;
        int failed = 0;
        for (long id : notices.mailDue(clock.now(), PER_ROUND)) {
            var letter = notices.letter(id);
            if (letter.isEmpty()) {
                notices.mailed(id, false);
                failed++;
                continue;
            }
            boolean ok = send(session, settings.get(), letter.get());
            notices.mailed(id, ok);
            if (ok) {
                sent++;
            } else {
                failed++;
            }
        }
        return sent + failed == 0 ? Map.of() : Map.of("noticesMailed", sent, "noticeMailsFailed", failed);
    }

    private static Session session(MailSettings settings) {
        if (settings.user() == null || settings.user().isBlank()) {
            return Session.getInstance(settings.sessionProperties());
        }
        return Session.getInstance(settings.sessionProperties(), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        });
    }

    private boolean send(Session session, MailSettings settings, Letter letter) {
        try {
            var message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
            message.setSentDate(Date.from(clock.now()));
            message.setSubject(subject(letter), StandardCharsets.UTF_8.name());
            message.setText(body(letter), StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.warning(() -> "Notice " + letter.noticeId() + " could not be mailed; it is tried again later: " + e);
            return false;
        }
    }

    static String subject(Letter letter) {
        return text(Locale.JAPANESE, "subject." + letter.kind(), letter.claimNumber());
    }

    /** The Japanese text, then the English, each with the claim number, the due date and how to reach the claim. */
    static String body(Letter letter) {
        String dueJa = letter.dueOn() == null ? "" : JapaneseDates.both(letter.dueOn());
        String dueEn = letter.dueOn() == null ? "" : letter.dueOn().toString();
        return text(Locale.JAPANESE, "greeting", letter.associationJa()) + "\n\n"
                + text(Locale.JAPANESE, "body." + letter.kind(), letter.claimNumber(), dueJa) + "\n\n"
                + text(Locale.JAPANESE, "closing") + "\n\n"
                + "----------------------------------------\n\n"
                + text(Locale.ENGLISH, "greeting", letter.associationEn()) + "\n\n"
                + text(Locale.ENGLISH, "body." + letter.kind(), letter.claimNumber(), dueEn) + "\n\n"
                + text(Locale.ENGLISH, "closing") + "\n";
    }

    private static String text(Locale locale, String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
