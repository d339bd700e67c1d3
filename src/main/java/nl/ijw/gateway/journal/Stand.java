package nl.ijw.gateway.journal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.rules.Geschiedenis;
import nl.ijw.gateway.rules.Geschiedenis.Inhoud;
import nl.ijw.gateway.rules.Geschiedenis.Omvang;
import nl.ijw.gateway.rules.Leveringen;
import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Uitkomst;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;

/**
 * The state the rules that span messages read, kept in the journal's database: allocations (JW301),
 * starts and stops (JW305, JW307), requests (JW315, JW317), answers (JW319) and used Identificaties.
 * Only what the gateway accepted and passed on, or answered itself, enters it; a heenbericht its
 * receiver rejects in its own retour leaves it again. It changes in the transaction that journals
 * the message, so it never disagrees with the journal or the queues.
 */
public final class Stand implements Geschiedenis {

    private static final String RETOUR_GEACCEPTEERD = "0200";

    private final JdbcTemplate jdbc;
    private final BsnHasher bsnHasher;
    private final Optional<LocalDate> ingesteldVolledigSinds;
    private final ZoneId zone;
    private volatile LocalDate journaalBegin;

    /**
     * @param volledigSinds the day from which the gateway saw all traffic, when the operator knows it
     *                      (e.g. the day it replaced another route); otherwise the journal's first day
     */
    public Stand(JdbcTemplate jdbc, BsnHasher bsnHasher, Optional<LocalDate> volledigSinds, ZoneId zone) {
        this.jdbc = jdbc;
        this.bsnHasher = bsnHasher;
        this.ingesteldVolledigSinds = volledigSinds;
        this.zone = zone;
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie) {
        return houder(afzender, type, identificatie).isPresent();
    }

    /**
     * The message that holds this Identificatie of the sender and type under TR056. For a retour a
     * party wrote, that is the heenbericht it answers: the only one with it that can have been forwarded.
     */
    public Optional<String> houder(String afzender, BerichtType type, String identificatie) {
        return jdbc.queryForList("""
                SELECT bericht_id FROM berichtidentificatie WHERE afzender = ? AND berichttype = ? AND identificatie = ?""",
                String.class, afzender, type.name(), identificatie).stream().findFirst();
    }

    @Override
    public Optional<List<Toewijzing>> toewijzingen(String aanbieder, String bsn) {
        List<Toewijzing> versies = toewijzingen("t.aanbieder = ? AND t.bsn_hash = ?", aanbieder, clientSleutel(bsn));
        return versies.isEmpty() ? Optional.empty() : Optional.of(versies);
    }

    @Override
    public List<Toewijzing> toewijzingenMetNummer(String gemeente, String nummer) {
        return toewijzingen("t.gemeente = ? AND t.toewijzingnummer = ?", gemeente, nummer);
    }

    @Override
    public List<Toewijzing> toewijzingenMetReferentie(String aanbieder, String referentie) {
        return toewijzingen("t.aanbieder = ? AND t.referentie_aanbieder = ?", aanbieder, referentie);
    }

