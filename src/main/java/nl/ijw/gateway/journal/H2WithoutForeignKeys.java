package nl.ijw.gateway.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * On the embedded H2 the journal keeps no foreign keys. H2 gives a foreign key an index of its own
 * where no index of its table starts with its columns (every child table's primary key starts with
 * bericht_id, berichtidentificatie's does not), and on every insert it looks the parent up: measured,
 * a third of the cost of writing a message's journal entry while every child table had its own, and
 * still an index that every commit rewrites plus two look-ups per message for the keys that remained.
 * The journal writes a message's rows in one unit, parent first (its batches keep that order, see
 * {@link Bundel}), and never deletes a bericht, so these keys guard against nothing the code does not
 * already rule out. Indexes that queries use stay (the chain's bericht_heenbericht); only an index H2
 * made for a key goes with it. PostgreSQL, which adds no index for a foreign key and has the journal
 * shared by several instances, keeps them. Runs after every migration, so a key a later migration adds
 * is treated alike.
 */
public final class H2WithoutForeignKeys implements Callback {

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
            throw new FlywayException("Verwijzingssleutels niet te verwijderen", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-without-foreign-keys";
    }

    /** Drops every foreign key of the current schema; H2 drops the indexes it made for them along. */
    static void laatVallen(Connection verbinding) throws SQLException {
        String schema = verbinding.getSchema();
        List<String[]> sleutels = new ArrayList<>();
        try (PreparedStatement vraag = verbinding.prepareStatement("""
                SELECT TABLE_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = ?""")) {
            vraag.setString(1, schema);
            try (ResultSet rs = vraag.executeQuery()) {
                while (rs.next()) {
                    sleutels.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (Statement ddl = verbinding.createStatement()) {
            for (String[] sleutel : sleutels) {
                ddl.execute("ALTER TABLE \"" + schema + "\".\"" + sleutel[0] + "\" DROP CONSTRAINT \"" + schema + "\".\""
                        + sleutel[1] + "\"");
            }
        }
    }
}
