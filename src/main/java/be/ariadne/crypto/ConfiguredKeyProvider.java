package be.ariadne.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys from the environment ({@code ARIADNE_DATA_KEYS=1:base64,2:base64}, {@code ARIADNE_INDEX_KEY},
 * optionally {@code ARIADNE_CURRENT_KEY}) or from a key file ({@code ARIADNE_KEY_FILE}, default
 * {@code ./data/ariadne-keys.properties} with {@code data.1=}, {@code data.current=}, {@code index=}).
 * Outside production, a first start on an empty database creates the key file (readable by its
 * owner only); with encrypted data already in the database, missing keys are refused.
 */
@Component
class ConfiguredKeyProvider implements KeyProvider {
    private static final Logger log = LoggerFactory.getLogger(ConfiguredKeyProvider.class);
    private final Map<Integer, SecretKey> dataKeys;
    private final int current;
    private final SecretKey indexKey;

    ConfiguredKeyProvider(Environment env, JdbcClient jdbc) {
        String inline = env.getProperty("ariadne.crypto.data-keys", env.getProperty("ARIADNE_DATA_KEYS"));
        Properties p = new Properties();
        if (inline != null && !inline.isBlank()) {
            for (String part : inline.split(",")) {
                String[] kv = part.trim().split(":", 2);
                if (kv.length != 2) throw new KeyConfigurationException("ARIADNE_DATA_KEYS: '" + part.trim() + "' is not id:base64-key");
                p.setProperty("data." + kv[0].trim(), kv[1].trim());
            }
            String index = env.getProperty("ariadne.crypto.index-key", env.getProperty("ARIADNE_INDEX_KEY"));
            if (index == null || index.isBlank()) throw new KeyConfigurationException("ARIADNE_DATA_KEYS is set but ARIADNE_INDEX_KEY is not");
            p.setProperty("index", index.trim());
            String cur = env.getProperty("ariadne.crypto.current-key", env.getProperty("ARIADNE_CURRENT_KEY"));
            if (cur != null) p.setProperty("data.current", cur.trim());
        } else {
            Path file = Path.of(env.getProperty("ariadne.crypto.key-file", env.getProperty("ARIADNE_KEY_FILE", "./data/ariadne-keys.properties")));
            if (!Files.exists(file)) {
                boolean production = "production".equalsIgnoreCase(env.getProperty("ariadne.env"));
                long checks = jdbc.sql("SELECT COUNT(*) FROM crypto_key_check").query(Long.class).single();
                if (production) {
                    throw new KeyConfigurationException("no encryption keys are configured: set ARIADNE_DATA_KEYS and ARIADNE_INDEX_KEY, or ARIADNE_KEY_FILE");
                }
                if (checks > 0) {
                    throw new KeyConfigurationException("the database holds encrypted data but the key file " + file.toAbsolutePath()
                            + " does not exist: restore it, or configure ARIADNE_KEY_FILE / ARIADNE_DATA_KEYS");
                }
                generate(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new KeyConfigurationException("cannot read the key file " + file.toAbsolutePath() + ": " + e.getMessage());
            }
        }
        Map<Integer, SecretKey> keys = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!name.startsWith("data.") || name.equals("data.current")) continue;
            String id = name.substring(5);
            if (!id.matches("[1-9]\\d{0,8}")) throw new KeyConfigurationException("data key id '" + id + "' must be a positive number");
            keys.put(Integer.parseInt(id), aesKey("data key " + id, p.getProperty(name)));
        }
        if (keys.isEmpty()) throw new KeyConfigurationException("no data key is configured");
        int cur = keys.keySet().stream().max(Integer::compare).orElseThrow();
        if (p.getProperty("data.current") != null) {
            try {
                cur = Integer.parseInt(p.getProperty("data.current").trim());
            } catch (NumberFormatException e) {
                throw new KeyConfigurationException("the current data key '" + p.getProperty("data.current") + "' is not a number");
            }
            if (!keys.containsKey(cur)) throw new KeyConfigurationException("the current data key " + cur + " is not configured");
        }
        if (p.getProperty("index") == null) throw new KeyConfigurationException("no index key is configured");
        this.indexKey = new SecretKeySpec(decode("index key", p.getProperty("index")), "HmacSHA256");
        this.dataKeys = Collections.unmodifiableMap(keys);
        this.current = cur;
    }

    private static SecretKey aesKey(String what, String base64) {
        return new SecretKeySpec(decode(what, base64), "AES");
    }

    private static byte[] decode(String what, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new KeyConfigurationException(what + " is not valid base64");
        }
        if (raw.length != 32) throw new KeyConfigurationException(what + " must be 32 bytes (256 bits), not " + raw.length);
        return raw;
    }

    private static void generate(Path file) {
        SecureRandom random = new SecureRandom();
        byte[] data = new byte[32];
        byte[] index = new byte[32];
        random.nextBytes(data);
        random.nextBytes(index);
        Properties p = new Properties();
        p.setProperty("data.1", Base64.getEncoder().encodeToString(data));
        p.setProperty("data.current", "1");
        p.setProperty("index", Base64.getEncoder().encodeToString(index));
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: rely on the directory's protection
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "Ariadne encryption keys. Keep apart from database backups: without them, the data cannot be read.");
            }
        } catch (IOException e) {
            throw new KeyConfigurationException("cannot create the key file " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        log.warn("Created new encryption keys in {} (development only; in production configure ARIADNE_KEY_FILE or ARIADNE_DATA_KEYS).",
                file.toAbsolutePath());
    }

    @Override
    public SecretKey dataKey(int id) {
        return dataKeys.get(id);
    }

    @Override
    public SortedSet<Integer> dataKeyIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(dataKeys.keySet()));
    }

    @Override
    public int currentDataKeyId() {
        return current;
    }

    @Override
    public SecretKey indexKey() {
        return indexKey;
    }
}
