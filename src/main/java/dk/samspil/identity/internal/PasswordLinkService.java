package dk.samspil.identity.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailThrottle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "Glemt adgangskode?" and the pages behind password links. A reset request is answered alike whether or not the
 * address belongs to anyone; it is throttled per e-mail and per client address by the platform's
 * {@link MailThrottle}. A link that cannot be used changes nothing and is written to the audit log.
 */
@Service
class PasswordLinkService {

    /** The audit log's entity type for refused links; the id is the user's when the link names one. */
    static final String REFUSED_ENTITY = "PasswordLink";

    static final String RESET_TOPIC = "identity.password-reset";

    /** A link that may be used now, for this user. */
    record Usable(StaffUser user) {}

    private final StaffUserRepository users;
    private final StaffUserService userService;
    private final PasswordLinks links;
    private final AccountMails mails;
    private final MailThrottle throttle;
    private final AuditLog audit;

    PasswordLinkService(
            StaffUserRepository users,
            StaffUserService userService,
            PasswordLinks links,
            AccountMails mails,
            MailThrottle throttle,
            AuditLog audit) {
        this.users = users;
        this.userService = userService;
        this.links = links;
        this.mails = mails;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Mails a reset link when the address belongs to an active user and the throttle allows it; otherwise does
     * nothing. The caller answers the same in every case. The throttle is asked first, for every address, so a
     * stranger's requests count against their client address whether or not the address exists.
     */
    @Transactional
    void requestReset(String email) {
        String normalised = StaffUserService.normaliseEmail(email);
        if (!throttle.tryAcquire(RESET_TOPIC, normalised)) {
            return;
        }
        users.findByEmail(normalised).filter(StaffUser::active).ifPresent(mails::reset);
    }

    /** Whether the link may be used (GET shows the form); a refusal is audited. */
    @Transactional
    Optional<PasswordLinks.Refusal> check(PasswordLinks.Kind kind, @Nullable String token) {
        Object outcome = evaluate(kind, token, false);
        return outcome instanceof PasswordLinks.Refusal refusal ? Optional.of(refusal) : Optional.empty();
    }

    /**
     * Sets the password when the link may still be used; the user's row stays locked until commit, so the same link
     * posted twice at once sets it only once. Throws {@link InvalidPasswordLinkException} (nothing changed, the
     * refusal audited) otherwise.
     */
    @Transactional(noRollbackFor = InvalidPasswordLinkException.class)
    StaffUser setPassword(PasswordLinks.Kind kind, @Nullable String token, String password) {
        Object outcome = evaluate(kind, token, true);
        if (outcome instanceof PasswordLinks.Refusal refusal) {
            throw new InvalidPasswordLinkException(refusal);
        }
        return userService.setPasswordFromLink(((Usable) outcome).user(), password);
    }

    /** A {@link Usable} or a {@link PasswordLinks.Refusal} (already audited). */
    private Object evaluate(PasswordLinks.Kind kind, @Nullable String token, boolean forUpdate) {
        PasswordLinks.Reading reading = links.read(kind, token);
        PasswordLinks.Subject subject = reading.subject();
        if (subject == null || reading.refusal() != null) {
            return refuse(kind, subject, reading.refusal() == null ? PasswordLinks.Refusal.INVALID : reading.refusal());
        }
        Optional<StaffUser> user =
                forUpdate ? users.findByIdForUpdate(subject.userId()) : users.findById(subject.userId());
        if (user.isEmpty() || !user.get().active()) {
            return refuse(kind, subject, PasswordLinks.Refusal.INACTIVE);
        }
        if (user.get().passwordVersion() != subject.passwordVersion()) {
            return refuse(kind, subject, PasswordLinks.Refusal.USED);
        }
        return new Usable(user.get());
    }

    private PasswordLinks.Refusal refuse(
            PasswordLinks.Kind kind, PasswordLinks.@Nullable Subject subject, PasswordLinks.Refusal refusal) {
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("refused", new AuditLog.Change(null, kind.purpose + ": " + refusal.key()));
        changes.put("clientAddress", new AuditLog.Change(null, clientAddress()));
        audit.record(
                AuditLog.Action.UPDATE,
                REFUSED_ENTITY,
                subject == null ? "unknown" : subject.userId(),
                changes,
                AuditActor.current());
        return refusal;
    }

    private static String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : "";
    }
}
