package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BarLabelsTest {

    @Test
    void aShortNameStaysAndALongOneKeepsItsStartAndEnd() {
        String group = "shop-prod-rails-app-3f2a9c-ApplicationAsg-5ZMJ3FV";
        Map<String, String> labels = BarLabels.of(List.of("rails-app", group));

        assertThat(labels).containsEntry("rails-app", "rails-app")
                .containsEntry(group, "shop-prod-rai\u2026ionAsg-5ZMJ3FV");
        assertThat(labels.get(group)).hasSize(BarLabels.MOST_CHARACTERS);
    }

    @Test
    void namesThatWouldReadTheSameShortenedStayWhole() {
        String one = "shop-prod-rails-app-AAAA-ApplicationAsg-5ZMJ3FV";
        String other = "shop-prod-rails-app-BBBB-ApplicationAsg-5ZMJ3FV";

        assertThat(BarLabels.of(List.of(one, other))).containsEntry(one, one).containsEntry(other, other);
    }
}
