package org.leavetracker.domain.event;

import org.leavetracker.domain.model.Role;

/** Events about the person themself: who they are, how they sign in, their role and calendar feed secret. */
public sealed interface PersonEvent extends EmployeeEvent {

    record UserAdded(String email, String name, Role role) implements PersonEvent {
        public static final String TYPE = "UserAdded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The person's sign-in identity (Cognito {@code sub}) was bound to this user, on their first sign-in with a
     * verified e-mail: from then on the user is found by {@code sub}, whatever the e-mail claim says.
     */
    record IdentityBound(String subject) implements PersonEvent {
        public static final String TYPE = "IdentityBound";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An admin released the person's sign-in identity (their Cognito user was recreated, the pool replaced, or they
     * moved to single sign-on): the old {@code sub} finds them no more, and their next sign-in with a verified
     * e-mail binds again.
     */
    record IdentityReleased(String subject) implements PersonEvent {
        public static final String TYPE = "IdentityReleased";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record UserRoleChanged(Role role) implements PersonEvent {
        public static final String TYPE = "UserRoleChanged";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A person's name and e-mail as corrected by an admin (both as they are after the change). */
    record UserUpdated(String name, String email) implements PersonEvent {
        public static final String TYPE = "UserUpdated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The user's calendar feeds got a new secret; the previous one stops working. Only a SHA-256 hash of the secret
     * is recorded: the event store never holds a usable feed address.
     */
    record CalendarTokenRotated(String tokenHash) implements PersonEvent {
        public static final String TYPE = "CalendarTokenRotated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The person chose the language they read the app, e-mails and Slack in (a BCP 47 tag the app offers), or with
     * null went back to their browser's and then the organization's default.
     */
    record LanguageChosen(String language) implements PersonEvent {
        public static final String TYPE = "LanguageChosen";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The person said whether approved leave goes into their own calendar and turns on their out-of-office reply
     * (SPEC §8); both are on until they opt out.
     */
    record CalendarPreferencesSet(boolean calendarEvents, boolean outOfOfficeReply) implements PersonEvent {
        public static final String TYPE = "CalendarPreferencesSet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * Everything stored about the person was exported for them (GDPR Art. 15, SPEC §3.10), by themself or an admin:
     * who, is the event's actor; what, the file, which is not kept longer than its link.
     */
    record PersonalDataExported() implements PersonEvent {
        public static final String TYPE = "PersonalDataExported";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The person's personal data was erased (GDPR Art. 17, SPEC §3.10): their data key is destroyed, so their name,
     * e-mail, reasons and notes read as erased everywhere. Who erased them is the event's actor (none: the
     * organization's retention period, {@code byRetention}); nothing erased is in the event.
     */
    record PersonalDataErased(boolean byRetention) implements PersonEvent {
        public static final String TYPE = "PersonalDataErased";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
