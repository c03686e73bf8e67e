package dk.samspil.agreement.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** With {@code samspil.demo.enabled=true}: the demo agreement ({@link AgreementSeed}) once the application is ready. */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class AgreementDemoData {

    private static final Logger log = LoggerFactory.getLogger(AgreementDemoData.class);
    private final AgreementSeed seed;

    AgreementDemoData(AgreementSeed seed) {
        this.seed = seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        log.info("Demo data: the agreement period {}", seed.seed());
    }
}
