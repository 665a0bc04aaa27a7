package be.ariadne.crypto;

/** What a blind index is computed over; each kind has its own normalisation. */
public enum BlindIndexKind {
    NAME, BIRTH_DATE, DOCUMENT_NUMBER, PHONE
}
