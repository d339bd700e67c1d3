package nl.ijw.gateway.deadletter;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ijw.gateway.intake.JmsIntake;
import nl.ijw.gateway.intake.TrackingId;
import nl.ijw.gateway.intake.Verwerkingsfouten;
import nl.ijw.gateway.journal.Journaal;
import nl.ijw.gateway.operations.BrokerVerbinding;
import nl.ijw.gateway.journal.JournaalBericht;
import nl.ijw.gateway.routing.Routering;
import nl.ijw.gateway.routing.Uitgaand;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * The dead-letter queue as operators work with it: read it, look into one dead letter, offer one again
 * or remove it. Taking a dead letter off the queue and sending what replaces it happen in one JMS
 * transaction: a re-drive either happened completely or not at all, and two operators (or a double
 * click) can never re-drive the same dead letter twice.
 */
public final class DodeLetters implements AutoCloseable {

    /** Status in the journal of a dead letter that was offered to the intake again. */
    public static final String OPNIEUW_AANGEBODEN = "OPNIEUW_AANGEBODEN";
    /** Status in the journal of a dead letter whose outcome had been journaled: what it sent went out again. */
    public static final String OPNIEUW_VERSTUURD = "OPNIEUW_VERSTUURD";
    /** Status in the journal of a dead letter an operator removed. */
    public static final String VERWIJDERD = "UIT_DLQ_VERWIJDERD";
    /** On a re-driven message: the tracking id of the dead letter it replaces. */
    public static final String OPNIEUW_VAN = "ijw_opnieuw_van";

    private static final Logger LOG = LoggerFactory.getLogger(DodeLetters.class);
    private static final String JMS_PREFIX = "ID:";
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    /** A dead letter is taken off the queue within this time, or it is not there (any more). */
    private static final long ONTVANG_MS = 2_000;
    /** What the gateway itself put on a dead letter or on the messages it wrote; not sent on again. */
    private static final Set<String> EIGEN = Set.of("ijw_dlq_reden", "ijw_dlq_melding", "ijw_bericht_id",
            "ijw_berichttype", "ijw_afzender", "ijw_ontvanger", "ijw_identificatie", "ijw_signalen", OPNIEUW_VAN);
    /** First statuses of a message whose outcome the journal holds, with what it sent. */
    private static final Set<String> VERWERKT = Set.of("DOORGESTUURD", "BEANTWOORD", "AFGEKEURD", Journaal.WACHT_OP_RETOUR);

    /** Made for this class alone (see the constructor) when the broker is Artemis; closed with it. */
    private final jakarta.jms.ConnectionFactory lezen;
    private final JmsTemplate jms;
    private final Journaal journaal;
    private final int maxTeLezen;
    private final Clock klok;

    /**
     * @param journaal   null with the journal off: then nothing is journaled, and every dead letter from
     *                   the intake is offered to it again
     * @param maxTeLezen the most dead letters read for one list or one bulk re-drive
     */
    public DodeLetters(jakarta.jms.ConnectionFactory verbindingen, Journaal journaal, int maxTeLezen, Clock klok) {
        // A session of its own per call, not one shared with the routes' cached sessions, and no
        // consumer window: a browse then shows the whole queue (see BrokerVerbinding).
        this.lezen = BrokerVerbinding.zonderVenster(verbindingen);
        this.jms = new JmsTemplate(lezen);
        this.jms.setSessionTransacted(true);
        this.journaal = journaal;
        this.maxTeLezen = maxTeLezen;
        this.klok = klok;
    }

    /** One page of the list, and how many match in all. */
    public record Overzicht(List<DodeLetter> dodeLetters, int totaal, boolean afgekapt) {
    }

    /** One dead letter in full: its properties, its payload and what the journal knows of its message. */
    public record Details(DodeLetter dodeLetter, Map<String, Object> eigenschappen, byte[] inhoud,
                          Optional<JournaalBericht> journaal) {
    }

    /** What a re-drive did. */
    public enum Soort {
        /** Put on ijw.in again as a new message, which is validated and routed like any other. */
        OPNIEUW_AANGEBODEN,
        /**
         * Its outcome had been journaled (it failed after that): what the journal holds as sent was sent
         * again under its original duplicate ids, so the broker drops whatever had arrived.
         */
        OPNIEUW_VERSTUURD,
        /** Moved by the broker from an outbox: put back on that outbox. */
        TERUG_NAAR_OUTBOX
    }

