package be.ariadne.screening.signals;

import be.ariadne.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of signals, so that key rotation re-encrypts them with the binding used to write them. */
@Configuration(proxyBeanMethods = false)
class SignalColumns {
    @Bean
    EncryptedColumn signalNotesColumn() {
        return new EncryptedColumn(JdbcSignals.TABLE, "id", "notes_enc", JdbcSignals.TABLE, "notes", "id");
    }

    @Bean
    EncryptedColumn signalOtherSignColumn() {
        return new EncryptedColumn(JdbcSignals.TABLE, "id", "other_sign_enc", JdbcSignals.TABLE, "other_sign", "id");
    }
}
