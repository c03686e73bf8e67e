package dk.samspil.networks.internal;

import dk.samspil.companies.CompanyRegister;
import dk.samspil.platform.Rejected;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Demo data: the energy network in Slagelse with a budget of 100,000 kr. this year and three member companies from
 * the demo register (added after the companies' own demo data).
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class NetworkDemoData {

    static final String NAME = "Energinetværket Slagelse";
    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);
    private static final List<String[]> MEMBERS = List.of(
            new String[] {"34722420", "Sofie Lund", "sofie.lund@example.dk", "CHAIR"},
            new String[] {"65494841", "Henrik Madsen", "henrik.madsen@example.dk", "MEMBER"},
            new String[] {"55672881", "Amira Hansen", "amira.hansen@example.dk", "MEMBER"});

    private final NetworkService networks;
    private final CompanyRegister companies;

    NetworkDemoData(NetworkService networks, CompanyRegister companies) {
        this.networks = networks;
        this.companies = companies;
    }

    /** Once the application is ready, so after the register's demo companies are in. */
    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        if (networks.networks().stream().anyMatch(n -> n.name().equals(NAME))) {
            return;
        }
        try {
            long id = networks.create(new NetworkForm(
                    NAME,
                    "Virksomheder i Slagelse, der vil bruge mindre energi og mere vedvarende energi, mødes fire gange"
                            + " om året og deler erfaringer. Erhvervscentret er sekretariat for kommunen.",
                    true,
                    "100000"));
            LocalDate joined = LocalDate.of(networks.today().getYear(), 1, 15);
            int added = 0;
            for (String[] member : MEMBERS) {
                if (companies.find(member[0]).isEmpty()) {
                    continue;
                }
                networks.addMember(
                        id,
                        new MemberForm(
                                Member.Kind.COMPANY,
                                member[0],
                                null,
                                member[1],
                                member[2],
                                Member.Role.valueOf(member[3]),
                                joined));
                added++;
            }
            log.info("Demo data: the network {} with {} member companies", NAME, added);
        } catch (Rejected | DataIntegrityViolationException e) {
            // another instance added it at the same moment
        }
    }
}
