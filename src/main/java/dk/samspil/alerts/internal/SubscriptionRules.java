package dk.samspil.alerts.internal;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a subscription and brings it into its stored form: CPV codes as eight digits, keywords lower case (a
 * {@code "quoted phrase"} stays one keyword, other words are split), buying units by code. Every broken rule is
 * reported at once.
 */
@Component
class SubscriptionRules {

    static final int MAX_KEYWORDS = 50;
    static final int MAX_KEYWORD_LENGTH = 100;
    static final int MAX_CPV_CODES = 100;
    private static final int MAX_NAME_LENGTH = 200;
    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|([^\\s\",;]+)");

    private final CpvCatalogue cpv;
    private final OrganisationService organisation;

    SubscriptionRules(CpvCatalogue cpv, OrganisationService organisation) {
        this.cpv = cpv;
        this.organisation = organisation;
    }

    /**
     * The request in stored form.
     *
     * @param needsCriterion whether at least a CPV code, keyword or buying unit is required (not for following)
     * @throws Rejected with every broken rule
     */
    SubscriptionRequest check(SubscriptionRequest request, boolean needsCriterion) {
        List<Violation> violations = new ArrayList<>();
        String email = checkEmail(request.email(), violations);
        String name = blankToNull(request.name());
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            violations.add(new Violation("name", "alerts.error.name.tooLong", MAX_NAME_LENGTH));
        } else if (!TextInput.isSingleLine(name)) {
            violations.add(new Violation("name", TextInput.SINGLE_LINE_MESSAGE));
        }
        String cvr = Cvr.normalize(request.companyCvr());
        if (cvr != null) {
            Cvr.problem(cvr).ifPresent(message -> violations.add(new Violation("companyCvr", message)));
        }
        String language = request.language() == null || request.language().isBlank()
                ? "da"
                : request.language().strip();
        if (!language.equals("da") && !language.equals("en")) {
            violations.add(new Violation("language", "alerts.error.language"));
        }
        Criteria criteria = checkCriteria(request.criteria(), needsCriterion, violations);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return new SubscriptionRequest(email, name, cvr, language, criteria);
    }

    /** Criteria alone, as edited on the manage page. @throws Rejected with every broken rule */
    Criteria check(Criteria criteria, boolean needsCriterion) {
        List<Violation> violations = new ArrayList<>();
        Criteria checked = checkCriteria(criteria, needsCriterion, violations);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return checked;
    }

    /** The address as a plain, lower-case-insensitive e-mail address. @throws Rejected when it is none */
    String checkEmail(String email) {
        List<Violation> violations = new ArrayList<>();
        String checked = checkEmail(email, violations);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return checked;
    }

