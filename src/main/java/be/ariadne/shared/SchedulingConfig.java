package be.ariadne.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, erasure, re-encryption) run only in the serving application, not in
 * command-line runs or tests ({@code ariadne.scheduling.enabled=false}); each job takes a lock in
 * the database so that one instance runs it when several share a database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ariadne.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
