package nl.ijw.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.util.Collections;
import nl.ijw.gateway.journal.JournaalStap;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class JmsIntakeTest {

    private static TextMessage bericht(int aflevering) throws JMSException {
        TextMessage m = mock(TextMessage.class);
        when(m.getJMSMessageID()).thenReturn("ID:test-1");
        when(m.propertyExists("JMSXDeliveryCount")).thenReturn(true);
        when(m.getIntProperty("JMSXDeliveryCount")).thenReturn(aflevering);
        when(m.getPropertyNames()).thenReturn(Collections.emptyEnumeration());
        when(m.getText()).thenReturn("<Bericht/>");
        return m;
    }

    private static Exchange exchange() {
        return new DefaultExchange(new DefaultCamelContext());
    }

    /** After a broker restart the delivery count starts again at 1: the journal decides, not the count. */
    @Test
    void messageJournaledBeforeIsRecognisedEvenOnItsFirstCountedDelivery() throws JMSException {
        JournaalStap journaal = mock(JournaalStap.class);
        when(journaal.eerderVerwerkt(anyString())).thenReturn(true);

        Ontvangst ontvangst = new JmsIntake(1000, 5, new Verwerkingsfouten(), journaal).ontvang(bericht(1), exchange());

        assertThat(ontvangst.eerder()).isEqualTo(Ontvangst.Eerder.VERWERKT);
    }

    @Test
    void newMessageIsNew() throws JMSException {
        JournaalStap journaal = mock(JournaalStap.class);

        Ontvangst ontvangst = new JmsIntake(1000, 5, new Verwerkingsfouten(), journaal).ontvang(bericht(1), exchange());

        assertThat(ontvangst.eerder()).isEqualTo(Ontvangst.Eerder.NIET);
        assertThat(ontvangst.berichtId()).isEqualTo(TrackingId.van("ID:test-1"));
    }
}
