package nl.ijw.gateway.journal;

import javax.sql.DataSource;

/** The rules that span messages on a real PostgreSQL server, as in production. */
class BerichtoverstijgendeRegelsOpPostgresqlTest extends BerichtoverstijgendeRegelsTest {

    @Override
    DataSource database() {
        return Databases.postgresql();
    }
}
