package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Roles;
import dk.samspil.platform.StaffDirectory;
import dk.samspil.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff directory names everyone who holds a role however it was granted: given by an administrator, or through
 * a single sign-on group mapped to the role, including a mapping added after the user's last login; a mapping removed
 * since, or a deactivated user, no longer counts.
 */
class StaffDirectoryTest extends IntegrationTest {

    @Autowired
    StaffDirectory directory;

    @Autowired
    SingleSignOnService signOn;

    @Autowired
    GroupRoleService groupRoles;

    @Autowired
    StaffUserRepository users;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String signIn(String who, List<String> groups) {
        String email = who + "-" + run + "@slagelse.dk";
        signOn.signIn(new SingleSignOnService.SsoIdentity("kommune", "https://idp.test", email, email, who, groups));
        return email;
    }

    @Test
    void managementThroughAGroupMappingCountsLikeManagementGivenByAnAdministrator() {
        String managementGroup = "SG-Ledelse-" + run;
        String consultantGroup = "SG-Erhverv-" + run;
        GroupRole management = groupRoles.add(managementGroup, Roles.MANAGEMENT);
        GroupRole consultants = groupRoles.add(consultantGroup, Roles.CONSULTANT);

        String byPassword = "chef-" + run + "@slagelse.dk";
        users.insert(byPassword, "Chef", null, List.of(Roles.MANAGEMENT), Instant.now());
        String deactivated = "tidligere-" + run + "@slagelse.dk";
        users.setActive(
                users.insert(deactivated, "Tidligere chef", null, List.of(Roles.MANAGEMENT), Instant.now()), false);
        // the provider's group names in another case than the mapping's: they match regardless of case
        String bySingleSignOn = signIn("leder", List.of(managementGroup.toUpperCase(), "sg-ukendt"));
        String consultant = signIn("konsulent", List.of(consultantGroup));

        assertThat(directory.activeEmailsWithRole(Roles.MANAGEMENT))
                .contains(byPassword, bySingleSignOn)
                .doesNotContain(deactivated, consultant);
        assertThat(directory.activeEmailsWithRole(Roles.CONSULTANT))
                .contains(consultant)
                .doesNotContain(bySingleSignOn);

        // the consultants' group is mapped to management too: the consultant is a manager before logging in again
        GroupRole consultantsToManagement = groupRoles.add(consultantGroup.toLowerCase(), Roles.MANAGEMENT);
        assertThat(directory.activeEmailsWithRole(Roles.MANAGEMENT)).contains(consultant);

        // the management group's mapping is removed: its member is no longer a manager, although the roles kept
        // from the last login still say so
        groupRoles.remove(management.id());
        assertThat(users.findByEmail(bySingleSignOn).orElseThrow().roles()).contains(Roles.MANAGEMENT);
        assertThat(directory.activeEmailsWithRole(Roles.MANAGEMENT))
                .doesNotContain(bySingleSignOn)
                .contains(byPassword, consultant);

        groupRoles.remove(consultantsToManagement.id());
        groupRoles.remove(consultants.id());
    }
}
