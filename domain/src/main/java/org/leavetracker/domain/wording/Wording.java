package org.leavetracker.domain.wording;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.leavetracker.domain.model.Language;

/**
 * What the server says to a person (e-mails, Slack, calendar entries, report headers) in their language (SPEC
 * §3.11): one catalog per language ({@code messages_<tag>.properties} beside this class, English the base), read
 * with the JDK's own {@link MessageFormat} and dates in the JDK's CLDR formats.
 */
public final class Wording {

    static final String BUNDLE = "org.leavetracker.domain.wording.messages";
    // no fallback to the JVM's default locale: a server started in German must still write English as English
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Wording(Language language, Locale locale) {
        this.language = language;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), EXACT);
    }

    /**
     * @param country the ISO 3166 country whose conventions dates follow (the workplace's: English in Germany writes
     *                "6 Jul 2026"), or null for the language's own
     */
    public static Wording of(Language language, String country) {
        Locale locale = country == null || !country.matches("[A-Z]{2}") ? language.locale()
                : new Locale.Builder().setLanguage(language.tag()).setRegion(country).build();
        return new Wording(language, locale);
    }

    public static Wording of(Language language) {
        return of(language, null);
    }

    public Language language() {
        return language;
    }

    /** The message under {@code key} with its placeholders filled ({@code {0}}, {@code {1}}… as MessageFormat). */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A date as the language writes it in the workplace's country: "6 Jul 2026", "06.07.2026", "6 juil. 2026". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** One day, or the first and last. */
    public String dates(LocalDate first, LocalDate last) {
        return first.equals(last) ? date(first) : text("dates.range", date(first), date(last));
    }
}
