package nl.ijw.gateway.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journal's writes of one transaction, its inserts held back and sent as one JDBC batch per
 * statement. A group commit writes some twenty rows per message for dozens of messages; one statement
 * each was a round trip each on PostgreSQL, and on either database a pass through the template, the
 * pool and the driver per row.
 *
 * <p>Batches go out in the order their statement was first used in this transaction, also after
 * everything was sent in between: a table whose rows refer to another's (every child of
 * {@code bericht}) is then always written after it, as long as each unit writes its parent rows
 * before their children, as the journal does. (Ordered by first use since the last send instead, a
 * unit that sent mid-way put its {@code uitgaand} rows first, and the next unit's went in before
 * their {@code bericht}.) Whatever is not a plain insert (a read, an update, an insert from a select)
 * goes through {@link #direct()}, which first sends everything held back: such a statement then sees,
 * and follows, every write before it.
 */
public final class Bundel {

    private final JdbcTemplate jdbc;
    private final Map<String, List<Object[]>> wachtend = new LinkedHashMap<>();

    Bundel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds back one row of a plain {@code INSERT ... VALUES} statement. */
    public void voegIn(String sql, Object... waarden) {
        wachtend.computeIfAbsent(sql, s -> new ArrayList<>()).add(waarden);
    }

    /** Holds back rows of one plain {@code INSERT ... VALUES} statement. */
    public void voegIn(String sql, List<Object[]> rijen) {
        if (!rijen.isEmpty()) {
            wachtend.computeIfAbsent(sql, s -> new ArrayList<>()).addAll(rijen);
        }
    }

    /** The connection's template for a statement that must see the writes before it: sent first. */
    public JdbcTemplate direct() {
        verstuur();
        return jdbc;
    }

    /** Sends what is held back, a batch per statement; nothing is held back after it. */
    public void verstuur() {
        for (Map.Entry<String, List<Object[]>> batch : wachtend.entrySet()) {
            List<Object[]> rijen = batch.getValue();
            if (rijen.isEmpty()) {
                continue;
            }
            // Emptied first: after a failure the transaction is rolled back, and nothing may be sent twice.
            // The statement keeps its place: see the class comment.
            batch.setValue(new ArrayList<>());
            if (rijen.size() == 1) {
                jdbc.update(batch.getKey(), rijen.get(0));
            } else {
                jdbc.batchUpdate(batch.getKey(), rijen);
            }
        }
    }
}
