package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountRoleTest {
    @Test
    void everyRoleReadsBackFromItsCode() {
        for (CountRole r : CountRole.values()) {
            assertThat(CountRole.fromCode(r.code())).isEqualTo(r);
        }
        assertThat(CountRole.CHILDREN_KILLED.code()).isEqualTo("children_killed");
        assertThat(CountRole.fromCode(" Injured ")).isEqualTo(CountRole.INJURED);
    }

    @Test
    void aCodeThatIsNoRoleIsAnErrorNamingIt() {
        assertThat(CountRole.lookup("wounded")).isNull();
        assertThat(CountRole.lookup(null)).isNull();
        assertThatThrownBy(() -> CountRole.fromCode("wounded")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'wounded'").hasMessageContaining("fatalities");
    }

    @Test
    void onlyKilledAndInjuredAreHarm() {
        assertThat(CountRole.FATALITIES.harm()).isTrue();
        assertThat(CountRole.INJURED.harm()).isTrue();
        assertThat(CountRole.CHILDREN_KILLED.harm()).isFalse();
        assertThat(CountRole.DISPLACED.harm()).isFalse();
    }
}
