package be.ariadne.crypto;

/**
 * A database column holding values encrypted with {@link FieldEncryption}, declared as a bean by
 * the module that owns it, so that key rotation can find and re-encrypt every value. The binding
 * of a row's value is {@code Binding.of(bindingTable, bindingField, <row's bindingRecordColumn>)}:
 * exactly what the owning module used when it encrypted. {@code keyColumn} is a unique numeric
 * column to page through the table.
 */
public record EncryptedColumn(String table, String keyColumn, String valueColumn,
                              String bindingTable, String bindingField, String bindingRecordColumn) {
    public EncryptedColumn {
        for (String s : new String[] {table, keyColumn, valueColumn, bindingTable, bindingField, bindingRecordColumn}) {
            if (s == null || !s.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not an SQL name: " + s);
        }
    }

    /** The common case: bound to its own table and column, and to the row's {@code recordColumn} (e.g. the case id). */
    public static EncryptedColumn of(String table, String keyColumn, String valueColumn, String recordColumn) {
        return new EncryptedColumn(table, keyColumn, valueColumn, table, valueColumn, recordColumn);
    }

    @Override
    public String toString() {
        return table + "." + valueColumn;
    }
}
