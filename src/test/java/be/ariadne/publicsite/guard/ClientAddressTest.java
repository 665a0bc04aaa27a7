package be.ariadne.publicsite.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    @Test
    void anIpv4AddressIsOneClient() {
        assertThat(ClientAddress.normalise("203.0.113.7")).isEqualTo("4:cb007107");
        assertThat(ClientAddress.normalise("203.0.113.8")).isNotEqualTo(ClientAddress.normalise("203.0.113.7"));
    }

    @Test
    void anIpv6NetworkOf64BitsIsOneClient() {
        String a = ClientAddress.normalise("2001:db8:1:2:aaaa::1");
        assertThat(a).isEqualTo(ClientAddress.normalise("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
        assertThat(a).isNotEqualTo(ClientAddress.normalise("2001:db8:1:3::1"));
        assertThat(ClientAddress.normalise("::ffff:203.0.113.7")).isEqualTo("4:cb007107");
    }

    @Test
    void somethingThatIsNotAnAddressIsKeptAsAnOpaqueValueWithoutALookUp() {
        assertThat(ClientAddress.normalise("unknown")).isEqualTo("x:unknown");
        assertThat(ClientAddress.normalise(null)).isEqualTo("none");
        assertThat(ClientAddress.normalise("x".repeat(500))).hasSize(66);
    }
}
