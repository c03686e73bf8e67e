package dk.samspil.alerts.internal;

import dk.samspil.alerts.internal.matching.MatchPreview;
import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvLevel;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.Rejected;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What the subscription form pages share: the choices, rule violations as field errors, and the breadth warning. */
@Component
class FormSupport {

    private final OrganisationService organisation;
    private final ChoiceLabels labels;
    private final CpvCatalogue cpv;
    private final MatchPreview preview;
    private final SubscriptionRules rules;

    FormSupport(
            OrganisationService organisation,
            ChoiceLabels labels,
            CpvCatalogue cpv,
            MatchPreview preview,
            SubscriptionRules rules) {
        this.rules = rules;
        this.organisation = organisation;
        this.labels = labels;
        this.cpv = cpv;
        this.preview = preview;
    }

    void choices(Model model, Locale locale) {
        Map<String, String> units = new LinkedHashMap<>();
        organisation.buyingUnits().forEach((BuyingUnit unit) -> units.put(unit.code(), unit.name()));
        model.addAttribute("unitChoices", units);
        model.addAttribute("notifyChoices", labels.of(NotifyOn.names(), "alerts.notifyOn.", locale));
        model.addAttribute("frequencyChoices", labels.of(List.of(Frequency.values()), "alerts.frequency.", locale));
        model.addAttribute("languageChoices", labels.of(List.of("da", "en"), "alerts.language.", locale));
        model.addAttribute("navSection", "alerts");
    }

    /** The whole CPV divisions among the codes, with their labels, for a "this is very broad" warning. */
    List<String> divisions(List<String> codes, Locale locale) {
        return codes.stream()
                .flatMap(code -> CpvCode.tryParse(code).stream())
                .distinct()
                .filter(code -> code.level() == CpvLevel.DIVISION)
                .map(code -> code.value() + " " + cpv.label(code, locale).orElse(""))
                .toList();
    }

    /** How many current entries the form's criteria match, or {@code null} while they break a rule. */
    Long previewCount(AlertForm form) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        Criteria criteria = form.criteria(errors);
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return matchCount(rules.check(criteria, true));
        } catch (Rejected rejected) {
            return null;
        }
    }

    /** Exactly how many current entries the criteria match, as alert matching would (see {@link MatchPreview}). */
    long matchCount(Criteria criteria) {
        return preview.references(
                        criteria.cpvCodes(),
                        criteria.keywords(),
                        criteria.excludedKeywords(),
                        criteria.buyingUnits(),
                        criteria.minValueDkk(),
                        criteria.maxValueDkk(),
                        criteria.smeSuitableOnly())
                .size();
    }
}
