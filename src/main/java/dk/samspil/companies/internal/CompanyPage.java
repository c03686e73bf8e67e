package dk.samspil.companies.internal;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.DanishFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the company page's model for the viewer: the facts, the timeline the modules contribute, the notes the
 * viewer's organisation may read, and for the business centre the contact persons. Forms already in the model (after
 * a refused submit) are kept; the others start empty.
 */
@Component
class CompanyPage {

    static final String TEMPLATE = "companies/detail";

    /** A timeline item in words. */
    record ShownItem(Instant at, String text, @Nullable String link) {}

    private final CompanyService companies;
    private final List<CompanyTimelineContribution> timeline;
    private final MessageSource messages;
    private final Clock clock;
    private final CompanySearch search;
    private final dk.samspil.platform.StaffDirectory staff;

    CompanyPage(
            CompanyService companies,
            List<CompanyTimelineContribution> timeline,
            MessageSource messages,
            Clock clock,
            CompanySearch search,
            dk.samspil.platform.StaffDirectory staff) {
        this.search = search;
        this.staff = staff;
        this.companies = companies;
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
    }

    String render(Company company, Authentication user, Locale locale, Model model) {
        Set<String> roles = roles(user);
        Optional<StaffOrganisation> organisation = StaffOrganisation.of(roles);
        model.addAttribute("company", company);
        model.addAttribute("organisation", organisation.orElse(null));
        model.addAttribute("tags", search.tags(company));
        model.addAttribute(
                "timeline",
                timeline.stream()
                        .flatMap(contribution -> contribution.items(company.cvr(), roles).stream())
                        .sorted(Comparator.comparing(CompanyTimelineItem::at).reversed())
                        .map(item -> new ShownItem(
                                item.at(),
                                messages.getMessage(
                                        item.messageKey(), item.arguments().toArray(), locale),
                                item.link()))
                        .toList());
        model.addAttribute(
                "notes",
                organisation
                        .map(org -> companies.notesFor(company, user.getName(), org))
                        .orElse(List.of()));
        organisation.ifPresent(org -> {
            if (!model.containsAttribute("form")) {
                model.addAttribute(
                        "form",
                        VisitForm.empty(
                                LocalDate.now(clock.withZone(DanishFormats.ZONE)),
                                Sharing.choicesFor(org).get(0)));
            }
            Map<String, String> owners = new LinkedHashMap<>();
            staff.active().forEach(member -> owners.put(member.email(), member.name() + " (" + member.email() + ")"));
            model.addAttribute("ownerChoices", owners);
            model.addAttribute("topicChoices", choices("companies.topic.", List.of(Topic.values()), locale));
            model.addAttribute("sharingChoices", choices("companies.sharing.", Sharing.choicesFor(org), locale));
        });
        boolean businessCentre = organisation
                .filter(org -> org == StaffOrganisation.BUSINESS_CENTRE)
                .isPresent();
        model.addAttribute("showContacts", businessCentre);
        if (businessCentre) {
            model.addAttribute("contacts", companies.contacts(company));
            if (!model.containsAttribute("contactForm")) {
                model.addAttribute("contactForm", ContactForm.empty());
            }
            model.addAttribute("legalBases", choices("companies.legalBasis.", List.of(LegalBasis.values()), locale));
        }
        return TEMPLATE;
    }

    static Set<String> roles(Authentication user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Map<String, String> choices(String prefix, List<? extends Enum<?>> values, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        values.forEach(value -> choices.put(value.name(), messages.getMessage(prefix + value.name(), null, locale)));
        return choices;
    }
}
