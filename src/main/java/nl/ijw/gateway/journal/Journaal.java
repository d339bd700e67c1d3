package nl.ijw.gateway.journal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.ijw.gateway.regions.Werkdagen;
import nl.ijw.gateway.routing.Uitgaand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message journal on the database: what the gateway saw, what it decided, and when. It holds no
 * BSN (only keyed hashes) and payloads only encrypted, until the retention period ends.
 */
public final class Journaal {

    /** Whether payloads are kept (encrypted) for the retention period, or not at all. */
    public enum PayloadOpslag {
        VERSLEUTELD,
        GEEN
    }

    /** Forwarded to a party that writes its own retours; its retour has not come yet. */
    public static final String WACHT_OP_RETOUR = "WACHT_OP_RETOUR";
    /** The party's retour came back and was linked. */
    public static final String RETOUR_ONTVANGEN = "RETOUR_ONTVANGEN";
    /** No retour within the term of OP090. */
    public static final String RETOUR_TE_LAAT = "RETOUR_TE_LAAT";

    /** How far links are followed (reference → allocation → numbers → starts and stops) and how much is shown. */
    private static final int MAX_TRAJECT_STAPPEN = 4;
    private static final int MAX_TRAJECT = 500;
    /** What was sent is kept this long; the purge also reads this far before its previous bounds. */
    private static final java.time.Duration OPNIEUW_GELEZEN = java.time.Duration.ofDays(1);

    private static final String STATUS_TOEVOEGEN =
            "INSERT INTO bericht_status (bericht_id, volgnummer, tijdstip, status, toelichting) VALUES (?, ?, ?, ?, ?)";
    private static final String RETOUR_VERWACHT = "INSERT INTO retour_verwacht (bericht_id, sinds, te_laat) VALUES (?, ?, FALSE)";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final JdbcTemplate jdbc;
    /** Runs one message's writes in a transaction and returns once it has committed. */
    private final Consumer<Consumer<Bundel>> vastleggen;
    /** Whether this thread runs the group commit's units: its statements then belong to that batch. */
    private final BooleanSupplier opSchrijver;
    private final BsnHasher bsnHasher;
    private final PayloadKluis kluis;
    private final PayloadOpslag opslag;
    private final Period bewaartermijn;
    private final Clock klok;
    /** When the purge ran before: its bounds then are where this run starts reading. */
    private Instant vorigeOpschoning = Instant.EPOCH;

    /** A journal whose entries of concurrent messages share their commits: the gateway's. */
    public Journaal(JdbcTemplate jdbc, GroepsCommit groepsCommit, BsnHasher bsnHasher, PayloadKluis kluis,
                    PayloadOpslag opslag, Period bewaartermijn, Clock klok) {
        this(jdbc, groepsCommit::voerUit, groepsCommit::opSchrijver, bsnHasher, kluis, opslag, bewaartermijn, klok);
    }

    /** A journal that commits every entry on its own, on the calling thread. */
    public Journaal(JdbcTemplate jdbc, TransactionTemplate transacties, BsnHasher bsnHasher, PayloadKluis kluis,
                    PayloadOpslag opslag, Period bewaartermijn, Clock klok) {
        this(jdbc, werk -> transacties.executeWithoutResult(status -> gebundeld(jdbc, werk)), () -> false, bsnHasher,
                kluis, opslag, bewaartermijn, klok);
    }

    private Journaal(JdbcTemplate jdbc, Consumer<Consumer<Bundel>> vastleggen, BooleanSupplier opSchrijver,
                     BsnHasher bsnHasher, PayloadKluis kluis, PayloadOpslag opslag, Period bewaartermijn, Clock klok) {
        this.jdbc = jdbc;
        this.vastleggen = vastleggen;
        this.opSchrijver = opSchrijver;
        this.bsnHasher = bsnHasher;
        this.kluis = kluis;
        this.opslag = opslag;
        this.bewaartermijn = bewaartermijn;
        this.klok = klok;
    }

    /** Records a message with its first status, its BSN hashes and its keys, in one transaction. */
    public void registreer(JournaalRegel r) {
        Versleuteld versleuteld = versleutel(List.of(r), List.of(), null);
        vastleggen.accept(bundel -> schrijf(bundel, r, versleuteld));
    }

