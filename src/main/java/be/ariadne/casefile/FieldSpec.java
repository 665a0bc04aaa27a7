package be.ariadne.casefile;

import be.ariadne.crypto.BlindIndexKind;

/**
 * One field of a case record: its name in the API and the forms, its type, its column, and how it
 * is checked (code list, length, bounds, required), stored (encrypted or not) and indexed (blind
 * index kind). Built fluently at start-up, then only read.
 */
final class FieldSpec {
    final String name;
    final FieldType type;
    final String column;
    String codeList;
    String refEntity;
    boolean encrypted;
    boolean required;
    boolean notFuture;
    boolean createOnly;
    boolean holderOnly;
    int maxLength = 200;
    Integer min;
    Integer max;
    BlindIndexKind index;

    private FieldSpec(String name, FieldType type, String column) {
        this.name = name;
        this.type = type;
        this.column = column;
        if (type == FieldType.LONG_TEXT) maxLength = 20_000;
    }

    static FieldSpec of(String name, FieldType type, String column) {
        return new FieldSpec(name, type, column);
    }

    static FieldSpec code(String name, String column, String list) {
        FieldSpec f = new FieldSpec(name, FieldType.CODE, column);
        f.codeList = list;
        return f;
    }

    static FieldSpec codes(String name, String column, String list) {
        FieldSpec f = new FieldSpec(name, FieldType.CODES, column);
        f.codeList = list;
        return f;
    }

    static FieldSpec ref(String name, String column, String entity) {
        FieldSpec f = new FieldSpec(name, FieldType.REF, column);
        f.refEntity = entity;
        return f;
    }

    FieldSpec encrypted() {
        this.encrypted = true;
        return this;
    }

    FieldSpec required() {
        this.required = true;
        return this;
    }

    FieldSpec notFuture() {
        this.notFuture = true;
        return this;
    }

    FieldSpec createOnly() {
        this.createOnly = true;
        return this;
    }

    /** Shown only to the holding centre (e.g. the sender's external id). */
    FieldSpec holderOnly() {
        this.holderOnly = true;
        return this;
    }

    FieldSpec max(int maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    FieldSpec range(int min, int max) {
        this.min = min;
        this.max = max;
        return this;
    }

    FieldSpec index(BlindIndexKind kind) {
        this.index = kind;
        return this;
    }

    @Override
    public String toString() {
        return name;
    }
}
