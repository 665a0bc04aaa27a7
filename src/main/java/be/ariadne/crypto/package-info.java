/**
 * Encryption at rest of personal data (AES-256-GCM, a fresh nonce per value, the value's place
 * bound in as associated data) and blind indexes (HMAC-SHA-256 with its own key) for exact-match
 * lookups without decrypting. Keys live outside the database, behind {@link be.ariadne.crypto.KeyProvider}.
 */
package be.ariadne.crypto;
