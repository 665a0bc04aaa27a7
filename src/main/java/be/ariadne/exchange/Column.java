package be.ariadne.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns Ariadne reads and writes, in the order the writer puts them. Text limits are
 * Ariadne's (HTCDS sets none): long enough for any real value, short enough to stop a broken file
 * from filling the database.
 */
enum Column {
    EXTERNAL_ID("cas_ExternalId", 100),
    REGISTRATION_DATE("cas_IncomingReferralDate", 0),
    STATUS("cas_Status", 0),
    REASON_FOR_CLOSURE("cas_ReasonForCaseClosure", 2000),
    FIRST_NAME("prs_FirstName", 200),
    SECOND_NAME("prs_SecondName", 200),
    GENDER("prs_Gender", 0),
    BIRTHDATE("prs_Birthdate", 0),
    CITIZENSHIP("prs_Citizenship", 0),
    IDENTITY_NUMBER("prs_IdentityNumber", 50),
    MOBILE_PHONE("prs_MobilePhone", 30),
    MAILING_STREET("prs_MailingStreet", 200),
    MAILING_CITY("prs_MailingCity", 100),
    MAILING_POSTAL_CODE("prs_MailingPostalCode", 20),
    MAILING_COUNTRY("prs_MailingCountry", 0),
    PRIMARY_LANGUAGE("prs_PrimaryLanguage", 0),
    SECONDARY_LANGUAGE("prs_SecondaryLanguage", 0),
    TRAFFICKING_STATUS("vic_TraffickingStatus", 0),
    AGE_WHEN_TRAFFICKED("vic_AgeWhenTrafficked", 0),
    RELATIONSHIP_TO_TRAFFICKER("vic_RelationshipToTrafficker", 0),
    METHOD_OF_RECRUITMENT("vic_MethodOfRecruitment", 0),
    METHODS_OF_CONTROL("vic_MethodsOfControl", 0),
    TYPE_OF_EXPLOITATION("vic_TypeOfExploitation", 0),
    OTHER_EXPLOITATION("vic_OtherExploitation", 0),
    TYPE_OF_SEX_EXPLOITATION("vic_TypeOfSexExploitation", 0),
    FORCED_LABOUR_INDUSTRY("vic_ForcedLabourIndustry", 0);

    static final List<Column> ALL = List.of(values());
    static final List<Column> REQUIRED = List.of(EXTERNAL_ID, REGISTRATION_DATE);
    private static final Map<String, Column> BY_HEADER = new HashMap<>();

    static {
        for (Column column : ALL) {
            BY_HEADER.put(column.header, column);
        }
    }

    private final String header;
    private final int maxLength;

    Column(String header, int maxLength) {
        this.header = header;
        this.maxLength = maxLength;
    }

    /** The HTCDS field name with its prefix, as in the header row. */
    String header() {
        return header;
    }

    /** Longest text accepted, in characters (code points); 0 for columns that are not free text. */
    int maxLength() {
        return maxLength;
    }

    /** Free text that may hold line breaks (HTCDS "Long Text"). */
    boolean multiline() {
        return this == REASON_FOR_CLOSURE;
    }

    static Column byHeader(String header) {
        return BY_HEADER.get(header);
    }
}