    /** Runs work in the current transaction, its held-back inserts sent at the end. */
    private static void gebundeld(JdbcTemplate jdbc, Consumer<Bundel> werk) {
        Bundel bundel = new Bundel(jdbc);
        werk.accept(bundel);
        bundel.verstuur();
    }

    /**
     * Records a received message, the messages the gateway wrote for it, what it sent and, for a retour
     * a party wrote, that its heenbericht got it, in one transaction: the journal then never shows half
     * an outcome. Everything a message's entry writes
     * belongs inside this one unit: it commits or fails as a whole, also when it shares its commit
     * with other messages' entries ({@link GroepsCommit}).
     */
    public void registreerVerwerking(JournaalRegel in, List<JournaalRegel> uit, List<Uitgaand> verzonden, byte[] ontvangen,
                                     StandWijziging stand, Optional<String> beantwoordtHeenbericht) {
        List<JournaalRegel> regels = new ArrayList<>(uit.size() + 1);
        regels.add(in);
        regels.addAll(uit);
        // Encrypted before the hand-over: the commit's writer serves every consumer, so it only writes.
        Versleuteld versleuteld = versleutel(regels, verzonden, ontvangen);
        vastleggen.accept(bundel -> {
            schrijf(bundel, in, versleuteld);
            beantwoordtHeenbericht.ifPresent(heen -> schrijfStatus(bundel.direct(), heen, RETOUR_ONTVANGEN, in.id(),
                    in.ontvangenOp()));
            uit.forEach(r -> schrijf(bundel, r, versleuteld));
            stand.schrijf(bundel);
            for (int i = 0; i < verzonden.size(); i++) {
                Uitgaand u = verzonden.get(i);
                bundel.voegIn("INSERT INTO uitgaand (bericht_id, volgnummer, bestemming, eigenschappen, inhoud) VALUES (?, ?, ?, ?, ?)",
                        in.id(), i + 1, u.bestemming(), json(u.eigenschappen()), versleuteld.van(u.inhoud()));
            }
        });
    }

    /**
     * The payloads of one journal entry, each encrypted once: a retour the gateway wrote is both the
     * payload of its journal row and what was sent, and the received message is kept as the payload of
     * its own row but not again as what was forwarded (a redelivery carries it).
     */
    private Versleuteld versleutel(List<JournaalRegel> regels, List<Uitgaand> verzonden, byte[] ontvangen) {
        Map<byte[], byte[]> versleuteld = new java.util.IdentityHashMap<>();
        if (opslag == PayloadOpslag.VERSLEUTELD) {
            regels.stream().map(JournaalRegel::payload).filter(java.util.Objects::nonNull)
                    .forEach(p -> versleuteld.computeIfAbsent(p, kluis::versleutel));
        }
        verzonden.stream().map(Uitgaand::inhoud).filter(inhoud -> inhoud != ontvangen)
                .forEach(inhoud -> versleuteld.computeIfAbsent(inhoud, kluis::versleutel));
        return new Versleuteld(versleuteld, ontvangen);
    }

    /** Encrypted payloads by the identity of their clear text. */
    private record Versleuteld(Map<byte[], byte[]> perInhoud, byte[] ontvangen) {

        /** For what was sent: null stands for the received message itself. */
        byte[] van(byte[] inhoud) {
            return inhoud == ontvangen ? null : perInhoud.get(inhoud);
        }

        /** For a journal row: null when payloads are not kept. */
        byte[] payload(byte[] inhoud) {
            return inhoud == null ? null : perInhoud.get(inhoud);
        }
    }

    /** What was sent for a received message, ready to send again; empty when it was never journaled. */
    public List<Uitgaand> verzonden(String id, byte[] ontvangen) {
        return jdbc.query("SELECT bestemming, eigenschappen, inhoud FROM uitgaand WHERE bericht_id = ? ORDER BY volgnummer",
                (rs, n) -> new Uitgaand(rs.getString(1), rs.getBytes(3) == null ? ontvangen : kluis.ontsleutel(rs.getBytes(3)),
                        map(rs.getString(2))), id);
    }

