package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.EmploymentEvent.EmploymentEnded;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.PersonEvent.CalendarTokenRotated;
import org.leavetracker.domain.event.PersonEvent.CalendarPreferencesSet;
import org.leavetracker.domain.event.PersonEvent.LanguageChosen;
import org.leavetracker.domain.event.PersonEvent.IdentityBound;
import org.leavetracker.domain.event.PersonEvent.IdentityReleased;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.PersonEvent.UserRoleChanged;
import org.leavetracker.domain.event.PersonEvent.UserUpdated;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.ErasedPerson;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.organization.Organization;

/**
 * One user: who they are and how they sign in, and the parts that decide the rest: their employment, their approval
 * line, their balance credits and every leave request they ever made. All checks of a request (overlap, balance) read
 * this one aggregate, and its version guards the append, so two concurrent requests of one person can never both pass
 * (docs/decisions/0002-aggregate-boundaries.md).
 */
public final class Employee {

    public static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2200;

    private final String id;
    private final String orgId;
    private Email email;
    private String name;
    /** The sign-in identity bound on the first sign-in; null until then. */
    private String subject;
    private Role role;
    private long version;
    /** The events this aggregate was replayed from, so that {@link #after} can continue them. */
    private List<RecordedEvent> history = List.of();
    private String calendarTokenHash;
    private Language language;
    private final Employment employment = new Employment(this);
    private final ApprovalLine approvers = new ApprovalLine(this);
    private final BalanceCredits credits = new BalanceCredits(this);
    private final LeaveRequests leave = new LeaveRequests(this);
    private final CalendarChoices calendarChoices = new CalendarChoices(this);
    private final PersonalDataRights personalData = new PersonalDataRights(this);

    private Employee(String id, String orgId) {
        this.id = id;
        this.orgId = orgId;
    }

    /** The person their recorded events leave, with each event applied once in order. */
    public static Optional<Employee> replay(String id, List<RecordedEvent> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Employee employee = new Employee(id, history.get(0).orgId());
        history.forEach(employee::apply);
        employee.history = List.copyOf(history);
        return Optional.of(employee);
    }

    /**
     * The person as it is once its own newly recorded events are added: a new aggregate, this one unchanged
     * (only an aggregate applies events, and only to itself).
     */
    public Employee after(List<RecordedEvent> recorded) {
        if (recorded.isEmpty()) {
            return this;
        }
        List<RecordedEvent> all = new ArrayList<>(history);
        all.addAll(recorded);
        return replay(id, all).orElseThrow();
    }

    public static UserAdded add(Email email, String name, Role role) {
        if (role == null) {
            throw ValidationError.required("role");
        }
        return new UserAdded(email.value(), Text.requiredName(name, "name"), role);
    }

    /** Binds the person's sign-in identity; a user has one, for good (a second one is someone else). */
    public Decision bindIdentity(String newSubject) {
        if (newSubject == null || newSubject.isBlank()) {
            throw new ValidationError("a sign-in identity needs its subject");
        }
        if (newSubject.equals(subject)) {
            return Decision.nothingChanged(id);
        }
        if (subject != null) {
            throw new Unauthenticated("this e-mail address belongs to a user who signs in with another identity");
        }
        return Decision.of(id, new IdentityBound(newSubject));
    }

    /** An admin frees the person's sign-in identity, so that their next verified sign-in binds a new one. */
    public Decision releaseIdentity() {
        if (subject == null) {
            throw new InvalidStateTransition(name + " has not signed in yet: there is no sign-in to release");
        }
        return Decision.of(id, new IdentityReleased(subject));
    }

    /** An admin changes someone's role. Admins cannot change their own, so an organization always keeps one. */
    public Decision changeRole(Role newRole, Employee admin) {
        if (newRole == null) {
            throw ValidationError.required("role");
        }
        if (admin.id.equals(id)) {
            throw new Forbidden("admins cannot change their own role; ask another admin");
        }
        return newRole == role ? Decision.nothingChanged(id) : Decision.of(id, new UserRoleChanged(newRole));
    }

    /** An admin corrects the person's name or e-mail (null: unchanged); the caller has claimed a new e-mail. */
    public Decision update(String newName, Email newEmail) {
        String cleanName = newName == null ? name : Text.requiredName(newName, "name");
        Email address = newEmail == null ? email : newEmail;
        if (cleanName.equals(name) && address.equals(email)) {
            return Decision.nothingChanged(id);
        }
        return Decision.of(id, new UserUpdated(cleanName, address.value()));
    }