    /** @param alAfgeleverd for OPNIEUW_VERSTUURD: how many of the messages sent again the broker dropped as arrived before */
    public record Heraanbieding(String id, String berichtId, Soort soort, String bestemming, String nieuwBerichtId,
                                int alAfgeleverd) {
    }

    /** Closes the Artemis factory made for reading the queue (a copy: the routes' own stays open). */
    @Override
    public void close() {
        if (lezen instanceof ActiveMQConnectionFactory kopie) {
            kopie.close();
        }
    }

    public Overzicht lijst(DlqFilter filter, int pagina, int grootte) {
        Gelezen gelezen = lees(filter);
        List<DodeLetter> alle = gelezen.dodeLetters();
        // Newest first, as an operator looks for what just went wrong.
        List<DodeLetter> gesorteerd = new ArrayList<>(alle);
        gesorteerd.sort((a, b) -> b.tijdstip().compareTo(a.tijdstip()));
        int van = Math.min(gesorteerd.size(), pagina * grootte);
        return new Overzicht(gesorteerd.subList(van, Math.min(gesorteerd.size(), van + grootte)), gesorteerd.size(),
                gelezen.afgekapt());
    }

    /** Every dead letter matching the filter (up to the read limit), oldest first. */
    public Gelezen alle(DlqFilter filter) {
        return lees(filter);
    }

    public record Gelezen(List<DodeLetter> dodeLetters, boolean afgekapt) {
    }

    public Optional<Details> details(String id) {
        if (!geldig(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(jms.browseSelected(Routering.DLQ, selector(id), (session, browser) -> {
            Enumeration<?> berichten = browser.getEnumeration();
            if (!berichten.hasMoreElements()) {
                return null;
            }
            Message m = (Message) berichten.nextElement();
            DodeLetter d = samenvatting(m);
            return new Details(d, eigenschappen(m), inhoud(m),
                    journaal == null ? Optional.empty() : journaal.vind(d.berichtId()));
        }));
    }

    /** Re-drives one dead letter; empty when it is not (or no longer) on the queue. */
    public Optional<Heraanbieding> heraanbied(String id, String door) {
        Optional<Details> gelezen = details(id);
        if (gelezen.isEmpty()) {
            return Optional.empty();
        }
        DodeLetter d = gelezen.get().dodeLetter();
        List<Uitgaand> verstuurd = d.herkomst().startsWith(Routering.OUTBOX_PREFIX) ? List.of()
                : verstuurdVolgensJournaal(gelezen.get());
        Heraanbieding gedaan = verstuurd.isEmpty() ? inTransactie(session -> neemEnVervang(session, id))
                : verstuurOpnieuw(d, verstuurd);
        if (gedaan == null) {
            return Optional.empty();
        }
        String toelichting = switch (gedaan.soort()) {
            case OPNIEUW_AANGEBODEN -> "door " + door + " opnieuw aangeboden als " + gedaan.nieuwBerichtId();
            case OPNIEUW_VERSTUURD -> "door " + door + " opnieuw verstuurd zoals vastgelegd; " + gedaan.alAfgeleverd()
                    + " van " + verstuurd.size() + " waren al afgeleverd";
            case TERUG_NAAR_OUTBOX -> "door " + door + " teruggezet op " + gedaan.bestemming();
        };
        journaliseer(gedaan.berichtId(), gedaan.soort() == Soort.OPNIEUW_VERSTUURD ? OPNIEUW_VERSTUURD : OPNIEUW_AANGEBODEN,
                toelichting);
        LOG.info("dead letter {} (bericht {}) {} door {}", id, gedaan.berichtId(), gedaan.soort(), door);
        return Optional.of(gedaan);
    }

    /** Removes one dead letter for good; false when it is not (or no longer) on the queue. */
    public boolean verwijder(String id, String door) {
        if (!geldig(id)) {
            return false;
        }
        DodeLetter weg = neem(id);
        if (weg == null) {
            return false;
        }
        journaliseer(weg.berichtId(), VERWIJDERD, "door " + door + " uit de dead-letter queue verwijderd");
        LOG.info("dead letter {} (bericht {}) verwijderd door {}", id, weg.berichtId(), door);
        return true;
    }

    /** Takes the dead letter off the queue; null when it is not there. */
    private DodeLetter neem(String id) {
        return inTransactie(session -> {
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(Routering.DLQ), selector(id))) {
                Message m = consumer.receive(ONTVANG_MS);
                return m == null ? null : samenvatting(m);
            }
        });
    }