    /** The terms of keyword text: {@code tag, "green transition"} gives {@code tag} and the phrase {@code "green transition"}. */
    static List<String> terms(List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = TERM.matcher(text.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                if (matcher.group(1) != null) {
                    String phrase = matcher.group(1).strip().replaceAll("\\s+", " ");
                    if (!phrase.isEmpty()) {
                        terms.add(phrase.contains(" ") ? "\"" + phrase + "\"" : phrase);
                    }
                } else {
                    terms.add(matcher.group(2));
                }
            }
        }
        return List.copyOf(terms);
    }

    private String checkEmail(String email, List<Violation> violations) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            violations.add(new Violation("email", "alerts.error.email.required"));
            return trimmed;
        }
        if (!EmailAddresses.isValid(trimmed)) {
            violations.add(new Violation("email", "alerts.error.email.invalid"));
        }
        return trimmed;
    }

    private Criteria checkCriteria(Criteria criteria, boolean needsCriterion, List<Violation> violations) {
        List<String> codes = new ArrayList<>();
        for (String written : criteria.cpvCodes()) {
            if (written == null || written.isBlank()) {
                continue;
            }
            Optional<CpvCode> code = CpvCode.tryParse(written);
            if (code.isEmpty() || cpv.find(code.get()).isEmpty()) {
                violations.add(new Violation("cpvCodes", "alerts.error.cpv.unknown", written.strip()));
            } else if (!codes.contains(code.get().value())) {
                codes.add(code.get().value());
            }
        }
        if (codes.size() > MAX_CPV_CODES) {
            violations.add(new Violation("cpvCodes", "alerts.error.cpv.tooMany", MAX_CPV_CODES));
        }
        List<String> keywords = checkKeywords("keywords", criteria.keywords(), violations);
        List<String> excluded = checkKeywords("excludedKeywords", criteria.excludedKeywords(), violations);
        Set<String> knownUnits =
                organisation.buyingUnits().stream().map(BuyingUnit::code).collect(Collectors.toSet());
        List<String> units = new ArrayList<>();
        for (String unit : criteria.buyingUnits()) {
            if (unit == null || unit.isBlank()) {
                continue;
            }
            if (!knownUnits.contains(unit.strip())) {
                violations.add(new Violation("buyingUnits", "alerts.error.buyingUnit.unknown", unit.strip()));
            } else if (!units.contains(unit.strip())) {
                units.add(unit.strip());
            }
        }
        if (needsCriterion
                && codes.isEmpty()
                && keywords.isEmpty()
                && units.isEmpty()
                && violations.stream()
                        .noneMatch(v -> v.field().equals("cpvCodes")
                                || v.field().equals("keywords")
                                || v.field().equals("buyingUnits"))) {
            violations.add(new Violation("cpvCodes", "alerts.error.criteria.empty"));
        }
        checkAmount("minValueDkk", criteria.minValueDkk(), violations);
        checkAmount("maxValueDkk", criteria.maxValueDkk(), violations);
        if (criteria.minValueDkk() != null
                && criteria.maxValueDkk() != null
                && criteria.minValueDkk().compareTo(criteria.maxValueDkk()) > 0) {
            violations.add(new Violation("maxValueDkk", "alerts.error.value.range"));
        }
        List<String> notifyOn = new ArrayList<>();
        for (String kind : criteria.notifyOn()) {
            if (!NotifyOn.names().contains(kind)) {
                violations.add(new Violation("notifyOn", "alerts.error.notifyOn.unknown", String.valueOf(kind)));
            } else if (!notifyOn.contains(kind)) {
                notifyOn.add(kind);
            }
        }
        if (notifyOn.isEmpty()) {
            notifyOn = criteria.notifyOn().isEmpty() ? NotifyOn.names() : notifyOn;
        }
        String frequency = criteria.frequency() == null || criteria.frequency().isBlank()
                ? Frequency.IMMEDIATE.name()
                : criteria.frequency().strip();
        if (Arrays.stream(Frequency.values()).noneMatch(f -> f.name().equals(frequency))) {
            violations.add(new Violation("frequency", "alerts.error.frequency.unknown"));
        }
        return new Criteria(
                codes,
                keywords,
                excluded,
                units,
                criteria.minValueDkk(),
                criteria.maxValueDkk(),
                criteria.smeSuitableOnly(),
                notifyOn,
                frequency);
    }

    private static List<String> checkKeywords(String field, List<String> texts, List<Violation> violations) {
        List<String> terms = terms(texts);
        if (terms.size() > MAX_KEYWORDS) {
            violations.add(new Violation(field, "alerts.error.keywords.tooMany", MAX_KEYWORDS, terms.size()));
        }
        if (terms.stream().anyMatch(term -> term.length() > MAX_KEYWORD_LENGTH)) {
            violations.add(new Violation(field, "alerts.error.keywords.tooLong", MAX_KEYWORD_LENGTH));
        }
        return terms;
    }

    private static void checkAmount(String field, BigDecimal amount, List<Violation> violations) {
        if (amount != null
                && (amount.signum() < 0
                        || amount.compareTo(BigDecimal.valueOf(9_999_999_999_999L)) > 0
                        || amount.scale() > 2)) {
            violations.add(new Violation(field, "alerts.error.value.invalid"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
