package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;

/**
 * What a migrated stack rotates outside its apps, read without touching an instance: the logrotate stanzas its
 * launch templates' user data and its own SSM documents write, the logrotate recipes of its Chef run lists, and
 * what could not be read (each a sentence: then a verdict that needs it is NOT CHECKED).
 */
public record OsRotationSources(List<Found> stanzas, List<OsRotator> recipes, List<String> read,
                                List<String> notRead) {

    /** One stanza in a logrotate file written from {@code kind}'s source. */
    public record Found(OsRotator.Kind kind, WrittenFile file, LogrotateStanzas.Stanza stanza) {

        OsRotator rotator() {
            return new OsRotator(kind, file.origin() + ", " + file.path() + " line " + stanza.line(), stanza.text());
        }
    }

    public OsRotationSources {
        stanzas = List.copyOf(stanzas);
        recipes = List.copyOf(recipes);
        read = List.copyOf(read);
        notRead = List.copyOf(notRead);
    }

    /** The stanzas whose patterns name {@code logPath}, then every logrotate recipe (it may cover it). */
    public List<OsRotator> covering(String logPath) {
        List<OsRotator> covering = new ArrayList<>();
        stanzas.stream().filter(found -> found.stanza().patterns().stream()
                .anyMatch(pattern -> LogGlob.matches(pattern, logPath))).map(Found::rotator).forEach(covering::add);
        covering.addAll(recipes);
        return covering;
    }

    /** The app short names the stanzas' patterns name ({@code /srv/www/<app>/…}), in order, each once. */
    public List<String> appsNamed() {
        return stanzas.stream().flatMap(found -> found.stanza().patterns().stream())
                .filter(pattern -> pattern.startsWith(MigratedLogCheck.DEPLOY_ROOT))
                .map(pattern -> pattern.substring(MigratedLogCheck.DEPLOY_ROOT.length()).split("/", 2)[0])
                .filter(name -> !name.isEmpty() && name.chars().noneMatch(c -> "*?[".indexOf(c) >= 0))
                .distinct().toList();
    }
}
