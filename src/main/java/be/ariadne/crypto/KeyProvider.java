package be.ariadne.crypto;

import java.util.SortedSet;
import javax.crypto.SecretKey;

/**
 * Where the keys come from. The default reads them from the environment or a key file; a key
 * management service can implement this interface instead (declare it as a bean).
 * Several data keys may be readable at once (rotation); new values use the current one.
 */
public interface KeyProvider {
    /** The data key with this id, or null when it is not configured. */
    SecretKey dataKey(int id);

    SortedSet<Integer> dataKeyIds();

    int currentDataKeyId();

    /** The key of the blind indexes (HMAC), distinct from every data key. */
    SecretKey indexKey();
}
