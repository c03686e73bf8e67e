package dk.samspil.identity.internal;

import dk.samspil.platform.AuditLog;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping administrators keep from the identity provider's groups to Samspil roles. A change takes effect at
 * each user's next single sign-on, where the roles are worked out again; removing a mapping also ends the sessions of
 * the single sign-on users who hold its role, so a role taken away is not kept until they log out. Every change is
 * audited.
 */
@Service
class GroupRoleService {

    static final String ENTITY = "SsoGroupRole";

    /** The group already gives this role. */
    static class DuplicateGroupRoleException extends RuntimeException {}

    private final GroupRoleRepository repository;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    GroupRoleService(GroupRoleRepository repository, StaffSessions sessions, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<GroupRole> list() {
        return repository.findAll();
    }

    /** Throws {@link DuplicateGroupRoleException} when the group (in any case) already gives the role. */
    @Transactional
    GroupRole add(String group, String role) {
        long id;
        try {
            id = repository.insert(group.trim(), role, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DuplicateGroupRoleException();
        }
        GroupRole created = repository.findById(id).orElseThrow();
        audit.created(ENTITY, id, created.auditState());
        return created;
    }

    /** Removes the mapping; nothing happens when it is already gone. */
    @Transactional
    void remove(long id) {
        repository.findById(id).ifPresent(existing -> {
            repository.delete(id);
            audit.deleted(ENTITY, id, existing.auditState());
            repository.singleSignOnUsersWithRole(existing.role()).forEach(sessions::endAll);
        });
    }
}
