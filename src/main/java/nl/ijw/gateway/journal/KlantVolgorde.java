package nl.ijw.gateway.journal;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.validation.Volgorde;
import org.w3c.dom.Element;

/**
 * Judges the messages of one client one at a time: from reading the state the rules that span
 * messages use until that message's own state is committed, no other message of that client (or of
 * that request, for answers, which name no client) is judged. Without it two messages of one client
 * judged at the same moment by two consumers would each miss the other, and two conflicting ones
 * would both be accepted.
 *
 * <p>Within one gateway a lock per key does it: one per key that a message holds or waits for at that
 * moment, so unrelated clients never wait for each other (with 1,024 locks shared by stripes, one
 * message in ten met another consumer's stripe and waited for its commit). Gateway instances that
 * share a PostgreSQL journal also take a transaction-scoped advisory lock per key, on a connection of
 * their own, so a message on one instance waits for the same client's message on another. The keys
 * are the keyed BSN hashes (never a BSN) and the party pair plus ReferentieAanbieder. Locks are
 * taken in key order, so two messages never wait for each other.
 *
 * <p>What it does not do: fix the order. Of two messages of one client that wait at the same time,
 * either may go first, as with several consumers on one instance; a message delivered after another
 * was processed always sees that one's state.
 */
public final class KlantVolgorde implements Volgorde, AutoCloseable {

    /**
     * How each connection of the advisory locks' own pool starts: never waiting forever for a lock.
     * A lock not given in time fails that attempt, and the broker delivers the message again. Set once
     * per connection rather than per message: one round trip less for every message.
     */
    public static final String VERBINDING_INSTELLEN = "SET lock_timeout = '30s'";

    private final BsnHasher bsnHasher;
    /** Set when gateway instances share the database: PostgreSQL advisory locks. */
    private final DataSource gedeeld;
    /** The keys held or waited for now, each with how many threads hold or want it. */
    private final ConcurrentHashMap<Long, Sleutelslot> sloten = new ConcurrentHashMap<>();
    private final ThreadLocal<Slot> vast = new ThreadLocal<>();

    /**
     * @param gedeeld connections for the advisory locks of instances that share a PostgreSQL journal
     *                (one per consumer at most), each started with {@link #VERBINDING_INSTELLEN}, or
     *                null for one instance only
     */
    public KlantVolgorde(BsnHasher bsnHasher, DataSource gedeeld) {
        this.bsnHasher = bsnHasher;
        this.gedeeld = gedeeld;
    }

    /** Whether the locks also hold across gateway instances. */
    public boolean gedeeld() {
        return gedeeld != null;
    }

    /**
     * Takes the keys of this message for the current thread, until {@link #ontgrendel()}. A thread
     * that still holds keys (of an earlier message whose end was missed) lets them go first.
     */
    @Override
    public void vergrendel(Bericht bericht) {
        ontgrendel();
        List<Long> sleutels = sleutels(bericht);
        if (sleutels.isEmpty()) {
            return;
        }
        List<Long> genomen = new ArrayList<>(sleutels.size());
        Slot slot = new Slot(genomen);
        vast.set(slot);
        for (long sleutel : sleutels) {
            Sleutelslot sluitend = sloten.compute(sleutel, (k, huidig) -> huidig == null ? new Sleutelslot() : huidig.erbij());
            sluitend.slot.lock();
            genomen.add(sleutel);
        }
        if (gedeeld != null) {
            slot.verbinding = databaseSloten(sleutels);
        }
    }

    /** Lets go of what the current thread holds; nothing when it holds nothing. */
    @Override
    public void ontgrendel() {
        Slot slot = vast.get();
        if (slot == null) {
            return;
        }
        vast.remove();
        try {
            if (slot.verbinding != null) {
                try (Connection verbinding = slot.verbinding) {
                    // The advisory locks are the transaction's: they end with it.
                    verbinding.rollback();
                } catch (SQLException e) {
                    // A connection that broke lost its locks with it.
                }
            }
        } finally {
            for (int i = slot.genomen.size() - 1; i >= 0; i--) {
                sloten.computeIfPresent(slot.genomen.get(i), (k, huidig) -> huidig.losgelaten());
            }
        }
    }

    /** The message's keys, sorted: each client (keyed BSN hash), and each request (party pair and ReferentieAanbieder). */
    List<Long> sleutels(Bericht bericht) {
        TreeSet<Long> sleutels = new TreeSet<>();
        for (Element bsn : bericht.alle("Bsn")) {
            String waarde = bsn.getTextContent().trim();
            if (!waarde.isEmpty()) {
                sleutels.add(getal(bsnHasher.hash(waarde)));
            }
        }
        Header header = bericht.header();
        String afzender = String.valueOf(header.afzender());
        String ontvanger = String.valueOf(header.ontvanger());
        String paar = afzender.compareTo(ontvanger) < 0 ? afzender + "/" + ontvanger : ontvanger + "/" + afzender;
        for (Element referentie : bericht.alle("ReferentieAanbieder")) {
            sleutels.add(getal(bsnHasher.hash("verzoek:" + paar + ":" + referentie.getTextContent().trim())));
        }
        return new ArrayList<>(sleutels);
    }

    /** How many keys are held or waited for now: none once every message let go. */
    int inGebruik() {
        return sloten.size();
    }

    private static long getal(String hexHash) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(hexHash, 0, 16)).getLong();
    }

    private Connection databaseSloten(List<Long> sleutels) {
        Connection verbinding = null;
        try {
            verbinding = gedeeld.getConnection();
            verbinding.setAutoCommit(false);
            try (PreparedStatement neem = verbinding.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                for (long sleutel : sleutels) {
                    neem.setLong(1, sleutel);
                    neem.execute();
                }
            }
            return verbinding;
        } catch (SQLException e) {
            if (verbinding != null) {
                try {
                    verbinding.close();
                } catch (SQLException ignored) {
                    // Closing a connection that failed: its locks are gone with it.
                }
            }
            ontgrendel();
            throw new IllegalStateException("Klantvergrendeling in de database mislukt: " + e.getMessage(), e);
        }
    }

    /** Closes the advisory locks' own pool, when there is one. */
    @Override
    public void close() throws Exception {
        if (gedeeld instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static final class Slot {
        private final List<Long> genomen;
        private Connection verbinding;

        private Slot(List<Long> genomen) {
            this.genomen = genomen;
        }
    }

    /**
     * The lock of one key and how many threads hold or want it; changed only inside the map's
     * compute for its key, so it is dropped exactly when the last of them lets go.
     */
    private static final class Sleutelslot {
        private final ReentrantLock slot = new ReentrantLock();
        private int gebruikers = 1;

        Sleutelslot erbij() {
            gebruikers++;
            return this;
        }

        /** Unlocks; returns null (and so leaves the map) when nobody else holds or wants the key. */
        Sleutelslot losgelaten() {
            slot.unlock();
            return --gebruikers == 0 ? null : this;
        }
    }
}
