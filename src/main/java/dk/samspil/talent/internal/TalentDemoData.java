package dk.samspil.talent.internal;

import dk.samspil.platform.Rejected;
import dk.samspil.talent.TalentProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Demo data: the first configured institution as an organisation whose user is the demo login of the role
 * INSTITUTION, so that login shows the institution's pages.
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class TalentDemoData implements ApplicationRunner {

    /** The demo login of the role INSTITUTION (identity's demo users: the role's name at the demo domain). */
    static final String DEMO_USER = "institution@demo.samspil.dk";

    private static final Logger log = LoggerFactory.getLogger(TalentDemoData.class);

    private final InstitutionService institutions;
    private final TalentProperties properties;

    TalentDemoData(InstitutionService institutions, TalentProperties properties) {
        this.institutions = institutions;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.institutions().isEmpty() || !institutions.institutions().isEmpty()) {
            return;
        }
        String name = properties.institutions().get(0);
        try {
            institutions.createInstitution(new InstitutionForm(
                    name,
                    List.of(Choices.StudyField.BUSINESS, Choices.StudyField.IT, Choices.StudyField.TOURISM),
                    DEMO_USER));
            log.info("Demo data: the institution {} with the user {}", name, DEMO_USER);
        } catch (Rejected | DataIntegrityViolationException e) {
            // another instance added it at the same moment, or the demo user belongs to an institution already
        }
    }
}
