package be.ariadne.screening;

import java.util.Optional;

/**
 * Answers "which specialised centre should be contacted for this place?" for the screening
 * result. The screening module ships a directory that knows no centre (the result then names the
 * three centres in words); the referral module contributes the real directory as a bean. When
 * several directories are beans, they are asked in their {@link org.springframework.core.annotation.Order}
 * and the first answer counts.
 */
public interface CentreDirectory {

    /**
     * The centre to contact for a Belgian postal code.
     *
     * @param postalCode four digits, or {@code null} when the place is unknown
     */
    Optional<CentreContact> centreFor(String postalCode);
}
