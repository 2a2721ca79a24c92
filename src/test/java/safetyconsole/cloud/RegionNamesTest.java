package safetyconsole.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionNamesTest {

    @Test
    void regionsComeInTheOrderGivenEachOnce() {
        assertThat(RegionNames.parse(" eu-west-1, us-gov-west-1 ,eu-west-1,ap-southeast-2", "--regions"))
                .containsExactly("eu-west-1", "us-gov-west-1", "ap-southeast-2");
    }

    @Test
    void blankIsNone() {
        assertThat(RegionNames.parse("  ", "--regions")).isEmpty();
    }

    @Test
    void aNameThatIsNotARegionIsRefusedByName() {
        assertThatThrownBy(() -> RegionNames.parse("us-east-1,eu-west", "--regions"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--regions takes region names separated by commas, such as us-east-1,eu-west-1;"
                        + " \"eu-west\" is not one.");
        assertThatThrownBy(() -> RegionNames.parse("US-EAST-1", "Also read regions"))
                .hasMessageStartingWith("Also read regions takes");
        assertThatThrownBy(() -> RegionNames.parse("us-east-1,,eu-west-1", "--regions"))
                .hasMessageEndingWith("\"\" is not one.");
    }

    @Test
    void joinedRegionsReadBack() {
        assertThat(RegionNames.parse(RegionNames.join(List.of("us-east-1", "eu-west-1")), "x"))
                .containsExactly("us-east-1", "eu-west-1");
    }
}
