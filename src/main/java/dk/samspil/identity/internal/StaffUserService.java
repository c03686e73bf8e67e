package dk.samspil.identity.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Roles;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff users' life cycle: created, renamed, given roles, deactivated, their passwords set. Every change is audited. */
@Service
class StaffUserService {

    static final String ENTITY = "StaffUser";

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final StaffSessions sessions;
    private final LoginFailureRepository loginFailures;
    private final AccountMails mails;

    StaffUserService(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock,
            StaffSessions sessions,
            LoginFailureRepository loginFailures,
            AccountMails mails) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.loginFailures = loginFailures;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    List<StaffUser> list() {
        return users.findAll();
    }

    @Transactional(readOnly = true)
    StaffUser get(long id) {
        return users.findById(id).orElseThrow(StaffUserNotFoundException::new);
    }

    @Transactional(readOnly = true)
    StaffUser getByEmail(String email) {
        return users.findByEmail(email).orElseThrow(StaffUserNotFoundException::new);
    }

    /**
     * Creates an active user with a password (the first administrator, the demo users); throws
     * {@link EmailAlreadyUsedException} when the e-mail is taken.
     */
    @Transactional
    StaffUser create(String name, String email, Collection<String> roles, String password) {
        return insert(name, email, roles, passwordEncoder.encode(password));
    }

    /**
     * An administrator creates a user without a password: the user is mailed an invitation with a link to choose
     * one. Throws {@link EmailAlreadyUsedException} when the e-mail is taken.
     */
    @Transactional
    StaffUser invite(String name, String email, Collection<String> roles) {
        StaffUser user = insert(name, email, roles, null);
        mails.invitation(user);
        return user;
    }

    /** Mails a new invitation to an active user who has not chosen a password yet; returns false otherwise. */
    @Transactional
    boolean resendInvitation(long id) {
        StaffUser user = get(id);
        if (!user.active() || user.hasPassword()) {
            return false;
        }
        mails.invitation(user);
        return true;
    }

    private StaffUser insert(String name, String email, Collection<String> roles, String passwordHash) {
        String normalised = normaliseEmail(email);
        if (users.emailExists(normalised)) {
            throw new EmailAlreadyUsedException();
        }
        long id = users.insert(normalised, name.trim(), passwordHash, sortedRoles(roles), clock.instant());
        StaffUser user = get(id);
        audit.created(ENTITY, id, user.auditState());
        return user;
    }

    /**
     * Renames the user and sets their roles; a change of roles logs them out everywhere, so that no session keeps a
     * role they no longer have. Throws {@link LastAdministratorException} when this would leave no active administrator.
     */
    @Transactional
    void update(long id, String name, Collection<String> roles) {
        StaffUser before = get(id);
        List<String> newRoles = sortedRoles(roles);
        if (before.active() && before.roles().contains(Roles.ADMIN) && !newRoles.contains(Roles.ADMIN)) {
            requireAnotherActiveAdmin();
        }
        users.updateName(id, name.trim());
        users.replaceRoles(id, newRoles);
        audit.updated(ENTITY, id, before.auditState(), get(id).auditState());
        if (!newRoles.equals(before.roles())) {
            sessions.endAll(before.email());
        }
    }

    /** Throws {@link LastAdministratorException} when deactivating the last active administrator. */
    @Transactional
    void setActive(long id, boolean active) {
        StaffUser before = get(id);
        if (before.active() == active) {
            return;
        }
        if (!active && before.roles().contains(Roles.ADMIN)) {
            requireAnotherActiveAdmin();
        }
        users.setActive(id, active);
        audit.updated(ENTITY, id, before.auditState(), get(id).auditState());
        if (!active) {
            sessions.endAll(before.email());
        }
    }

    /**
     * An administrator sets a new password, which the user must change at the next login; it also lifts a lock and
     * logs the user out everywhere.
     */
    @Transactional
    void resetPassword(long id, String password) {
        resetPassword(id, password, true);
    }

    /** A new password from outside (the operator's start-up settings when false); see {@link #resetPassword(long, String)}. */
    @Transactional
    void resetPassword(long id, String password, boolean changeRequired) {
        StaffUser before = get(id);
        users.setPassword(id, passwordEncoder.encode(password), changeRequired);
        loginFailures.forgetAll(id);
        auditPasswordChange(before, get(id));
        sessions.endAll(before.email());
    }

    /**
     * The user chose a password through an e-mailed link (invitation or reset), which {@code before} was read for under
     * a row lock: it lifts every lock, ends every session of the user (the caller then logs this browser in) and
     * counts as a login.
     */
    @Transactional
    StaffUser setPasswordFromLink(StaffUser before, String password) {
        users.setPassword(before.id(), passwordEncoder.encode(password), false);
        loginFailures.forgetAll(before.id());
        users.recordSuccessfulLogin(before.email(), clock.instant());
        StaffUser after = get(before.id());
        auditPasswordChange(before, after);
        sessions.endAll(before.email());
        return after;
    }

    /**
     * The user changes their own password; their other sessions end, the one they changed it from
     * ({@code currentSessionId}) stays. Returns false (and changes nothing) when the current password is wrong.
     */
    @Transactional
    boolean changeOwnPassword(String email, String currentPassword, String newPassword, String currentSessionId) {
        StaffUser before = getByEmail(email);
        if (before.passwordHash() == null || !passwordEncoder.matches(currentPassword, before.passwordHash())) {
            return false;
        }
        users.setPassword(before.id(), passwordEncoder.encode(newPassword), false);
        loginFailures.forgetAll(before.id());
        auditPasswordChange(before, get(before.id()));
        sessions.endAllBut(before.email(), currentSessionId);
        return true;
    }

    static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static List<String> sortedRoles(Collection<String> roles) {
        return roles.stream().distinct().sorted().toList();
    }

    private void requireAnotherActiveAdmin() {
        if (users.countActiveAdmins() <= 1) {
            throw new LastAdministratorException();
        }
    }

    /** The hash is never audited: only that the password changed, when, and that a lock was lifted. */
    private void auditPasswordChange(StaffUser before, StaffUser after) {
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put(
                "passwordChangedAt", new AuditLog.Change(null, clock.instant().toString()));
        if (before.passwordChangeRequired() != after.passwordChangeRequired()) {
            changes.put(
                    "passwordChangeRequired",
                    new AuditLog.Change(
                            String.valueOf(before.passwordChangeRequired()),
                            String.valueOf(after.passwordChangeRequired())));
        }
        changes.putAll(AuditLog.diff(before.auditState(), after.auditState()));
        audit.record(AuditLog.Action.UPDATE, ENTITY, before.id(), changes, AuditActor.current());
    }
}
