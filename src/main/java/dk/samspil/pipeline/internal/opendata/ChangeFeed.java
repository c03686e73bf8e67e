package dk.samspil.pipeline.internal.opendata;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.internal.opendata.OpenDataQueries.PublishedChange;
import dk.samspil.platform.DanishFormats;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Atom feed (RFC 4287) of publications and changes, newest first. Every change-log row is one entry whose id
 * never changes, so feed readers show each change once.
 */
@Component
class ChangeFeed {

    static final String PATH = "/feeds/kommende-indkob.atom";
    static final int ENTRIES = 100;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The date part of the tag URIs (RFC 4151): a day on which this Samspil's host name was in use. It never changes. */
    private static final String TAG_DATE = "2026";

    private static final Locale DANISH = DanishFormats.DANISH;
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final OpenDataQueries queries;
    private final OrganisationService organisation;
    private final EntryPresenter presenter;
    private final MessageSource messages;
    private final OpenDataLinks links;
    private final Clock clock;

    ChangeFeed(
            OpenDataQueries queries,
            OrganisationService organisation,
            EntryPresenter presenter,
            MessageSource messages,
            OpenDataLinks links,
            Clock clock) {
        this.queries = queries;
        this.organisation = organisation;
        this.presenter = presenter;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    String feed() {
        List<PublishedChange> changes = queries.latestChanges(ENTRIES);
        String municipality = organisation
                .municipality()
                .map(Municipality::name)
                .orElseGet(() -> message("pipeline.opendata.municipality.unknown"));
        String tag = "tag:" + links.host() + "," + TAG_DATE + ":kommende-indkob";
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "da");
            element(xml, "id", tag);
            element(xml, "title", message("pipeline.feed.atom.title", municipality));
            element(xml, "subtitle", message("pipeline.feed.calendar.description"));
            element(
                    xml,
                    "updated",
                    changes.isEmpty()
                            ? time(OffsetDateTime.now(clock))
                            : time(changes.get(0).changedAt()));
            link(xml, "self", links.link(PATH), "application/atom+xml");
            link(xml, "alternate", links.link("/kommende-indkob"), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", municipality);
            xml.writeEndElement();
            element(xml, "generator", "Samspil");
            for (PublishedChange change : changes) {
                entry(xml, change, tag);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the Atom feed to a string failed", e);
        }
        return text.toString();
    }

    private void entry(XMLStreamWriter xml, PublishedChange change, String feedTag) throws XMLStreamException {
        PlannedProcurement p = change.snapshot();
        String title = p.details().title();
        xml.writeStartElement("entry");
        element(xml, "id", feedTag + "/" + p.reference() + "/" + change.id());
        element(
                xml,
                "title",
                switch (change.kind()) {
                    case PUBLISHED -> message("pipeline.feed.atom.entry.PUBLISHED", title);
                    case CHANGED -> message("pipeline.feed.atom.entry.CHANGED", title);
                    case STATUS ->
                        message("pipeline.feed.atom.entry.STATUS", title, presenter.status(p.status(), DANISH));
                });
        element(xml, "updated", time(change.changedAt()));
        link(xml, "alternate", links.detailPage(p.reference()), "text/html");
        xml.writeStartElement("category");
        xml.writeAttribute("term", change.kind().name());
        xml.writeAttribute("label", message("pipeline.change." + change.kind().name()));
        xml.writeEndElement();
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(summary(change));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** What happened in plain text: the expected tender for a publication, else each changed field and the reason. */
    String summary(PublishedChange change) {
        PlannedProcurement p = change.snapshot();
        StringBuilder summary = new StringBuilder();
        if (change.kind() == ProcurementChange.Kind.PUBLISHED) {
            summary.append(message(
                    "pipeline.feed.atom.published",
                    presenter.period(p.details().expectedPublication(), DANISH),
                    p.buyingUnitName() == null ? "–" : p.buyingUnitName()));
        } else {
            summary.append(change.changes().stream()
                    .map(c -> presenter.change(c, DANISH))
                    .map(c -> message("pipeline.feed.atom.change", c.field(), c.from(), c.to()))
                    .collect(Collectors.joining("\n")));
        }
        if (change.reason() != null) {
            summary.append("\n").append(message("pipeline.feed.atom.reason", change.reason()));
        }
        return summary.toString();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, DANISH);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return time(OffsetDateTime.ofInstant(instant, DanishFormats.ZONE));
    }

    private static String time(OffsetDateTime time) {
        return RFC_3339.format(time);
    }
}
