package dk.samspil.identity.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users who log in through an identity provider: created at their first login (just in time), their roles
 * set from their groups at every login through the mapping administrators keep, and refusals written to the audit
 * log. A refused login changes nothing.
 */
@Service
class SingleSignOnService {

    static final String REFUSAL_ENTITY = "SingleSignOn";

    /** What the identity provider vouched for in a valid ID token. */
    record SsoIdentity(
            String registrationId,
            String issuer,
            String subject,
            String email,
            String name,
            Collection<String> groups) {}

    private final StaffUserRepository users;
    private final GroupRoleRepository groupRoles;
    private final AuditLog audit;
    private final Clock clock;
    private final StaffSessions sessions;

    SingleSignOnService(
            StaffUserRepository users,
            GroupRoleRepository groupRoles,
            AuditLog audit,
            Clock clock,
            StaffSessions sessions) {
        this.users = users;
        this.groupRoles = groupRoles;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * The Samspil user for this identity, created or brought up to date (name, roles, link to the provider's user).
     * Throws {@link SsoRefusedException}, having changed nothing, when the groups give no role, the user is
     * deactivated or their e-mail belongs to a user linked to someone else at the provider.
     */
    @Transactional
    StaffUser signIn(SsoIdentity identity) {
        String email = StaffUserService.normaliseEmail(identity.email());
        String name = identity.name() == null || identity.name().isBlank()
                ? email
                : identity.name().trim();
        List<String> roles = groupRoles.rolesOf(identity.groups());
        Optional<StaffUser> existing =
                users.findBySsoIdentity(identity.issuer(), identity.subject()).or(() -> users.findByEmail(email));
        if (existing.isPresent()) {
            StaffUser before = existing.get();
            if (users.linkedToOtherSsoIdentity(before.id(), identity.issuer(), identity.subject())) {
                throw new SsoRefusedException(SsoRefusal.OTHER_IDENTITY, email);
            }
            if (!before.active()) {
                throw new SsoRefusedException(SsoRefusal.DEACTIVATED, email);
            }
            if (roles.isEmpty()) {
                throw new SsoRefusedException(SsoRefusal.NO_ROLE, email);
            }
            users.updateName(before.id(), name);
            users.replaceRoles(before.id(), roles);
            users.linkSsoIdentity(before.id(), identity.issuer(), identity.subject());
            users.replaceSsoGroups(before.id(), identity.groups(), clock.instant());
            StaffUser after = users.findById(before.id()).orElseThrow();
            audit.record(
                    AuditLog.Action.UPDATE,
                    StaffUserService.ENTITY,
                    before.id(),
                    AuditLog.diff(before.auditState(), after.auditState()),
                    actor(email));
            if (!roles.equals(before.roles())) {
                sessions.endAll(before.email());
            }
            return after;
        }
        if (roles.isEmpty()) {
            throw new SsoRefusedException(SsoRefusal.NO_ROLE, email);
        }
        long id = users.insert(email, name, null, roles, clock.instant());
        users.linkSsoIdentity(id, identity.issuer(), identity.subject());
        users.replaceSsoGroups(id, identity.groups(), clock.instant());
        StaffUser created = users.findById(id).orElseThrow();
        audit.record(
                AuditLog.Action.CREATE,
                StaffUserService.ENTITY,
                id,
                AuditLog.diff(null, created.auditState()),
                actor(email));
        return created;
    }

    /**
     * Writes a refused single sign-on to the audit log: the provider's registration, the reason and, when known,
     * the e-mail address (otherwise the client address names who tried).
     */
    @Transactional
    void recordRefusal(String registrationId, String cause, String detail, String email, String clientAddress) {
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("reason", new AuditLog.Change(null, cause));
        if (detail != null && !detail.isBlank()) {
            changes.put("detail", new AuditLog.Change(null, detail.length() > 500 ? detail.substring(0, 500) : detail));
        }
        if (email != null) {
            changes.put("email", new AuditLog.Change(null, email));
        }
        changes.put("clientAddress", new AuditLog.Change(null, clientAddress));
        String entityId =
                registrationId == null ? "-" : registrationId.substring(0, Math.min(100, registrationId.length()));
        audit.record(
                AuditLog.Action.REFUSE,
                REFUSAL_ENTITY,
                entityId,
                changes,
                email != null ? AuditActor.anonymous(email) : AuditActor.anonymous(clientAddress));
    }

    private static AuditActor actor(String email) {
        return new AuditActor(AuditActor.Type.USER, email);
    }
}