    private List<Toewijzing> toewijzingen(String waar, Object... waarden) {
        return jdbc.query("""
                SELECT t.gemeente, t.aanbieder, t.bsn_hash, t.toewijzingnummer, t.referentie_aanbieder, t.ingangsdatum,
                       t.einddatum, t.reden_wijziging, t.toewijzingsmoment, t.inhoud_bekend, t.product_categorie,
                       t.product_code, t.omvang_volume, t.omvang_eenheid, t.omvang_frequentie, t.budget
                FROM toewijzing t
                WHERE %s ORDER BY t.ontvangen_op, t.bericht_id""".formatted(waar),
                (rs, n) -> new Toewijzing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        datum(rs, 6), datum(rs, 7), rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toLocalDateTime(), inhoud(rs)), waarden);
    }

    private static Optional<Inhoud> inhoud(ResultSet rs) throws SQLException {
        if (!rs.getBoolean(10)) {
            return Optional.empty();
        }
        String volume = rs.getString(13);
        Optional<Omvang> omvang = volume == null ? Optional.empty() : Optional.of(new Omvang(volume, rs.getString(14), rs.getString(15)));
        return Optional.of(new Inhoud(Optional.ofNullable(rs.getString(11)), Optional.ofNullable(rs.getString(12)), omvang,
                Optional.ofNullable(rs.getString(16))));
    }

    @Override
    public List<Levering> leveringen(String aanbieder, String bsn) {
        return jdbc.query("""
                SELECT l.soort, l.gemeente, l.sleutel, l.begindatum, l.einddatum, l.reden_beeindiging, l.status_aanlevering
                FROM levering l
                WHERE l.aanbieder = ? AND l.bsn_hash = ? ORDER BY l.ontvangen_op, l.bericht_id, l.volgnummer""",
                (rs, n) -> new Levering(BerichtType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), datum(rs, 4),
                        datum(rs, 5), rs.getString(6), rs.getString(7)), aanbieder, clientSleutel(bsn));
    }

    @Override
    public List<Verzoek> verzoeken(String aanbieder, String bsn) {
        return verzoeken("v.aanbieder = ? AND v.bsn_hash = ?", aanbieder, clientSleutel(bsn));
    }

    @Override
    public List<Verzoek> verzoekenMetReferentie(String aanbieder, String referentie) {
        return verzoeken("v.aanbieder = ? AND v.referentie_aanbieder = ?", aanbieder, referentie);
    }

    /** A request is pending until a rejection (VerzoekAntwoord 1) or an allocation with its reference. */
    private List<Verzoek> verzoeken(String waar, Object... waarden) {
        return jdbc.query("""
                SELECT v.berichttype, v.gemeente, v.bsn_hash, v.referentie_aanbieder,
                       NOT EXISTS (SELECT 1 FROM antwoord a WHERE a.aanbieder = v.aanbieder
                                      AND a.referentie_aanbieder = v.referentie_aanbieder AND a.verzoek_antwoord = '1')
                   AND NOT EXISTS (SELECT 1 FROM toewijzing t WHERE t.aanbieder = v.aanbieder
                                      AND t.referentie_aanbieder = v.referentie_aanbieder)
                FROM verzoek v WHERE %s""".formatted(waar),
                (rs, n) -> new Verzoek(BerichtType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)), waarden);
    }

    @Override
    public List<Antwoord> antwoorden(String aanbieder, String referentie) {
        return jdbc.query("""
                SELECT a.gemeente, a.referentie_aanbieder, a.verzoek_antwoord
                FROM antwoord a
                WHERE a.aanbieder = ? AND a.referentie_aanbieder = ? ORDER BY a.ontvangen_op, a.bericht_id""",
                (rs, n) -> new Antwoord(rs.getString(1), rs.getString(2), rs.getString(3)), aanbieder, referentie);
    }

    @Override
    public String clientSleutel(String bsn) {
        return bsnHasher.hash(bsn);
    }

    @Override
    public Optional<LocalDate> volledigSinds() {
        if (ingesteldVolledigSinds.isPresent()) {
            return ingesteldVolledigSinds;
        }
        if (journaalBegin == null) {
            // Fixed once known: the journal's first message does not change.
            Timestamp eerste = jdbc.queryForObject("SELECT MIN(ontvangen_op) FROM bericht", Timestamp.class);
            journaalBegin = eerste == null ? null : LocalDate.ofInstant(eerste.toInstant(), zone);
        }
        return Optional.ofNullable(journaalBegin);
    }

    /**
     * Lochem 002-12: the current allocations of this municipality that took effect before
     * {@code ingangVoor} and after the day from which the gateway saw all traffic (so that no start
     * can have passed it by), that have no start, and that were not signalled under this code yet.
     */
    public List<Onbegonnen> zonderStart(String gemeente, LocalDate ingangVoor, String code) {
        Optional<LocalDate> sinds = volledigSinds();
        if (sinds.isEmpty()) {
            return List.of();
        }
        List<Onbegonnen> gevonden = jdbc.query("""
                SELECT t.bericht_id, t.toewijzingnummer FROM toewijzing t
                WHERE t.gemeente = ? AND t.ingangsdatum < ? AND t.ingangsdatum > ?
                  AND (t.reden_wijziging IS NULL OR t.reden_wijziging <> '13')
                  AND NOT EXISTS (SELECT 1 FROM toewijzing n WHERE n.gemeente = t.gemeente
                                     AND n.toewijzingnummer = t.toewijzingnummer AND n.toewijzingsmoment > t.toewijzingsmoment)
                  AND NOT EXISTS (SELECT 1 FROM levering l WHERE l.soort = 'JW305' AND l.gemeente = t.gemeente
                                     AND l.aanbieder = t.aanbieder AND l.bsn_hash = t.bsn_hash AND l.sleutel = t.toewijzingnummer)
                  AND NOT EXISTS (SELECT 1 FROM signalering s WHERE s.gemeente = t.gemeente
                                     AND s.toewijzingnummer = t.toewijzingnummer AND s.code = ?)
                ORDER BY t.ontvangen_op DESC""", (rs, n) -> new Onbegonnen(rs.getString(1), rs.getString(2)),
                gemeente, Date.valueOf(ingangVoor), Date.valueOf(sinds.get()), code);
        // A JW301 sent again repeats the version: one signal per allocation, on its latest message.
        java.util.Map<String, Onbegonnen> perNummer = new java.util.LinkedHashMap<>();
        gevonden.forEach(o -> perNummer.putIfAbsent(o.nummer(), o));
        return List.copyOf(perNummer.values());
    }

    /** An allocation without a start, and the JW301 that carried its current version. */
    public record Onbegonnen(String berichtId, String nummer) {
    }

    /** Records that this allocation was signalled under this policy; false when it already was. */
    public boolean meld(String gemeente, Onbegonnen toewijzing, String code, String soort, java.time.Instant tijdstip) {
        return jdbc.update("""
                INSERT INTO signalering (gemeente, toewijzingnummer, code, soort, bericht_id, gemeld_op)
                SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM signalering
                                                          WHERE gemeente = ? AND toewijzingnummer = ? AND code = ?)""",
                gemeente, toewijzing.nummer(), code, soort, toewijzing.berichtId(), Timestamp.from(tijdstip),
                gemeente, toewijzing.nummer(), code) == 1;
    }

    /** How many allocations were signalled by policies of this kind. */
    public int aantalGemeld(String soort) {
        Integer aantal = jdbc.queryForObject("SELECT COUNT(*) FROM signalering WHERE soort = ?", Integer.class, soort);
        return aantal == null ? 0 : aantal;
    }

    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    // ---- changing ------------------------------------------------------------------------------

    /**
     * What a processed message changes in the state, to be written in the transaction that journals it.
     *
     * @param antwoorden     the journal rows of the answers the gateway wrote for it, in order
     * @param heenberichtId  for a retour a party wrote: the journaled heenbericht it answers
     */
    public StandWijziging wijziging(Beoordeling b, List<JournaalRegel> antwoorden, Optional<String> heenberichtId) {
        List<StandWijziging> stappen = new ArrayList<>();
        Header h = b.header();
        String id = b.berichtId();
        if (b.type() == null || b.bericht() == null) {
            return StandWijziging.GEEN;
        }
        if (b.uitkomst() == Uitkomst.GEACCEPTEERD) {
            // The first accepted message with an Identificatie holds it. Two copies judged at the same
            // moment both pass TR056; the key fails the second, and its redelivery then meets TR056.
            stappen.add(bundel -> bundel.voegIn(
                    "INSERT INTO berichtidentificatie (afzender, berichttype, identificatie, bericht_id) VALUES (?, ?, ?, ?)",
                    h.afzender(), b.type().name(), h.identificatie(), id));
        } else if (b.uitkomst() == Uitkomst.AFGEKEURD && !b.vervalst() && Header.isPartijcode(h.afzender()) && h.identificatie() != null
                && h.identificatie().length() <= 12) {
            // A rejected message uses its Identificatie up as well, once. A dead letter does not: it was
            // never answered, and once re-driven it is judged with that same Identificatie. Nor does a
            // message with a forged Afzender: it would use up the real Afzender's Identificaties.
            stappen.add(bundel -> bundel.direct().update("""
                    INSERT INTO berichtidentificatie (afzender, berichttype, identificatie, bericht_id)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM berichtidentificatie
                                                        WHERE afzender = ? AND berichttype = ? AND identificatie = ?)""",
                    h.afzender(), b.type().name(), h.identificatie(), id, h.afzender(), b.type().name(), h.identificatie()));
        }
        if (b.uitkomst() != Uitkomst.GEACCEPTEERD) {
            return StandWijziging.van(stappen);
        }
        Bericht bericht = b.bericht();
        String client = bericht.bsn().map(this::clientSleutel).orElse(null);
        Timestamp ontvangen = Timestamp.from(b.ontvangst().ontvangen());
        if (b.doorsturen()) {
            switch (b.type()) {
                case JW301 -> stappen.add(toewijzingen(id, ontvangen, h, client, bericht));
                case JW305, JW307 -> stappen.add(leveringen(id, ontvangen, h, client, bericht));
                case JW319 -> stappen.add(antwoord(id, ontvangen, h.afzender(), h.ontvanger(), Bericht.tekst(bericht.root(), "Antwoord",
                        "ReferentieAanbieder").orElseThrow(), Bericht.tekst(bericht.root(), "Antwoord", "VerzoekAntwoord").orElseThrow()));
                default -> { }
            }
        }
        if (b.type() == BerichtType.JW315 || b.type() == BerichtType.JW317) {
            // Passed on or answered by the gateway itself: either way the request was made.
            for (String referentie : referenties(bericht)) {
                stappen.add(bundel -> bundel.voegIn("""
                        INSERT INTO verzoek (bericht_id, referentie_aanbieder, berichttype, gemeente, aanbieder, bsn_hash)
                        VALUES (?, ?, ?, ?, ?, ?)""", id, referentie, b.type().name(), h.ontvanger(), h.afzender(), client));
            }
        }
        for (int i = 0; i < b.antwoorden().size(); i++) {
            var antwoord = b.antwoorden().get(i);
            JournaalRegel geschreven = antwoorden.get(i);
            stappen.add(antwoord(geschreven.id(), Timestamp.from(geschreven.ontvangenOp()), h.ontvanger(), h.afzender(),
                    antwoord.referentieAanbieder(), antwoord.verzoekAntwoord()));
        }
        if (heenberichtId.isPresent() && afgekeurd(bericht)) {
            // The receiver rejected the heenbericht in its own retour: what it stated does not hold.
            String heen = heenberichtId.get();
            stappen.add(bundel -> {
                for (String tabel : List.of("toewijzing", "levering", "verzoek", "antwoord")) {
                    bundel.direct().update("DELETE FROM " + tabel + " WHERE bericht_id = ?", heen);
                }
            });
        }
        return StandWijziging.van(stappen);
    }

    private StandWijziging toewijzingen(String id, Timestamp ontvangen, Header h, String client, Bericht bericht) {
        List<Object[]> rijen = new ArrayList<>();
        for (Element p : bericht.alle("ToegewezenProduct")) {
            Inhoud inhoud = Inhoud.van(p);
            Optional<Omvang> omvang = inhoud.omvang();
            rijen.add(new Object[] {id, ontvangen, h.afzender(), h.ontvanger(), client, Bericht.tekst(p, "ToewijzingNummer").orElseThrow(),
                    Bericht.tekst(p, "ReferentieAanbieder").orElse(null), sqlDatum(Bericht.datum(p, "Ingangsdatum")),
                    sqlDatum(Bericht.datum(p, "Einddatum")), Bericht.tekst(p, "RedenWijziging").orElse(null),
                    toewijzingsmoment(p), true, inhoud.categorie().orElse(null), inhoud.code().orElse(null),
                    omvang.map(Omvang::volume).orElse(null), omvang.map(Omvang::eenheid).orElse(null),
                    omvang.map(Omvang::frequentie).orElse(null), inhoud.budget().orElse(null)});
        }
        return bundel -> bundel.voegIn("""
                INSERT INTO toewijzing (bericht_id, ontvangen_op, gemeente, aanbieder, bsn_hash, toewijzingnummer,
                    referentie_aanbieder, ingangsdatum, einddatum, reden_wijziging, toewijzingsmoment, inhoud_bekend,
                    product_categorie, product_code, omvang_volume, omvang_eenheid, omvang_frequentie, budget)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rijen);
    }

    private static StandWijziging leveringen(String id, Timestamp ontvangen, Header h, String client, Bericht bericht) {
        List<Object[]> rijen = new ArrayList<>();
        int volgnummer = 0;
        for (Leveringen.Aanlevering a : Leveringen.lees(bericht)) {
            Levering l = a.levering();
            rijen.add(new Object[] {id, ++volgnummer, ontvangen, l.soort().name(), h.ontvanger(), h.afzender(), client, l.sleutel(),
                    Date.valueOf(l.begindatum()), l.einddatum() == null ? null : Date.valueOf(l.einddatum()),
                    l.redenBeeindiging(), l.statusAanlevering()});
        }
        return bundel -> bundel.voegIn("""
                INSERT INTO levering (bericht_id, volgnummer, ontvangen_op, soort, gemeente, aanbieder, bsn_hash, sleutel,
                    begindatum, einddatum, reden_beeindiging, status_aanlevering)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rijen);
    }

    private static StandWijziging antwoord(String id, Timestamp ontvangen, String gemeente, String aanbieder, String referentie,
                                           String verzoekAntwoord) {
        return bundel -> bundel.voegIn("""
                INSERT INTO antwoord (bericht_id, ontvangen_op, gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord)
                VALUES (?, ?, ?, ?, ?, ?)""", id, ontvangen, gemeente, aanbieder, referentie, verzoekAntwoord);
    }

    /** JW317 has one ReferentieAanbieder (Verzoek); JW315 one per AangevraagdProduct. */
    private static Set<String> referenties(Bericht verzoek) {
        Set<String> referenties = new LinkedHashSet<>();
        verzoek.alle("ReferentieAanbieder").forEach(e -> referenties.add(e.getTextContent().trim()));
        return referenties;
    }

    /** A retour rejects when it holds any retourcode other than 0200 (OP065: only rejected clients are in it). */
    private static boolean afgekeurd(Bericht retour) {
        return retour.alle("RetourCode").stream().anyMatch(e -> !RETOUR_GEACCEPTEERD.equals(e.getTextContent().trim()));
    }

    private static Date sqlDatum(Optional<LocalDate> datum) {
        return datum.map(Date::valueOf).orElse(null);
    }

    private static Timestamp toewijzingsmoment(Element product) {
        Optional<LocalDate> datum = Bericht.datum(product, "Toewijzingsdatum");
        if (datum.isEmpty()) {
            return null;
        }
        LocalTime tijd;
        try {
            tijd = Bericht.tekst(product, "Toewijzingstijd").map(LocalTime::parse).orElse(LocalTime.MIDNIGHT);
        } catch (DateTimeParseException e) {
            tijd = LocalTime.MIDNIGHT;
        }
        return Timestamp.valueOf(LocalDateTime.of(datum.get(), tijd));
    }
}
