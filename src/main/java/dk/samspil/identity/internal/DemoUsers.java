package dk.samspil.identity.internal;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Roles;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * With {@code samspil.demo.enabled=true}: one demo user per staff role ({@code <role>@demo.samspil.dk}, password
 * {@code demo-<role>-2026}), created once and printed at every start. Never enable this in production.
 */
@Component
@Order(DemoUsers.ORDER)
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class DemoUsers implements ApplicationRunner {

    static final int ORDER = 100;
    static final String DOMAIN = "demo.samspil.dk";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final StaffUserRepository userRepository;
    private final StaffUserService users;
    private final MessageSource messages;
    private final TransactionOperations transactions;

    DemoUsers(
            StaffUserRepository userRepository,
            StaffUserService users,
            MessageSource messages,
            TransactionOperations transactions) {
        this.userRepository = userRepository;
        this.users = users;
        this.messages = messages;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            userRepository.lockForBootstrap();
            Roles.STAFF.forEach(this::ensure);
        });
        StringBuilder block = new StringBuilder("Demo logins (samspil.demo.enabled=true):");
        Roles.STAFF.forEach(role -> block.append(System.lineSeparator())
                .append(String.format("  %-32s %-24s %s", email(role), password(role), role)));
        log.warn(block.toString());
    }

    static String email(String role) {
        return role.toLowerCase(Locale.ROOT) + "@" + DOMAIN;
    }

    static String password(String role) {
        return "demo-" + role.toLowerCase(Locale.ROOT) + "-2026";
    }

    private void ensure(String role) {
        if (userRepository.emailExists(email(role))) {
            return;
        }
        String roleName = messages.getMessage("identity.role." + role, null, DanishFormats.DANISH);
        String name = messages.getMessage("identity.demo.name", new Object[] {roleName}, DanishFormats.DANISH);
        users.create(name, email(role), List.of(role), password(role));
    }
}