    /** The person's own language, or null to follow their browser's and then the organization's. */
    public Decision chooseLanguage(Language chosen) {
        return chosen == language ? Decision.nothingChanged(id) : Decision.of(id,
                new LanguageChosen(chosen == null ? null : chosen.tag()));
    }

    /** The language the person chose, if any (else the organization's default speaks to them). */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    /** The language the server speaks to the person (e-mails, Slack, feeds, reports): theirs, else the org's. */
    public Language languageIn(Organization organization) {
        return language().orElse(organization.defaultLanguage());
    }

    /** A new secret for the caller's own calendar feeds (given as its hash); the old one is revoked with it. */
    public Decision rotateCalendarToken(String tokenHash) {
        return Decision.of(id, new CalendarTokenRotated(tokenHash));
    }

    /**
     * An admin ends the person's employment after {@code lastDay}: their requests starting after it are cancelled
     * (the reason in each event), and from then on no leave may touch a later date.
     */
    public Decision endEmployment(LocalDate lastDay, String adminId) {
        requireDate(lastDay, "lastDay");
        if (adminId.equals(id)) {
            throw new Forbidden("admins cannot end their own employment; ask another admin");
        }
        Optional<EmploymentEnded> ended = employment.end(lastDay);
        if (ended.isEmpty()) {
            return Decision.nothingChanged(id);
        }
        List<DomainEvent> events = new ArrayList<>(List.of(ended.get()));
        events.addAll(leave.cancelledAfter(lastDay, adminId));
        return Decision.of(id, events.toArray(DomainEvent[]::new));
    }

    static void requireDate(LocalDate date, String field) {
        if (date == null) {
            throw ValidationError.required(field);
        }
        requireYear(date.getYear());
    }

    /** The years balances and leave may be about (VALIDATION_ERROR outside them). */
    public static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationError("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
    }

    /** Applies one recorded event; an event the state already reflects (an older version) changes nothing. */
    void apply(RecordedEvent recorded) {
        if (recorded.version() <= version) {
            return;
        }
        version = recorded.version();
        switch ((EmployeeEvent) recorded.payload()) {
            case PersonEvent e -> evolve(e);
            case EmploymentEvent e -> employment.evolve(e);
            case ApprovalLineEvent e -> approvers.evolve(e);
            case CreditEvent e -> credits.evolve(e);
            case LeaveEvent e -> leave.evolve(e, recorded);
        }
    }

    private void evolve(PersonEvent event) {
        switch (event) {
            case UserAdded e -> {
                email = Email.of(e.email());
                name = e.name();
                role = e.role();
            }
            case UserRoleChanged e -> role = e.role();
            case IdentityBound e -> subject = e.subject();
            case IdentityReleased e -> subject = null;
            case CalendarTokenRotated e -> calendarTokenHash = e.tokenHash();
            case LanguageChosen e -> language = e.language() == null ? null : Language.of(e.language(), "language");
            case CalendarPreferencesSet e -> calendarChoices.evolve(e);
            case PersonEvent.PersonalDataExported e -> {
                // an entry of the audit trail; nothing about the person changed
            }
            case PersonEvent.PersonalDataErased e -> { // shown as erased whatever a reader still held of them
                personalData.evolve(e);
                name = ErasedPerson.NAME;
                email = Email.of(ErasedPerson.email(id));
            }
            case UserUpdated e -> {
                name = e.name();
                email = Email.of(e.email());
            }
        }
    }

    public String id() {
        return id;
    }

    public String orgId() {
        return orgId;
    }

    public Email email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public String subject() {
        return subject;
    }

    public long version() {
        return version;
    }

    /** The hash of the current calendar feed secret, or null while the user has never made one. */
    public String calendarTokenHash() {
        return calendarTokenHash;
    }

    public Employment employment() {
        return employment;
    }

    public ApprovalLine approvers() {
        return approvers;
    }

    public BalanceCredits credits() {
        return credits;
    }

    public PersonalDataRights personalData() {
        return personalData;
    }

    public CalendarChoices calendarChoices() {
        return calendarChoices;
    }

    public LeaveRequests leave() {
        return leave;
    }
}
