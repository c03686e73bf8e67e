package dk.samspil.tendernews.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Rewrites an example notice of the eForms SDK jar into a demo notice of the municipality: its own notice ID and
 * procedure ID, the municipality as buyer (BT-500, BT-501), a Danish title (BT-21), an internal identifier (BT-22), a
 * recent issue date (BT-05) and a submission deadline (BT-131) five weeks later. Everything else stays as the example has it, so the result still passes the schema.
 */
final class DemoNoticeXml {

    static final String EXAMPLES = "/eforms-sdk/examples/notices/";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final int DEADLINE_DAYS = 35;
    private static final Set<String> AFTER_LEGAL_ENTITY = Set.of(
            "Contact",
            "Person",
            "AgentParty",
            "ServiceProviderParty",
            "PowerOfAttorney",
            "PartyAuthorization",
            "FinancialAccount",
            "AdditionalWebSite",
            "SocialMediaProfile");
    private static final String EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";

    /** What to put into the example. */
    record Rewrite(
            String noticeId,
            String procedureId,
            OffsetDateTime issued,
            String buyerName,
            String buyerOrgNumber,
            String title,
            @Nullable String description,
            @Nullable String internalId) {}

    private DemoNoticeXml() {}

    /** The bytes of an example notice of the SDK jar. */
    static byte[] example(String name) {
        if (!name.matches("[A-Za-z0-9_-]+\\.xml")) {
            throw new IllegalArgumentException("Not an example notice: " + name);
        }
        try (InputStream in = DemoNoticeXml.class.getResourceAsStream(EXAMPLES + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] rewrite(byte[] example, Rewrite to) {
        Document document = parse(example);
        Element root = document.getDocumentElement();
        for (Element id : children(root, CBC, "ID")) {
            if ("notice-id".equals(id.getAttribute("schemeName"))) {
                id.setTextContent(to.noticeId());
            }
        }
        children(root, CBC, "ContractFolderID").forEach(e -> e.setTextContent(to.procedureId()));
        children(root, CBC, "IssueDate")
                .forEach(e -> e.setTextContent(DateTimeFormatter.ISO_OFFSET_DATE.format(to.issued())));
        buyer(root, to);
        // the deadline for tenders (BT-131), so the demo's published tenders are still open
        var periods = root.getElementsByTagNameNS(CAC, "TenderSubmissionDeadlinePeriod");
        for (int i = 0; i < periods.getLength(); i++) {
            children((Element) periods.item(i), CBC, "EndDate")
                    .forEach(e -> e.setTextContent(
                            DateTimeFormatter.ISO_OFFSET_DATE.format(to.issued().plusDays(DEADLINE_DAYS))));
        }
        for (Element project : children(root, CAC, "ProcurementProject")) {
            children(project, CBC, "Name").forEach(name -> danish(name, to.title()));
            if (to.description() != null) {
                children(project, CBC, "Description").forEach(d -> danish(d, to.description()));
            }
            if (to.internalId() != null) {
                internalId(document, project, to.internalId());
            }
        }
        return write(document);
    }

    /** The buyer is the organisation the first contracting party names. */
    private static void buyer(Element root, Rewrite to) {
        String found = null;
        for (Element party : children(root, CAC, "ContractingParty")) {
            for (Element p : children(party, CAC, "Party")) {
                for (Element identification : children(p, CAC, "PartyIdentification")) {
                    for (Element id : children(identification, CBC, "ID")) {
                        found = id.getTextContent().strip();
                    }
                }
            }
            break;
        }
        if (found == null) {
            return;
        }
        String reference = found;
        var companies = root.getElementsByTagNameNS(EFAC, "Company");
        for (int i = 0; i < companies.getLength(); i++) {
            Element company = (Element) companies.item(i);
            boolean buyer = children(company, CAC, "PartyIdentification").stream()
                    .flatMap(p -> children(p, CBC, "ID").stream())
                    .anyMatch(id -> id.getTextContent().strip().equals(reference));
            if (!buyer) {
                continue;
            }
            for (Element name : children(company, CAC, "PartyName")) {
                children(name, CBC, "Name").forEach(n -> danish(n, to.buyerName()));
            }
            List<Element> entities = children(company, CAC, "PartyLegalEntity");
            if (entities.isEmpty()) {
                entities = List.of(legalEntity(company));
            }
            for (Element entity : entities) {
                List<Element> ids = children(entity, CBC, "CompanyID");
                if (ids.isEmpty()) {
                    ids = List.of((Element) entity.insertBefore(
                            entity.getOwnerDocument().createElementNS(CBC, "cbc:CompanyID"), entity.getFirstChild()));
                }
                ids.forEach(c -> {
                    c.removeAttribute("schemeName");
                    c.setTextContent(to.buyerOrgNumber());
                });
            }
        }
    }

    /** A new party legal entity in its place in the UBL party: before the contact and the parts that follow it. */
    private static Element legalEntity(Element company) {
        Element entity = company.getOwnerDocument().createElementNS(CAC, "cac:PartyLegalEntity");
        for (Node child = company.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && AFTER_LEGAL_ENTITY.contains(e.getLocalName())) {
                return (Element) company.insertBefore(entity, e);
            }
        }
        return (Element) company.appendChild(entity);
    }

    private static void internalId(Document document, Element project, String internalId) {
        for (Element id : children(project, CBC, "ID")) {
            id.setAttribute("schemeName", "InternalID");
            id.setTextContent(internalId);
            return;
        }
        Element id = document.createElementNS(CBC, "cbc:ID");
        id.setAttribute("schemeName", "InternalID");
        id.setTextContent(internalId);
        Node first = project.getFirstChild();
        project.insertBefore(id, first);
    }

    private static void danish(Element element, String text) {
        element.setTextContent(text);
        if (element.hasAttribute("languageID")) {
            element.setAttribute("languageID", "DAN");
        }
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e
                    && namespace.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Document parse(byte[] xml) {
        try {
            return XMLHelper.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new IllegalStateException("Example notice is not XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Document document) {
        try {
            Transformer transformer = XMLHelper.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the demo notice", e);
        }
    }
}
