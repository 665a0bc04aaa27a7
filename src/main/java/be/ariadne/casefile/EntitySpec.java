package be.ariadne.casefile;

import java.util.List;
import java.util.Optional;

/**
 * A kind of case record: a singleton per case (the summary, identity, legal, investigation and
 * minor-protection forms) or a list (notes, places, suspects…). Its compartment is fixed, or
 * chosen per record by the author ({@code compartment == null}: a {@code compartment} column).
 */
final class EntitySpec {
    final String name;
    final String table;
    final Compartment compartment;
    final boolean singleton;
    final String keyColumn;
    final List<FieldSpec> fields;
    final String orderBy;

    EntitySpec(String name, String table, Compartment compartment, boolean singleton, String keyColumn, String orderBy,
               List<FieldSpec> fields) {
        this.name = name;
        this.table = table;
        this.compartment = compartment;
        this.singleton = singleton;
        this.keyColumn = keyColumn;
        this.orderBy = orderBy;
        this.fields = List.copyOf(fields);
    }

    static EntitySpec singleton(String name, String table, Compartment compartment, String keyColumn, FieldSpec... fields) {
        return new EntitySpec(name, table, compartment, true, keyColumn, null, List.of(fields));
    }

    static EntitySpec list(String name, String table, Compartment compartment, String orderBy, FieldSpec... fields) {
        return new EntitySpec(name, table, compartment, false, "id", orderBy, List.of(fields));
    }

    boolean perRowCompartment() {
        return compartment == null;
    }

    Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name.equals(fieldName)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
