package dk.samspil.alerts.internal.delivery;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs the {@code @ApplicationModuleListener}s asynchronously, as they are meant to: publishing an entry that
 * matches thousands of subscriptions must not hold up the officer's request, and the event publication registry
 * keeps every event until its listener has succeeded.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class DeliveryConfiguration {
}
