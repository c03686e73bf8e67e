package dk.samspil.companies.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code samspil.demo.enabled=true}, adds the fictional local companies of {@code demo/companies.json} that are
 * not in the register yet. Their CVR numbers only pass the modulus-11 check; the companies do not exist.
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class CompanyDemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/companies.json";
    private static final Logger log = LoggerFactory.getLogger(CompanyDemoData.class);

    record Data(List<CompanyData> companies) {}

    private final CompanyService companies;
    private final JsonMapper json;

    CompanyDemoData(CompanyService companies, JsonMapper json) {
        this.companies = companies;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (CompanyData company : read().companies()) {
            if (companies.find(company.cvr()).isEmpty()) {
                try {
                    companies.create(company);
                    added++;
                } catch (CompanyService.DuplicateCvr e) {
                    // another instance added it at the same moment
                }
            }
        }
        if (added > 0) {
            log.info("Demo data: {} companies in the register", added);
        }
    }

    private Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
