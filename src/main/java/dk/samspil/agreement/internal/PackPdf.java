package dk.samspil.agreement.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The status pack as a PDF: the same Thymeleaf body as the page, in a standalone XHTML document with print styles,
 * laid out by openhtmltopdf with DejaVu Sans embedded (Bitstream Vera licence, shipped beside the fonts) and the
 * charts' SVG drawn by Batik.
 */
@Component
class PackPdf {

    private static final String REGULAR = "/agreement/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/agreement/fonts/DejaVuSans-Bold.ttf";

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final byte[] regular;
    private final byte[] bold;

    PackPdf(
            SpringTemplateEngine templates,
            ApplicationContext context,
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService")
                    ConversionService conversions) {
        this.templates = templates;
        this.context = context;
        this.conversions = conversions;
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    private static byte[] font(String path) {
        try (InputStream in = PackPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack's XHTML, as the PDF lays it out. */
    String html(StatusPack.Pack pack, Locale locale) {
        Context variables = new Context(locale);
        variables.setVariables(Map.of("pack", pack, "pdf", true));
        variables.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        // the formats bean reads the locale of the request, which a PDF made outside one does not have
        Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            return templates.process("agreement/pack-pdf", variables);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    byte[] pdf(StatusPack.Pack pack, Locale locale) {
        String html = html(pack, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(regular),
                    "DejaVu Sans",
                    400,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(bold),
                    "DejaVu Sans",
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