    /** Runs the work in a JMS transaction of its own and commits it; an exception rolls it back. */
    private <T> T inTransactie(org.springframework.jms.core.SessionCallback<T> werk) {
        return jms.execute(session -> {
            T uitkomst = werk.doInJms(session);
            session.commit();
            return uitkomst;
        }, true);
    }

    private Heraanbieding neemEnVervang(Session session, String id) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(Routering.DLQ), selector(id))) {
            Message m = consumer.receive(ONTVANG_MS);
            if (m == null) {
                return null;
            }
            DodeLetter d = samenvatting(m);
            if (d.herkomst().startsWith(Routering.OUTBOX_PREFIX)) {
                Map<String, Object> eigenschappen = eigenschappen(m);
                eigenschappen.put(Routering.DUPLICAAT_ID, "opnieuw:" + id);
                stuur(session, d.herkomst(), inhoud(m), eigenschappen);
                return new Heraanbieding(id, d.berichtId(), Soort.TERUG_NAAR_OUTBOX, d.herkomst(), null, 0);
            }
            Map<String, Object> eigenschappen = new LinkedHashMap<>();
            eigenschappen(m).forEach((naam, waarde) -> {
                if (!EIGEN.contains(naam)) {
                    eigenschappen.put(naam, waarde);
                }
            });
            eigenschappen.put(OPNIEUW_VAN, d.berichtId());
            eigenschappen.put(Routering.DUPLICAAT_ID, "opnieuw:" + id);
            Message nieuw = stuur(session, "ijw.in", inhoud(m), eigenschappen);
            return new Heraanbieding(id, d.berichtId(), Soort.OPNIEUW_AANGEBODEN, "ijw.in",
                    TrackingId.van(nieuw.getJMSMessageID()), 0);
        }
    }

    /**
     * What the journal holds as sent for a message whose outcome it recorded: that message failed only
     * after its outcome was committed, so it is sent again as it was, not judged anew (it would now
     * meet its own Identificatie, TR056).
     */
    private List<Uitgaand> verstuurdVolgensJournaal(Details gelezen) {
        boolean verwerkt = gelezen.journaal().map(b -> VERWERKT.contains(b.statussen().get(0).status())).orElse(false);
        return verwerkt ? journaal.verzonden(gelezen.dodeLetter().berichtId(), gelezen.inhoud()).stream()
                .filter(u -> !Routering.DLQ.equals(u.bestemming())).toList() : List.of();
    }

    /**
     * Each message in a transaction of its own: the broker refuses a whole transaction that holds a
     * duplicate, and here the duplicates are expected (what did arrive). The dead letter goes last; a
     * stop before that leaves it on the queue, and a second re-drive sends nothing twice either.
     */
    private Heraanbieding verstuurOpnieuw(DodeLetter d, List<Uitgaand> verstuurd) {
        int alAfgeleverd = 0;
        for (Uitgaand u : verstuurd) {
            try {
                inTransactie(session -> stuur(session, u.bestemming(), u.inhoud(), u.eigenschappen()));
            } catch (org.springframework.jms.JmsException e) {
                if (!Verwerkingsfouten.doorBrokerAlsDuplicaatGeweigerd(e)) {
                    throw e;
                }
                alAfgeleverd++;
            }
        }
        neem(d.id());
        return new Heraanbieding(d.id(), d.berichtId(), Soort.OPNIEUW_VERSTUURD, null, null, alAfgeleverd);
    }

    private static Message stuur(Session session, String bestemming, byte[] inhoud, Map<String, Object> eigenschappen)
            throws JMSException {
        BytesMessage bericht = session.createBytesMessage();
        bericht.writeBytes(inhoud);
        for (Map.Entry<String, Object> e : eigenschappen.entrySet()) {
            bericht.setObjectProperty(e.getKey(), e.getValue());
        }
        try (MessageProducer producer = session.createProducer(session.createQueue(bestemming))) {
            producer.send(bericht);
        }
        return bericht;
    }

    private void journaliseer(String berichtId, String status, String toelichting) {
        if (journaal == null || berichtId == null) {
            return;
        }
        try {
            if (journaal.bekend(berichtId)) {
                journaal.voegStatusToe(berichtId, status, toelichting, klok.instant());
            }
        } catch (RuntimeException e) {
            // The queue already changed; the operator's action stands, only its journal line is missing.
            LOG.warn("status {} van bericht {} niet vastgelegd: {}", status, berichtId, e.toString());
        }
    }

    private Gelezen lees(DlqFilter filter) {
        return jms.browse(Routering.DLQ, (session, browser) -> {
            List<DodeLetter> gevonden = new ArrayList<>();
            Enumeration<?> berichten = browser.getEnumeration();
            int gelezen = 0;
            while (berichten.hasMoreElements()) {
                if (gelezen++ == maxTeLezen) {
                    return new Gelezen(gevonden, true);
                }
                DodeLetter d = samenvatting((Message) berichten.nextElement());
                if (filter.past(d)) {
                    gevonden.add(d);
                }
            }
            return new Gelezen(gevonden, false);
        });
    }

    private static DodeLetter samenvatting(Message m) throws JMSException {
        String id = m.getJMSMessageID().startsWith(JMS_PREFIX) ? m.getJMSMessageID().substring(JMS_PREFIX.length())
                : m.getJMSMessageID();
        String berichtId = tekst(m, "ijw_bericht_id");
        if (berichtId == null) {
            // Moved by the broker: the JMS id is still the one the gateway derived the tracking id from.
            berichtId = TrackingId.van(m.getJMSMessageID());
        }
        String herkomst = tekst(m, "_AMQ_ORIG_ADDRESS");
        DlqReden reden;
        String melding;
        if (tekst(m, "ijw_dlq_reden") != null) {
            reden = DlqReden.valueOf(tekst(m, "ijw_dlq_reden"));
            melding = tekst(m, "ijw_dlq_melding");
        } else if (m.propertyExists("_AMQ_ACTUAL_EXPIRY")) {
            reden = DlqReden.VERLOPEN;
            melding = "De broker heeft het bericht van " + herkomst + " verplaatst: de levensduur was verstreken.";
        } else {
            reden = DlqReden.MAX_AFLEVERPOGINGEN;
            melding = "De broker heeft het bericht van " + herkomst + " verplaatst: de ontvanger nam het ook na "
                    + "het maximum aantal afleverpogingen niet af.";
        }
        return new DodeLetter(id, berichtId, reden.name(), melding, tekst(m, "ijw_berichttype"), tekst(m, "ijw_afzender"),
                tekst(m, "ijw_ontvanger"), tekst(m, "ijw_identificatie"), herkomst == null ? "ijw.in" : herkomst,
                Instant.ofEpochMilli(m.getJMSTimestamp()), grootte(m));
    }

    private static String tekst(Message m, String naam) throws JMSException {
        return m.propertyExists(naam) ? String.valueOf(m.getObjectProperty(naam)) : null;
    }

    private static long grootte(Message m) throws JMSException {
        if (m instanceof BytesMessage b) {
            return b.getBodyLength();
        }
        return m instanceof TextMessage t && t.getText() != null ? t.getText().getBytes(StandardCharsets.UTF_8).length : 0;
    }

    /** The properties a client set, the channel among them; not the broker's own. */
    private static Map<String, Object> eigenschappen(Message m) throws JMSException {
        Map<String, Object> eigenschappen = JmsIntake.eigenschappen(m);
        if (!eigenschappen.containsKey(JmsIntake.KANAAL) && tekst(m, "ijw_dlq_reden") != null) {
            eigenschappen.put(JmsIntake.KANAAL, "jms");
        }
        return eigenschappen;
    }

    private static byte[] inhoud(Message m) throws JMSException {
        return JmsIntake.leesInhoud(m);
    }

    /** Ids are UUIDs: anything else cannot name a dead letter, and never reaches a selector. */
    private static boolean geldig(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static String selector(String id) {
        return "JMSMessageID = '" + JMS_PREFIX + id + "'";
    }
}
