package dk.samspil.networks.internal;

import dk.samspil.companies.CompanyRegister;
import dk.samspil.platform.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data from {@code demo/networks.json}: the energy network in Slagelse with a budget of 100,000 kr. this year and
 * member companies from the demo register with their contact persons (added after the companies' own demo data).
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class NetworkDemoData {

    static final String RESOURCE = "demo/networks.json";
    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    record Data(List<DemoNetwork> networks) {}

    record DemoNetwork(String name, String purpose, boolean publicPage, String budget, List<DemoMember> members) {}

    record DemoMember(String cvr, Member.Role role, List<DemoContact> contacts) {}

    record DemoContact(String name, String email) {}

    private final NetworkService networks;
    private final CompanyRegister companies;
    private final JsonMapper json;

    NetworkDemoData(NetworkService networks, CompanyRegister companies, JsonMapper json) {
        this.networks = networks;
        this.companies = companies;
        this.json = json;
    }

    /** Once the application is ready, so after the register's demo companies are in. */
    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        for (DemoNetwork network : read().networks()) {
            if (networks.networks().stream().anyMatch(n -> n.name().equals(network.name()))) {
                continue;
            }
            try {
                add(network);
            } catch (Rejected | DataIntegrityViolationException e) {
                // another instance added it at the same moment
            }
        }
    }

    private void add(DemoNetwork network) {
        long id = networks.create(
                new NetworkForm(network.name(), network.purpose(), network.publicPage(), network.budget()));
        LocalDate joined = LocalDate.of(networks.today().getYear(), 1, 15);
        int added = 0;
        for (DemoMember member : network.members()) {
            if (companies.find(member.cvr()).isEmpty()) {
                continue;
            }
            DemoContact first = member.contacts().get(0);
            long memberId = networks.addMember(
                    id,
                    new MemberForm(
                            Member.Kind.COMPANY,
                            member.cvr(),
                            null,
                            first.name(),
                            first.email(),
                            member.role(),
                            joined));
            for (DemoContact contact :
                    member.contacts().subList(1, member.contacts().size())) {
                networks.addContact(id, memberId, new ContactForm(contact.name(), contact.email()));
            }
            added++;
        }
        log.info("Demo data: the network {} with {} member companies", network.name(), added);
    }

    private Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
