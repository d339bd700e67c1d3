package nl.ijw.gateway.validation;

import nl.ijw.gateway.bericht.Bericht;

/**
 * One message of a client judged at a time: taken before the rules that span messages read the
 * state, let go once the message's own state is committed (at the end of its exchange).
 */
public interface Volgorde {

    /** Without a journal there is no state to read, so nothing to wait for. */
    Volgorde GEEN = new Volgorde() {
        @Override
        public void vergrendel(Bericht bericht) {
        }

        @Override
        public void ontgrendel() {
        }
    };

    /** Takes this message's keys for the current thread. */
    void vergrendel(Bericht bericht);

    /** Lets go of what the current thread holds. */
    void ontgrendel();
}
