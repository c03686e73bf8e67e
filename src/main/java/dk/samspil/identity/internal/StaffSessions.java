package dk.samspil.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a staff user's sessions (stored in PostgreSQL, so on every instance) when what a session holds no longer
 * holds: their roles, their password or their being active. A session keeps the authorities it got at login, so a
 * role taken away would otherwise stay usable until the session expired. The sessions end once the change has
 * committed: a new login in between then already sees the change.
 */
@Component
class StaffSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Every session of the user ends. */
    void endAll(String email) {
        endAllBut(email, null);
    }

    /** Every session of the user ends but {@code keepSessionId} (the one that made the change; may be null). */
    void endAllBut(String email, String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(email, keepSessionId);
                }
            });
        } else {
            end(email, keepSessionId);
        }
    }

    private void end(String email, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(repository::deleteById);
    }
}
