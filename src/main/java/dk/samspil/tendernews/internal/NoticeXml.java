package dk.samspil.tendernews.internal;

import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns the bytes of a notice into a DOM that passed the eForms SDK's XML schema. Parsed with the same hardened
 * parser as the pipeline's plan import (POI's {@link XMLHelper}: no DOCTYPE, no external entities, so XXE is refused,
 * never resolved); the schemas come from the SDK jar on the classpath and are compiled once per document type.
 */
@Component
class NoticeXml {

    static final String FIELD = "notice";

    /** Root element name (the document's namespace) and the schema of the SDK that describes it. */
    private static final Map<String, String> SCHEMAS = Map.of(
            "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2",
                    "UBL-PriorInformationNotice-2.3.xsd",
            "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2", "UBL-ContractNotice-2.3.xsd",
            "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2", "UBL-ContractAwardNotice-2.3.xsd");

    private static final String SCHEMA_FOLDER = "/eforms-sdk/schemas/maindoc/";

    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    Document parse(byte @Nullable [] xml, long maxBytes) {
        if (xml == null || xml.length == 0 || new String(xml, 0, Math.min(xml.length, 4096)).isBlank()) {
            throw refused("tendernews.notice.empty");
        }
        if (xml.length > maxBytes) {
            throw refused("tendernews.notice.tooLarge", maxBytes / (1024 * 1024));
        }
        Document document;
        try {
            DocumentBuilder builder = XMLHelper.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw refused("tendernews.notice.doctype");
            }
            throw refused("tendernews.notice.notXml", e.getLineNumber(), e.getMessage());
        } catch (SAXException | IOException e) {
            throw refused("tendernews.notice.notXml", 0, e.getMessage());
        }
        Element root = document.getDocumentElement();
        String schema = SCHEMAS.get(String.valueOf(root.getNamespaceURI()));
        if (schema == null) {
            throw refused(
                    "tendernews.notice.notEforms",
                    root.getLocalName() == null ? root.getTagName() : root.getLocalName());
        }
        validate(document, schema);
        return document;
    }

    private void validate(Document document, String schemaFile) {
        Validator validator =
                compiled.computeIfAbsent(schemaFile, NoticeXml::compile).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(document));
        } catch (SAXParseException e) {
            throw refused("tendernews.notice.schema", e.getMessage());
        } catch (SAXException | IOException e) {
            throw refused("tendernews.notice.schema", e.getMessage());
        }
    }

    private static Schema compile(String schemaFile) {
        URL url = NoticeXml.class.getResource(SCHEMA_FOLDER + schemaFile);
        if (url == null) {
            throw new IllegalStateException("eForms SDK schema missing from the classpath: " + schemaFile);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // the schema imports its neighbours from the same jar; nothing else is fetched
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("eForms SDK schema " + schemaFile + " does not compile", e);
        }
    }

    static Rejected refused(String key, Object... arguments) {
        return new Rejected(new Violation(FIELD, key, arguments));
    }
}
