package nl.ijw.gateway.referentie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The lists from external sources the rules read (TR378 municipality codes, TR381 product codes),
 * replaceable without a rebuild: each is a file at a configured location (classpath: or file:),
 * read again when its content changes. A changed list that cannot be read is refused and the lists
 * in use stay, so a bad edit never stops validation.
 */
public final class Referentielijsten {

    private static final Logger LOG = LoggerFactory.getLogger(Referentielijsten.class);

    public static final String GEMEENTECODES = "classpath:referentie/gemeentecodes-cbs.tsv";
    public static final String PRODUCTCODES = "classpath:referentie/productcodes-jeugdwet.tsv";

    private static volatile Referentielijsten ingebouwd;

    /** The lists in use, with a fingerprint of the bytes they were read from. */
    private record Inhoud(Gemeentecodes gemeentecodes, Productcodes productcodes, byte[] vingerafdruk) {
    }

    private final String gemeentecodesLocatie;
    private final List<String> productcodesLocaties;
    private final ResourceLoader bronnen;
    private volatile Inhoud inhoud;

    public Referentielijsten(String gemeentecodesLocatie, List<String> productcodesLocaties, ResourceLoader bronnen) throws IOException {
        this.gemeentecodesLocatie = gemeentecodesLocatie;
        this.productcodesLocaties = List.copyOf(productcodesLocaties);
        this.bronnen = bronnen;
        this.inhoud = verwerk(lees());
        LOG.info("Referentielijsten: {}", beschrijving(inhoud));
    }

    /** The lists shipped with the gateway: for tests and for validation without configuration. */
    public static Referentielijsten ingebouwd() {
        if (ingebouwd == null) {
            synchronized (Referentielijsten.class) {
                if (ingebouwd == null) {
                    try {
                        ingebouwd = new Referentielijsten(GEMEENTECODES, List.of(PRODUCTCODES), new DefaultResourceLoader());
                    } catch (IOException e) {
                        throw new IllegalStateException("De ingebouwde referentielijsten zijn onleesbaar", e);
                    }
                }
            }
        }
        return ingebouwd;
    }

    public Gemeentecodes gemeentecodes() {
        return inhoud.gemeentecodes();
    }

    public Productcodes productcodes() {
        return inhoud.productcodes();
    }

    /**
     * Reads the lists again when a file changed. Returns what was wrong with a changed list that was
     * refused (the lists in use then stay), empty otherwise.
     */
    public synchronized List<String> herlaad() {
        try {
            // Read every check, parsed only when the bytes changed.
            Bestanden bestanden = lees();
            if (!Arrays.equals(bestanden.vingerafdruk(), inhoud.vingerafdruk())) {
                inhoud = verwerk(bestanden);
                LOG.info("Referentielijsten gewijzigd: {}", beschrijving(inhoud));
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }

    /** For the timer: reloads and logs what was refused. */
    public void herlaadAlsGewijzigd() {
        herlaad().forEach(fout -> LOG.warn("Referentielijst geweigerd, de vorige blijft in gebruik: {}", fout));
    }

    /** The files as read, in order: the municipality codes first, then each product code list. */
    private record Bestanden(List<String> locaties, List<byte[]> inhoud, byte[] vingerafdruk) {
    }

    private Bestanden lees() throws IOException {
        List<String> locaties = new ArrayList<>();
        locaties.add(gemeentecodesLocatie);
        locaties.addAll(productcodesLocaties);
        MessageDigest vingerafdruk = sha256();
        List<byte[]> inhoud = new ArrayList<>();
        for (String locatie : locaties) {
            Resource bron = bronnen.getResource(locatie.trim());
            if (!bron.exists()) {
                throw new IOException("Referentielijst " + locatie + " niet gevonden");
            }
            try (InputStream in = bron.getInputStream()) {
                inhoud.add(in.readAllBytes());
            }
            vingerafdruk.update(inhoud.get(inhoud.size() - 1));
        }
        return new Bestanden(locaties, inhoud, vingerafdruk.digest());
    }

    private static Inhoud verwerk(Bestanden b) throws IOException {
        List<Referentielijst> lijsten = new ArrayList<>();
        for (int i = 0; i < b.locaties().size(); i++) {
            lijsten.add(Referentielijst.lees(b.locaties().get(i), new ByteArrayInputStream(b.inhoud().get(i))));
        }
        return new Inhoud(new Gemeentecodes(lijsten.get(0)), new Productcodes(List.copyOf(lijsten.subList(1, lijsten.size()))), b.vingerafdruk());
    }

    private static String beschrijving(Inhoud inhoud) {
        return "gemeentecodes " + inhoud.gemeentecodes().lijst().versie() + " (" + inhoud.gemeentecodes().aantal() + " codes), productcodes "
                + inhoud.productcodes().versie();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
