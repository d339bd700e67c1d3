package nl.ijw.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on: for what happens as time passes. */
public final class VerstelbareKlok extends Clock {

    private volatile Instant nu;

    public VerstelbareKlok(Instant nu) {
        this.nu = nu;
    }

    public void verzet(Duration duur) {
        nu = nu.plus(duur);
    }

    @Override
    public Instant instant() {
        return nu;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
