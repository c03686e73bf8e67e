package dk.samspil.talent.internal;

import dk.samspil.platform.ConfirmLinks;
import dk.samspil.talent.TalentProperties;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The signed, purpose-bound, expiring links of the talent bridge: the company confirms its posting, opens an
 * application, edits its opportunity when a consultant asked for changes, and the student withdraws an application. Each purpose's token is worthless for the others.
 */
@Component
class TalentLinks {

    static final ConfirmLinks.Flow CONFIRM_POSTING =
            new ConfirmLinks.Flow("talent.post", "/studiejob/opslag/bekraeft", "talent.confirm", "talent");
    static final ConfirmLinks.Flow WITHDRAW =
            new ConfirmLinks.Flow("talent.withdraw", "/studiejob/ansoegning/tilbagetraek", "talent.withdraw", "talent");
    static final String EDIT_PATH = "/studiejob/opslag/ret";
    static final String EDIT_PURPOSE = "talent.edit";
    static final String APPLICATION_PATH = "/studiejob/ansoegning";
    static final String APPLICATION_PURPOSE = "talent.application";

    private final ConfirmLinks links;
    private final TalentProperties properties;

    TalentLinks(ConfirmLinks links, TalentProperties properties) {
        this.links = links;
        this.properties = properties;
    }

    String confirmPosting(long opportunityId) {
        return links.url(CONFIRM_POSTING, opportunityId, properties.postLinkValidity());
    }

    String withdraw(long applicationId) {
        return links.url(WITHDRAW, applicationId, properties.applicationLinkValidity());
    }

    /** The company's link to edit its opportunity after a consultant asked for changes. */
    String edit(long opportunityId) {
        return links.url(
                new ConfirmLinks.Flow(EDIT_PURPOSE, EDIT_PATH, "talent.edit", "talent"),
                opportunityId,
                properties.editLinkValidity());
    }

    Optional<Long> editId(@Nullable String token) {
        return links.id(EDIT_PURPOSE, token);
    }

    /** The company's link to one application. */
    String application(long applicationId) {
        return links.url(
                new ConfirmLinks.Flow(APPLICATION_PURPOSE, APPLICATION_PATH, "talent.application", "talent"),
                applicationId,
                properties.applicationLinkValidity());
    }

    Optional<Long> applicationId(@Nullable String token) {
        return links.id(APPLICATION_PURPOSE, token);
    }
}
