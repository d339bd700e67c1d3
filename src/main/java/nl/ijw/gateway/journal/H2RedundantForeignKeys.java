package nl.ijw.gateway.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * On the embedded H2, the journal keeps no foreign key whose columns already lead another index of its
 * table. H2 gives every foreign key an index of its own, also where the primary key starts with the
 * same column (every child table's key starts with bericht_id), and looks up the parent on every
 * insert: measured, a third of the cost of writing a message's journal entry. The journal writes a
 * message's rows in one unit, parent first, and never deletes a bericht, so these keys guard against
 * nothing the code does not already rule out. PostgreSQL, which adds no index for a foreign key, keeps
 * them. Runs after every migration, so a key a later migration adds is treated alike.
 */
public final class H2RedundantForeignKeys implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection verbinding = context.getConnection();
            if ("H2".equals(verbinding.getMetaData().getDatabaseProductName())) {
                laatVallen(verbinding);
            }
        } catch (SQLException e) {
            throw new FlywayException("Overbodige verwijzingssleutels niet te verwijderen", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-redundant-foreign-keys";
    }

    /**
     * Drops every foreign key of the current schema whose columns lead an index of its table that does
     * not itself serve a foreign key (so two keys never count on each other's index).
     */
    static void laatVallen(Connection verbinding) throws SQLException {
        String schema = verbinding.getSchema();
        Map<String, List<String>> indexen = indexkolommen(verbinding, schema);
        List<String[]> sleutels = new ArrayList<>();
        try (PreparedStatement vraag = verbinding.prepareStatement("""
                SELECT TABLE_NAME, CONSTRAINT_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = ?""")) {
            vraag.setString(1, schema);
            try (ResultSet rs = vraag.executeQuery()) {
                while (rs.next()) {
                    sleutels.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(1) + "." + rs.getString(3)});
                }
            }
        }
        List<String> sleutelindexen = sleutels.stream().map(sleutel -> sleutel[2]).toList();
        try (Statement ddl = verbinding.createStatement()) {
            for (String[] sleutel : sleutels) {
                List<String> kolommen = indexen.get(sleutel[2]);
                boolean elders = indexen.entrySet().stream().anyMatch(index -> index.getKey().startsWith(sleutel[0] + ".")
                        && !sleutelindexen.contains(index.getKey())
                        && index.getValue().size() >= kolommen.size()
                        && index.getValue().subList(0, kolommen.size()).equals(kolommen));
                if (elders) {
                    ddl.execute("ALTER TABLE \"" + schema + "\".\"" + sleutel[0] + "\" DROP CONSTRAINT \"" + schema + "\".\""
                            + sleutel[1] + "\"");
                }
            }
        }
    }

    /** Per "table.index": its columns in order. */
    private static Map<String, List<String>> indexkolommen(Connection verbinding, String schema) throws SQLException {
        Map<String, List<String>> indexen = new LinkedHashMap<>();
        try (PreparedStatement kolommen = verbinding.prepareStatement("""
                SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
                WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION""")) {
            kolommen.setString(1, schema);
            try (ResultSet rs = kolommen.executeQuery()) {
                while (rs.next()) {
                    indexen.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        return indexen;
    }
}
