package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.AlertLinks;
import dk.samspil.alerts.internal.Frequency;
import dk.samspil.alerts.internal.matching.MatchReason;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes alert and digest mails from message bundles, as plain text (the outbox adds the HTML part), in the
 * subscriber's language and the municipality's name. Text is built directly rather than through a template engine: one entry can go to ten
 * thousand subscribers at once, so the parts every mail shares are written once per {@link Batch} and reused.
 */
@Component
class AlertMailWriter {

    static final String ALERT_CATEGORY = "alerts.alert";
    static final String DIGEST_CATEGORY = "alerts.digest";
    private static final int MAX_VALUE_LENGTH = 200;

    /** One entry in a mail: its latest state, what happened to it, and why the subscriber hears about it. */
    record Section(EntryState entry, List<Happening> happenings, List<MatchReason> reasons) {}

    private record SectionKey(Locale locale, EntryState entry, List<Happening> happenings) {}

    private record ReasonsKey(Locale locale, List<MatchReason> reasons) {}

    private final MessageSource messages;
    private final AlertLinks links;
    private final OrganisationService organisation;
    private final EntryPresenter presenter;
    private final PlatformProperties platform;

    AlertMailWriter(
            MessageSource messages,
            AlertLinks links,
            OrganisationService organisation,
            EntryPresenter presenter,
            PlatformProperties platform) {
        this.messages = messages;
        this.links = links;
        this.organisation = organisation;
        this.presenter = presenter;
        this.platform = platform;
    }

    /** A writer for mails written together, sharing what they have in common. Not thread-safe. */
    Batch batch() {
        return new Batch();
    }

    final class Batch {

        private final Map<Locale, String> senders = new HashMap<>();
        private final Map<List<Object>, String> texts = new HashMap<>();
        private final Map<SectionKey, String> sections = new HashMap<>();
        private final Map<ReasonsKey, String> reasons = new HashMap<>();

        private Batch() {}

        /** The mail of one alert sent as it happens. */
        OutgoingMail immediate(Recipient recipient, Section section) {
            Locale locale = recipient.locale();
            Happening happening = section.happenings().get(section.happenings().size() - 1);
            String about = happening.kind() == AlertKind.EVENT_ANNOUNCED && happening.title() != null
                    ? happening.title()
                    : section.entry().title();
            String subject =
                    cached(locale, "alerts.delivery.subject." + happening.kind().name(), about);
            return mail(
                    recipient,
                    ALERT_CATEGORY,
                    subject,
                    "alerts.delivery.intro." + Frequency.IMMEDIATE.name(),
                    List.of(section));
        }

        /** A daily or weekly digest: one section per entry. */
        OutgoingMail digest(Recipient recipient, Frequency frequency, List<Section> entries) {
            Locale locale = recipient.locale();
            String subject =
                    cached(locale, "alerts.delivery.subject." + frequency.name(), sender(locale), entries.size());
            return mail(recipient, DIGEST_CATEGORY, subject, "alerts.delivery.intro." + frequency.name(), entries);
        }

        private OutgoingMail mail(
                Recipient recipient, String category, String subject, String introKey, List<Section> entries) {
            Locale locale = recipient.locale();
            String sender = sender(locale);
            String intro = cached(locale, introKey, sender);
            // Parts joined once at the end: String.join sizes each body exactly, where a builder would guess,
            // grow and (at the first character outside Latin-1) widen, for every one of ten thousand mails.
            List<String> body = new ArrayList<>(3 * entries.size() + 6);
            body.add(intro);
            body.add("\n\n");
            for (Section section : entries) {
                String entry = sections.computeIfAbsent(
                        new SectionKey(locale, section.entry(), section.happenings()),
                        key -> section(key.entry(), key.happenings(), locale));
                String why = reasons.computeIfAbsent(
                        new ReasonsKey(locale, section.reasons()), key -> reasons(key.reasons(), locale));
                body.add(entry);
                body.add(why);
                body.add("\n");
            }
            String manageUrl = links.manageUrl(recipient.id(), recipient.linkVersion());
            String manage = cached(locale, "alerts.mail.manage");
            body.add(manage);
            body.add(":\n");
            body.add(manageUrl);
            body.add("\n");
            // One construction per mail (each checks the address): the unsubscribe headers go in at once.
            return new OutgoingMail(
                    category,
                    recipient.email(),
                    subject,
                    String.join("", body),
                    links.unsubscribeHeaders(recipient.id()),
                    sender);
        }

        /** Message texts repeat in every mail of a batch; formatting them once each matters at ten thousand mails. */
        private String cached(Locale locale, String key, Object... arguments) {
            List<Object> cacheKey = new ArrayList<>(arguments.length + 2);
            cacheKey.add(locale);
            cacheKey.add(key);
            cacheKey.addAll(List.of(arguments));
            return texts.computeIfAbsent(cacheKey, k -> text(key, locale, arguments));
        }

