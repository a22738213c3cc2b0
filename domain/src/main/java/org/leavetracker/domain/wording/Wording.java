package org.leavetracker.domain.wording;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

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

    /**
     * An amount of leave with its unit, in the language's plural ("1 day", "2.5 days", "1,5 jour"): the catalog's
     * {@code amount.DAYS} and {@code amount.HOURS} are ChoiceFormats over the number, which fill in it as written.
     */
    public String amount(Days amount, LeaveUnit unit) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return text("amount." + unit.name(), amount.toDouble(), number.format(amount.toDouble()));
    }

    /** The country of a holiday calendar ({@code DE-BY} → {@code DE}), for dates as written there; null if none. */
    public static String countryOf(String holidayCalendar) {
        return holidayCalendar != null && holidayCalendar.matches("[A-Z]{2}(-.*)?") ? holidayCalendar.substring(0, 2)
                : null;
    }

    /** The country of the location the person works at on a day (its holiday calendar's), or null. */
    public static String countryWhere(Employee person, Organization organization, LocalDate day) {
        return person.employment().locations().on(day).flatMap(organization.locations()::find)
                .map(location -> countryOf(location.holidayCalendar())).orElse(null);
    }

    /** How a half day is marked after a name or dates: " (morning)", " (afternoon)", or nothing. */
    public String halfDay(HalfDay half) {
        return half == null || half == HalfDay.NONE ? "" : text("mail.half." + half.name());
    }

    /** One day, or the first and last. */
    public String dates(LocalDate first, LocalDate last) {
        return first.equals(last) ? date(first) : text("dates.range", date(first), date(last));
    }
}
