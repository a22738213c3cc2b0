package org.leavetracker.domain.model;

import java.util.Locale;

import org.leavetracker.domain.error.ValidationError;

/**
 * A language the app speaks (SPEC §3.11). A BCP 47 tag names it; only its primary language subtag decides which
 * translation is used, so {@code de-AT} and {@code de-CH} read German, while their region still shapes dates and
 * numbers where a client formats them.
 */
public enum Language {
    EN, DE, FR, ES;

    /** Whoever has chosen none and works in an organization that named none reads English. */
    public static final Language DEFAULT = EN;

    /** The language a BCP 47 tag names; VALIDATION_ERROR at {@code field} when it is malformed or not offered. */
    public static Language of(String tag, String field) {
        if (tag == null || tag.isBlank()) {
            throw ValidationError.required(field);
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        for (Language language : values()) {
            if (language.tag().equals(locale.getLanguage())) {
                return language;
            }
        }
        throw ValidationError.at(field, field + " must be one of en, de, fr, es (BCP 47), not '" + tag.strip() + "'");
    }

    /** The language's BCP 47 tag as stored and answered: {@code en}, {@code de}, {@code fr}, {@code es}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }
}