        private String sender(Locale locale) {
            return senders.computeIfAbsent(
                    locale,
                    l -> organisation
                            .municipality()
                            .map(Municipality::name)
                            .orElseGet(() -> text("alerts.mail.defaultSender", l)));
        }
    }

    private String section(EntryState entry, List<Happening> happenings, Locale locale) {
        boolean theme = entry.isTheme();
        String state = theme
                ? text("alerts.delivery.theme", locale, entry.title())
                : text(
                        "alerts.delivery.state",
                        locale,
                        presenter.status(entry.status(), locale),
                        presenter.period(entry.expectedPublication(), locale),
                        entry.buyingUnit() == null ? "" : entry.buyingUnit());
        String entryUrl = platform.link(theme ? "/arrangementer" : "/kommende-indkob/" + entry.reference());
        StringBuilder body = new StringBuilder(512).append(entry.title());
        if (!theme) {
            body.append(" (").append(entry.reference()).append(')');
        }
        body.append('\n').append(state).append('\n');
        for (Happening happening : happenings) {
            List<String> lines = happening(entry, happening, locale);
            body.append("- ").append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                body.append("  ").append(line).append('\n');
            }
        }
        String read = text(theme ? "alerts.delivery.readEvents" : "alerts.delivery.read", locale);
        body.append(read).append(": ").append(entryUrl).append('\n');
        return body.toString();
    }

    private List<String> happening(EntryState entry, Happening happening, Locale locale) {
        List<String> lines = new ArrayList<>();
        switch (happening.kind()) {
            case NEW_ENTRY -> lines.add(text("alerts.delivery.kind.NEW_ENTRY", locale));
            case MATERIAL_CHANGE -> {
                lines.add(text("alerts.delivery.kind.MATERIAL_CHANGE", locale));
                happening.changes().forEach(change -> lines.add(change(change, locale)));
            }
            case TENDER_PUBLISHED -> {
                lines.add(text("alerts.delivery.kind.TENDER_PUBLISHED", locale));
                if (entry.tenderUrl() != null) {
                    lines.add(text("alerts.delivery.tender", locale, entry.tenderUrl()));
                }
            }
            case REMINDER ->
                lines.add(text(
                        "alerts.delivery.kind.REMINDER",
                        locale,
                        presenter.period(entry.expectedPublication(), locale)));
            case EVENT_ANNOUNCED -> {
                lines.add(text("alerts.delivery.kind.EVENT_ANNOUNCED", locale, happening.title()));
                if (happening.text() != null && !happening.text().isBlank()) {
                    lines.add(shorten(happening.text()));
                }
                if (happening.url() != null) {
                    lines.add(text("alerts.delivery.event", locale, happening.url()));
                }
            }
        }
        if (happening.reason() != null) {
            lines.add(text("alerts.delivery.changeReason", locale, happening.reason()));
        }
        return lines;
    }

    private String change(FieldChange change, Locale locale) {
        EntryPresenter.Change shown = presenter.change(change, locale);
        return text("alerts.delivery.change", locale, shown.field(), shorten(shown.from()), shorten(shown.to()));
    }

    private String reasons(List<MatchReason> reasons, Locale locale) {
        List<String> texts = reasons.stream()
                .map(reason -> reason(reason, locale))
                .distinct()
                .toList();
        String why = text("alerts.delivery.why", locale);
        StringBuilder body = new StringBuilder(why).append('\n');
        for (String reason : texts) {
            body.append("- ").append(reason).append('\n');
        }
        return body.toString();
    }

    private String reason(MatchReason reason, Locale locale) {
        return switch (reason.kind()) {
            case FOLLOW -> text("alerts.delivery.reason.FOLLOW", locale);
            case KEYWORD ->
                text(
                        "alerts.delivery.reason.KEYWORD",
                        locale,
                        reason.subscribed(),
                        text(
                                "alerts.delivery.field."
                                        + (reason.field() == null ? MatchReason.Field.TITLE : reason.field()),
                                locale));
            case CPV ->
                reason.subscribed().equals(reason.matched())
                        ? text("alerts.delivery.reason.CPV_EXACT", locale, presenter.cpv(reason.matched(), locale))
                        : text(
                                "alerts.delivery.reason.CPV",
                                locale,
                                presenter.cpv(reason.matched(), locale),
                                presenter.cpv(reason.subscribed(), locale));
        };
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String shorten(String value) {
        String single = value.strip().replaceAll("\\s+", " ");
        return single.length() <= MAX_VALUE_LENGTH ? single : single.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
