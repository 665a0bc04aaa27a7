package be.ariadne.publicsite;

import be.ariadne.crypto.EncryptedColumn;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the public site's reports and training registrations, declared to key
 * rotation with the binding they are written with (table, column, row id), so that
 * {@code keys reencrypt} moves them to the new key and {@code keys retire} counts them.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteColumns {
    static List<EncryptedColumn> all() {
        List<EncryptedColumn> out = new java.util.ArrayList<>();
        for (String c : List.of("what_seen", "place_detail", "about_whom", "other_sign", "reporter_name", "reporter_phone", "reporter_email",
                "contact_notes")) {
            out.add(EncryptedColumn.of(ReportStore.TABLE, "id", c, "id"));
        }
        out.add(EncryptedColumn.of(ReportStore.ADDITIONS, "id", "content", "id"));
        for (String c : List.of("full_name", "organisation", "job_role", "email")) out.add(EncryptedColumn.of("training_registration", "id", c, "id"));
        return out;
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor publicSiteEncryptedColumns() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                for (EncryptedColumn c : all()) {
                    registry.registerBeanDefinition("encryptedColumn." + c.table() + "." + c.valueColumn(),
                            new RootBeanDefinition(EncryptedColumn.class, () -> c));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                // nothing: the definitions are enough
            }
        };
    }
}