    private void schrijf(Bundel bundel, JournaalRegel r, Versleuteld versleuteld) {
        bundel.voegIn("""
                INSERT INTO bericht (id, richting, berichttype, afzender, ontvanger, identificatie, dagtekening,
                    kanaal, status, dlq_reden, retourcodes, signalen, heenbericht_id, payload, ontvangen_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), r.richting().name(), r.berichttype(), r.afzender(), r.ontvanger(), r.identificatie(),
                r.dagtekening() == null ? null : Date.valueOf(r.dagtekening()), r.kanaal(), r.status(), r.dlqReden(),
                String.join(",", r.retourcodes()), String.join(",", r.signalen()), r.heenberichtId(),
                versleuteld.payload(r.payload()), Timestamp.from(r.ontvangenOp()));
        if (WACHT_OP_RETOUR.equals(r.status())) {
            bundel.voegIn(RETOUR_VERWACHT, r.id(), Timestamp.from(r.ontvangenOp()));
        }
        // The row itself holds the first status and its moment: a history row is written for it only when
        // it has an explanation, or once a second status comes (schrijfStatus). Most messages never get
        // one, and every row costs the commit its index pages.
        if (r.toelichting() != null) {
            bundel.voegIn(STATUS_TOEVOEGEN, r.id(), 1, Timestamp.from(r.ontvangenOp()), r.status(), r.toelichting());
        }
        for (String bsn : r.bsns().stream().distinct().toList()) {
            bundel.voegIn("INSERT INTO bericht_bsn (bericht_id, bsn_hash) VALUES (?, ?)", r.id(), bsnHasher.hash(bsn));
        }
        r.sleutels().forEach((soort, waarden) -> waarden.stream().distinct().forEach(waarde ->
                bundel.voegIn("INSERT INTO bericht_sleutel (bericht_id, soort, waarde) VALUES (?, ?, ?)", r.id(), soort, waarde)));
    }

    private static String json(Map<String, Object> eigenschappen) {
        try {
            return JSON.writeValueAsString(eigenschappen);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A later step in a message's life (delivered, re-driven, overdue, ...): in the caller's transaction
     * when it has one, else committed on its own.
     */
    public void voegStatusToe(String id, String status, String toelichting, Instant tijdstip) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !opSchrijver.getAsBoolean()) {
            // Part of what the caller commits (a signal and its status, say): it stands or falls with it.
            schrijfStatus(jdbc, id, status, toelichting, tijdstip);
        } else {
            vastleggen.accept(bundel -> schrijfStatus(bundel.direct(), id, status, toelichting, tijdstip));
        }
    }

    /** Reads what it adds to: runs on the template directly, after what the transaction held back. */
    private static void schrijfStatus(JdbcTemplate jdbc, String id, String status, String toelichting, Instant tijdstip) {
        Integer laatste = jdbc.queryForObject(
                "SELECT COALESCE(MAX(volgnummer), 0) FROM bericht_status WHERE bericht_id = ?", Integer.class, id);
        if (laatste == null || laatste == 0) {
            // The first status was held by the message's own row alone; it becomes history now.
            jdbc.update("""
                    INSERT INTO bericht_status (bericht_id, volgnummer, tijdstip, status, toelichting)
                    SELECT id, 1, ontvangen_op, status, NULL FROM bericht WHERE id = ?""", id);
            laatste = 1;
        }
        jdbc.update(STATUS_TOEVOEGEN, id, laatste + 1, Timestamp.from(tijdstip), status, toelichting);
        jdbc.update("UPDATE bericht SET status = ? WHERE id = ?", status, id);
        // Only the retour ends the wait: a redelivery or an operator's step in between leaves the
        // message waiting, and the term then still counts from when it was first forwarded.
        switch (status) {
            case RETOUR_ONTVANGEN -> jdbc.update("DELETE FROM retour_verwacht WHERE bericht_id = ?", id);
            case RETOUR_TE_LAAT -> jdbc.update("UPDATE retour_verwacht SET te_laat = TRUE WHERE bericht_id = ?", id);
            // A dead letter forwarded once re-driven: it waits from now on.
            case WACHT_OP_RETOUR -> jdbc.update("""
                    INSERT INTO retour_verwacht (bericht_id, sinds, te_laat)
                    SELECT ?, ?, FALSE WHERE NOT EXISTS (SELECT 1 FROM retour_verwacht WHERE bericht_id = ?)""",
                    id, Timestamp.from(tijdstip), id);
            default -> { }
        }
    }

    /**
     * OP090: a heenbericht whose receiver writes its own retours and that has none after the given
     * number of working days is marked overdue. Returns how many were marked now.
     */
    public int markeerRetourTeLaat(Werkdagen werkdagen, int termijn, java.time.ZoneId zone) {
        java.time.LocalDate vandaag = java.time.LocalDate.ofInstant(klok.instant(), zone);
        // Timestamps are read as JDBC timestamps: drivers differ in the type a generic map would give.
        Map<String, Instant> wachtend = new LinkedHashMap<>();
        jdbc.query("SELECT bericht_id, sinds FROM retour_verwacht WHERE te_laat = FALSE",
                (ResultSet rs) -> {
                    wachtend.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        int gemarkeerd = 0;
        for (Map.Entry<String, Instant> rij : wachtend.entrySet()) {
            java.time.LocalDate ontvangen = java.time.LocalDate.ofInstant(rij.getValue(), zone);
            if (vandaag.isAfter(werkdagen.plusWerkdagen(ontvangen, termijn))) {
                voegStatusToe(rij.getKey(), RETOUR_TE_LAAT, "geen retour binnen " + termijn + " werkdagen (OP090)",
                        klok.instant());
                gemarkeerd++;
            }
        }
        return gemarkeerd;
    }

    /** The heenberichten marked overdue whose retour has still not come. */
    public int aantalRetourTeLaat() {
        Integer aantal = jdbc.queryForObject("SELECT COUNT(*) FROM retour_verwacht WHERE te_laat = TRUE", Integer.class);
        return aantal == null ? 0 : aantal;
    }

    public boolean bekend(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM bericht WHERE id = ?", Boolean.class, id));
    }

    public Optional<JournaalBericht> vind(String id) {
        List<JournaalBericht> gevonden = jdbc.query("SELECT * FROM bericht WHERE id = ?", this::bericht, id);
        return gevonden.stream().findFirst();
    }

    /** The messages linked to this one: the heenbericht it answers and everything that answers it. */
    public List<JournaalBericht> keten(String id) {
        return jdbc.query("""
                SELECT * FROM bericht WHERE id = (SELECT heenbericht_id FROM bericht WHERE id = ?)
                   OR heenbericht_id = ?
                   OR (heenbericht_id IS NOT NULL AND heenbericht_id = (SELECT heenbericht_id FROM bericht WHERE id = ?) AND id <> ?)
                ORDER BY ontvangen_op, id""", this::bericht, id, id, id, id);
    }

    /**
     * The client's trajectory this message is part of: every message about the same client that
     * shares a ToewijzingNummer or ReferentieAanbieder with it, followed through the links (a VOT's
     * reference leads to the JW301 that honours it, its numbers to the starts and stops), with the
     * retours and answers of each. A JW319 holds no client, so it joins by its reference alone.
     */
    public List<JournaalBericht> traject(String id) {
        String begin = jdbc.queryForList("SELECT COALESCE(heenbericht_id, id) FROM bericht WHERE id = ?", String.class, id)
                .stream().findFirst().orElse(id);
        java.util.Set<String> berichten = new java.util.LinkedHashSet<>(List.of(begin));
        java.util.Set<List<String>> sleutels = new java.util.LinkedHashSet<>();
        List<String> clients = jdbc.queryForList("SELECT bsn_hash FROM bericht_bsn WHERE bericht_id = ?", String.class, begin);
        for (int stap = 0; stap < MAX_TRAJECT_STAPPEN; stap++) {
            int voor = sleutels.size();
            berichten.forEach(b -> jdbc.query("SELECT soort, waarde FROM bericht_sleutel WHERE bericht_id = ?",
                    (ResultSet rs) -> {
                        sleutels.add(List.of(rs.getString(1), rs.getString(2)));
                    }, b));
            if (sleutels.size() == voor || clients.isEmpty()) {
                break;
            }
            for (List<String> sleutel : sleutels) {
                berichten.addAll(jdbc.queryForList(("""
                        SELECT s.bericht_id FROM bericht_sleutel s WHERE s.soort = ? AND s.waarde = ?
                          AND (EXISTS (SELECT 1 FROM bericht_bsn x WHERE x.bericht_id = s.bericht_id AND x.bsn_hash IN (%s))
                               OR NOT EXISTS (SELECT 1 FROM bericht_bsn x WHERE x.bericht_id = s.bericht_id))""")
                        .formatted(String.join(", ", java.util.Collections.nCopies(clients.size(), "?"))), String.class,
                        java.util.stream.Stream.concat(sleutel.stream(), clients.stream()).toArray()));
            }
        }
        String plaatsen = String.join(", ", java.util.Collections.nCopies(berichten.size(), "?"));
        Object[] waarden = java.util.stream.Stream.concat(berichten.stream(), berichten.stream()).toArray();
        return jdbc.query("SELECT * FROM bericht WHERE id IN (%s) OR heenbericht_id IN (%s) ORDER BY ontvangen_op, id LIMIT %d"
                .formatted(plaatsen, plaatsen, MAX_TRAJECT), this::bericht, waarden);
    }

    /** The payload in clear, while it is kept. */
    public Optional<byte[]> payload(String id) {
        List<byte[]> gevonden = jdbc.query("SELECT payload FROM bericht WHERE id = ? AND payload IS NOT NULL",
                (rs, n) -> rs.getBytes(1), id);
        return gevonden.stream().findFirst().map(kluis::ontsleutel);
    }

    public List<JournaalBericht> zoek(Zoekvraag z) {
        StringBuilder sql = new StringBuilder("SELECT * FROM bericht b WHERE 1 = 1");
        List<Object> waarden = new ArrayList<>();
        gelijk(sql, waarden, "b.berichttype", z.berichttype());
        gelijk(sql, waarden, "b.afzender", z.afzender());
        gelijk(sql, waarden, "b.ontvanger", z.ontvanger());
        gelijk(sql, waarden, "b.status", z.status());
        if (WACHT_OP_RETOUR.equals(z.status()) || RETOUR_TE_LAAT.equals(z.status())) {
            // The operators' lists of what waits for a retour: found through those messages' own table,
            // not by reading the journal for a status few of its messages have.
            sql.append(" AND b.id IN (SELECT r.bericht_id FROM retour_verwacht r WHERE r.te_laat = ?)");
            waarden.add(RETOUR_TE_LAAT.equals(z.status()));
        }
        gelijk(sql, waarden, "b.identificatie", z.identificatie());
        if (z.van() != null) {
            sql.append(" AND b.ontvangen_op >= ?");
            waarden.add(Timestamp.from(z.van()));
        }
        if (z.tot() != null) {
            sql.append(" AND b.ontvangen_op < ?");
            waarden.add(Timestamp.from(z.tot()));
        }
        sleutel(sql, waarden, "ToewijzingNummer", z.toewijzingNummer());
        sleutel(sql, waarden, "ReferentieAanbieder", z.referentieAanbieder());
        if (z.retourcode() != null) {
            sql.append(" AND (',' || b.retourcodes || ',') LIKE ?");
            waarden.add("%," + z.retourcode() + ",%");
        }
        if (z.bsn() != null) {
            // A message the gateway wrote has the client of its heenbericht, recorded there only.
            sql.append(" AND EXISTS (SELECT 1 FROM bericht_bsn x WHERE x.bericht_id IN (b.id, b.heenbericht_id) AND x.bsn_hash = ?)");
            waarden.add(bsnHasher.hash(z.bsn()));
        }
        sql.append(" ORDER BY b.ontvangen_op DESC, b.id LIMIT ? OFFSET ?");
        waarden.add(z.grootte());
        waarden.add(z.pagina() * z.grootte());
        return jdbc.query(sql.toString(), this::bericht, waarden.toArray());
    }

    /**
     * Removes payloads past the retention period configured now; the metadata stays. What was sent is
     * only kept for resending after a crash, so it goes after a day. Returns how many payloads were
     * removed. The journal keeps its metadata for good, so each run reads only the messages received
     * since the previous run's bounds (the first after a start reads from the beginning), and a day
     * before them: a message is journaled when its processing ends, which may be after the bound
     * passed its receipt.
     */
    public synchronized int verwijderVerlopenPayloads() {
        Instant nu = klok.instant();
        jdbc.update("DELETE FROM uitgaand WHERE bericht_id IN (SELECT id FROM bericht WHERE ontvangen_op >= ? AND ontvangen_op < ?)",
                vanaf(verzondenTot(vorigeOpschoning)), Timestamp.from(verzondenTot(nu)));
        int gewist = jdbc.update("UPDATE bericht SET payload = NULL WHERE ontvangen_op >= ? AND ontvangen_op < ? AND payload IS NOT NULL",
                vanaf(payloadsTot(vorigeOpschoning)), Timestamp.from(payloadsTot(nu)));
        vorigeOpschoning = nu;
        return gewist;
    }

    private static Instant verzondenTot(Instant opschoning) {
        return opschoning.minus(OPNIEUW_GELEZEN);
    }

    private Instant payloadsTot(Instant opschoning) {
        return opschoning.atOffset(ZoneOffset.UTC).minus(bewaartermijn).toInstant();
    }

    /** Where a run reads from: a day before the previous run's bound. */
    private static Timestamp vanaf(Instant vorigeGrens) {
        return Timestamp.from(vorigeGrens.minus(OPNIEUW_GELEZEN));
    }

    private static void gelijk(StringBuilder sql, List<Object> waarden, String kolom, String waarde) {
        if (waarde != null) {
            sql.append(" AND ").append(kolom).append(" = ?");
            waarden.add(waarde);
        }
    }

    private static void sleutel(StringBuilder sql, List<Object> waarden, String soort, String waarde) {
        if (waarde != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM bericht_sleutel s WHERE s.bericht_id = b.id AND s.soort = ? AND s.waarde = ?)");
            waarden.add(soort);
            waarden.add(waarde);
        }
    }

    private JournaalBericht bericht(ResultSet rs, int rij) throws SQLException {
        String id = rs.getString("id");
        Date dagtekening = rs.getDate("dagtekening");
        Instant ontvangenOp = rs.getTimestamp("ontvangen_op").toInstant();
        List<JournaalBericht.Status> statussen = jdbc.query(
                "SELECT tijdstip, status, toelichting FROM bericht_status WHERE bericht_id = ? ORDER BY volgnummer",
                (s, n) -> new JournaalBericht.Status(s.getTimestamp(1).toInstant(), s.getString(2), s.getString(3)), id);
        if (statussen.isEmpty()) {
            // Still at its first status, which only the row itself holds (see schrijf).
            statussen = List.of(new JournaalBericht.Status(ontvangenOp, rs.getString("status"), null));
        }
        Map<String, List<String>> sleutels = new LinkedHashMap<>();
        jdbc.query("SELECT soort, waarde FROM bericht_sleutel WHERE bericht_id = ? ORDER BY soort, waarde",
                (ResultSet s) -> {
                    sleutels.computeIfAbsent(s.getString(1), k -> new ArrayList<>()).add(s.getString(2));
                }, id);
        return new JournaalBericht(id, rs.getString("richting"), rs.getString("berichttype"), rs.getString("afzender"),
                rs.getString("ontvanger"), rs.getString("identificatie"), dagtekening == null ? null : dagtekening.toLocalDate(),
                rs.getString("kanaal"), rs.getString("status"), rs.getString("dlq_reden"), lijst(rs.getString("retourcodes")),
                lijst(rs.getString("signalen")), rs.getString("heenbericht_id"), rs.getBytes("payload") != null,
                ontvangenOp, statussen, sleutels);
    }

    private static List<String> lijst(String kommagescheiden) {
        return kommagescheiden == null || kommagescheiden.isEmpty() ? List.of() : Arrays.asList(kommagescheiden.split(","));
    }
}
