package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.App;

class RailsLinksTest {

    private static final App SHOP = new App("app-1", "s", "Shop", "shop", "rails", Map.of(), Map.of());

    @TempDir
    Path dir;

    @Test
    void linksAreRememberedPerAccountAndApp() throws Exception {
        Path file = dir.resolve("data/rails-links.json");
        new RailsLinks(file).set("111", SHOP, new RailsLinks.Link(RailsLinks.Link.Kind.CHECKOUT, Path.of("/src/shop")));

        RailsLinks reread = new RailsLinks(file);

        assertThat(reread.get("111", SHOP))
                .contains(new RailsLinks.Link(RailsLinks.Link.Kind.CHECKOUT, Path.of("/src/shop")));
        assertThat(reread.get("222", SHOP)).isEmpty();
        assertThat(reread.problem()).isEmpty();
    }

    @Test
    void removingForgets() throws Exception {
        Path file = dir.resolve("rails-links.json");
        RailsLinks links = new RailsLinks(file);
        links.set("111", SHOP, new RailsLinks.Link(RailsLinks.Link.Kind.FILE, Path.of("/x/production.rb")));

        links.remove("111", SHOP);

        assertThat(new RailsLinks(file).get("111", SHOP)).isEmpty();
    }

    @Test
    void aDamagedFileIsReportedAndTreatedAsEmpty() throws Exception {
        Path file = Files.writeString(dir.resolve("rails-links.json"), "{\"111/app-1\": {\"kind\": \"teleport\"}}");

        RailsLinks links = new RailsLinks(file);

        assertThat(links.get("111", SHOP)).isEmpty();
        assertThat(links.problem()).hasValueSatisfying(p -> assertThat(p).contains("could not be read"));
    }
}
