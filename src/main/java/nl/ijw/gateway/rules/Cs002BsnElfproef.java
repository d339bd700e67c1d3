package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CS002: every Bsn must pass the 11-proef. */
public final class Cs002BsnElfproef implements Regel {

    @Override
    public String code() {
        return "CS002";
    }

    @Override
    public String retourcode() {
        return Bevinding.AFGEKEURD;
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return bericht.alle("Bsn").stream()
                .filter(bsn -> !voldoetAanElfproef(bsn.getTextContent().trim()))
                // The value itself stays out of the text: findings end up in places a BSN must not.
                .map(bsn -> bevinding(bericht, bsn, "Bsn voldoet niet aan de 11-proef."))
                .toList();
    }

    /** Weights 9..2 for the first eight digits and -1 for the last; the sum must be a multiple of 11. */
    public static boolean voldoetAanElfproef(String bsn) {
        if (bsn.length() != 9 || !bsn.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && som != 0;
    }
}
