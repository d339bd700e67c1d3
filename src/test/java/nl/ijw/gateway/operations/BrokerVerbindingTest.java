package nl.ijw.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jms.connection.CachingConnectionFactory;

class BrokerVerbindingTest {

    @Test
    void theFactoryForReadingAQueueThroughIsTheRoutesOneWithoutAConsumerWindow() throws Exception {
        try (ActiveMQConnectionFactory routes = new ActiveMQConnectionFactory("tcp://127.0.0.1:61999?ha=true", "gateway", "geheim-voor-de-test")) {
            routes.setConsumerWindowSize(8 * 1024);

            ConnectionFactory kopie = BrokerVerbinding.zonderVenster(new CachingConnectionFactory(routes));

            assertThat(kopie).isInstanceOf(ActiveMQConnectionFactory.class).isNotSameAs(routes);
            ActiveMQConnectionFactory artemis = (ActiveMQConnectionFactory) kopie;
            assertThat(artemis.getConsumerWindowSize()).isZero();
            assertThat(artemis.getStaticConnectors()).containsExactly(routes.getStaticConnectors());
            assertThat(artemis.isHA()).isTrue();
            assertThat(artemis.getUser()).isEqualTo("gateway");
            assertThat(artemis.getPassword()).isEqualTo("geheim-voor-de-test");
            assertThat(routes.getConsumerWindowSize()).as("the routes' own factory is left as it is").isEqualTo(8 * 1024);
            artemis.close();
        }
    }

    @Test
    void aFactoryOfAnotherBrokerIsUsedAsItIs() {
        ConnectionFactory ander = Mockito.mock(ConnectionFactory.class);

        assertThat(BrokerVerbinding.zonderVenster(ander)).isSameAs(ander);
    }
}
