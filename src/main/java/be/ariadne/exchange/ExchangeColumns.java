package be.ariadne.exchange;

import be.ariadne.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of uploads waiting for confirmation, declared to key rotation with the
 * binding they are written with (table, column, token): an upload lives an hour at most, but a key
 * must not be retired while a waiting upload still needs it.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeColumns {
    @Bean
    EncryptedColumn exchangeUploadContentColumn() {
        return new EncryptedColumn(UploadStore.TABLE, "token", "content", UploadStore.TABLE, "content", "token");
    }

    @Bean
    EncryptedColumn exchangeUploadRejectedColumn() {
        return new EncryptedColumn(UploadStore.TABLE, "token", "rejected", UploadStore.TABLE, "rejected", "token");
    }
}
