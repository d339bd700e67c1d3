package nl.ijw.gateway.journal;

import javax.sql.DataSource;

/** The rules that span messages on the embedded database, the gateway's default. */
class BerichtoverstijgendeRegelsOpH2Test extends BerichtoverstijgendeRegelsTest {

    @Override
    DataSource database() {
        return Databases.h2();
    }
}
