package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.Map;

import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.event.PersonEvent.PersonalDataErased;
import org.leavetracker.domain.event.PersonEvent.PersonalDataExported;
import org.leavetracker.domain.write.Decision;

/** The person's rights over their data (SPEC §3.10): each export on their trail, and erasure once they have left. */
public final class PersonalDataRights {

    private final Employee owner;
    private boolean erased;

    PersonalDataRights(Employee owner) {
        this.owner = owner;
    }

    /** The export of everything stored about the person, for their audit trail. */
    public Decision recordExport() {
        return Decision.of(owner.id(), new PersonalDataExported());
    }

    /**
     * Erases the person's personal data: only once their employment has ended (their last day is past) or if it
     * never began (no location from any day up to today). Erasing again records nothing.
     */
    public Decision erase(LocalDate today, boolean byRetention) {
        if (erased) {
            return Decision.nothingChanged(owner.id());
        }
        Employment employment = owner.employment();
        boolean left = employment.leftBefore(today);
        boolean neverBegan = employment.locations().entries().headMap(today, true).isEmpty();
        if (!left && !neverBegan) {
            String until = employment.endsOn().map(last -> " (their last day is " + last + ")").orElse("");
            throw new InvalidStateTransition(owner.name() + " is still employed" + until
                    + ": personal data is erased only once employment has ended",
                    Map.of("field", "userId"));
        }
        return Decision.of(owner.id(), new PersonalDataErased(byRetention));
    }

    /** Whether the person's personal data was erased: they show as "Erased person", with their id. */
    public boolean erased() {
        return erased;
    }

    void evolve(PersonalDataErased event) {
        erased = true;
    }
}
