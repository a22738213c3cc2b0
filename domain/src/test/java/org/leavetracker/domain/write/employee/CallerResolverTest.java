package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;

/** SPEC §3.5: a caller is their Cognito sub, bound on the first sign-in with a verified e-mail; never by e-mail alone. */
class CallerResolverTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final CallerResolver callers = new CallerResolver(app.repository, CommandRetry.standard());

    private Optional<String> who(String sub, String email, boolean verified) {
        return callers.resolve(new Identity(sub, email == null ? null : Email.of(email), verified, null), null)
                .map(Caller::userId);
    }

    @Test
    void the_first_sign_in_with_a_verified_e_mail_binds_the_identity_and_later_ones_find_it_by_sub() {
        assertThat(who("sub-ann", "ann@acme.test", true)).contains(ann.userId());
        assertThat(app.repository.employee(ann.userId()).subject()).isEqualTo("sub-ann");
        assertThat(app.repository.history(ann.userId())).extracting(e -> e.type()).containsOnlyOnce("IdentityBound");
        // an access token: no e-mail at all
        assertThat(who("sub-ann", null, false)).contains(ann.userId());
        // the same identity again binds nothing new
        assertThat(who("sub-ann", "ann@acme.test", true)).contains(ann.userId());
        assertThat(app.repository.history(ann.userId())).extracting(e -> e.type()).containsOnlyOnce("IdentityBound");
    }

    @Test
    void an_unverified_e_mail_finds_no_one() {
        assertThat(who("sub-mallory", "ann@acme.test", false)).isEmpty();
        assertThat(app.repository.employee(ann.userId()).subject()).as("nothing bound").isNull();
        assertThat(who("sub-ann", "ann@acme.test", true)).contains(ann.userId());
    }

    @Test
    void an_e_mail_changed_to_a_colleague_s_never_reaches_the_colleague() {
        Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);
        assertThat(who("sub-bob", "bob@acme.test", true)).contains(bob.userId());
        assertThat(who("sub-ann", "ann@acme.test", true)).contains(ann.userId());
        // Bob sets his e-mail to Ann's (verified or not): he stays Bob
        assertThat(who("sub-bob", "ann@acme.test", false)).contains(bob.userId());
        assertThat(who("sub-bob", "ann@acme.test", true)).contains(bob.userId());
        // a new identity claiming Ann's verified e-mail after Ann signed in is not Ann
        assertThat(who("sub-other", "ann@acme.test", true)).isEmpty();
        // an identity no one added, unbound, with an e-mail of no user: no one
        assertThat(who("sub-eve", "eve@acme.test", true)).isEmpty();
    }

    @Test
    void an_access_token_before_any_sign_in_with_the_id_token_finds_no_one() {
        assertThat(who("sub-ann", null, false)).isEmpty();
    }

    @Test
    void the_founder_of_an_organization_is_bound_at_once_and_an_unverified_one_cannot_found() {
        app.setup.createOrganization(new Identity("sub-fran", Email.of("fran@startup.test"), true, "Fran"), "Startup",
                null);
        String fran = app.store.ownerOf("email#fran@startup.test").orElseThrow();
        assertThat(who("sub-fran", null, false)).contains(fran);
        assertThat(who("sub-someone-else", "fran@startup.test", true)).isEmpty();
        assertThatThrownBy(() -> app.setup.createOrganization(new Identity("sub-gus", Email.of("gus@startup.test"),
                false, "Gus"), "Gus Ltd", null)).isInstanceOf(Unauthenticated.class);
        assertThat(app.store.ownerOf("email#gus@startup.test")).isEmpty();
    }

    @Test
    void slack_s_verified_e_mail_finds_the_user_without_binding_anything() {
        assertThat(callers.resolveVerifiedEmail(Email.of("ann@acme.test"), null)).map(Caller::userId)
                .contains(ann.userId());
        assertThat(app.repository.employee(ann.userId()).subject()).isNull();
    }

    @Test
    void an_admin_releases_a_sign_in_so_the_old_identity_finds_no_one_and_the_next_verified_one_binds() {
        EmployeeAdministration administration = app.administration;
        assertThat(who("sub-ann", "ann@acme.test", true)).contains(ann.userId());
        // a member may not release anyone's sign-in
        assertThatThrownBy(() -> administration.releaseSignIn(ann, ann.userId()))
                .isInstanceOf(org.leavetracker.domain.error.Forbidden.class);

        administration.releaseSignIn(admin, ann.userId());
        assertThat(app.repository.employee(ann.userId()).subject()).isNull();
        assertThat(app.repository.history(ann.userId())).extracting(e -> e.type())
                .containsSubsequence("IdentityBound", "IdentityReleased");
        // the old identity's access token (no e-mail) finds no one any more
        assertThat(who("sub-ann", null, false)).isEmpty();
        // the recreated Cognito user signs in with Ann's verified e-mail: bound to Ann from now on
        assertThat(who("sub-ann-2", "ann@acme.test", true)).contains(ann.userId());
        assertThat(who("sub-ann-2", null, false)).contains(ann.userId());
        assertThat(who("sub-ann", null, false)).isEmpty();
        // nothing to release before a sign-in
        Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);
        assertThatThrownBy(() -> administration.releaseSignIn(admin, bob.userId()))
                .isInstanceOf(org.leavetracker.domain.error.InvalidStateTransition.class);
    }
}
