package be.ariadne.casefile;

import be.ariadne.crypto.EncryptedColumn;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every encrypted column of the case file, declared to key rotation ({@link EncryptedColumn} beans)
 * with the binding it was written with: the encrypted fields of {@link CaseModel} (so a new one is
 * included by construction), the documents, transition reasons, assessment results and the history.
 * Without this, {@code keys reencrypt} would leave case data under the old key and {@code keys retire}
 * would strand it.
 */
@Configuration(proxyBeanMethods = false)
class CaseFileColumns {
    static List<EncryptedColumn> all() {
        List<EncryptedColumn> out = new ArrayList<>();
        List<EntitySpec> specs = new ArrayList<>(CaseModel.SINGLETONS);
        specs.addAll(CaseModel.LISTS);
        for (EntitySpec e : specs) {
            for (FieldSpec f : e.fields) {
                if (!f.encrypted) continue;
                out.add(e.singleton ? new EncryptedColumn(e.table, "case_id", f.column, e.table, f.column, "case_id")
                        : EncryptedColumn.of(e.table, "id", f.column, "case_id"));
            }
        }
        out.add(EncryptedColumn.of("case_document", "id", "file_name", "case_id"));
        out.add(EncryptedColumn.of("case_document", "id", "content", "case_id"));
        out.add(EncryptedColumn.of("case_transition", "id", "reason_text", "case_id"));
        out.add(EncryptedColumn.of("case_assessment", "id", "result_json", "case_id"));
        out.add(EncryptedColumn.of(CaseHistory.TABLE, "id", "old_value", "case_id"));
        out.add(EncryptedColumn.of(CaseHistory.TABLE, "id", "new_value", "case_id"));
        return out;
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor caseFileEncryptedColumns() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                for (EncryptedColumn c : all()) {
                    RootBeanDefinition d = new RootBeanDefinition(EncryptedColumn.class, () -> c);
                    registry.registerBeanDefinition("encryptedColumn." + c.table() + "." + c.valueColumn(), d);
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                // nothing: the definitions are enough
            }
        };
    }
}
