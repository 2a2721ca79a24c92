package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** User data in every encoding an instance runs, with and without a stanza covering the Rails log. */
class UserDataDecoderTest {

    static final String LOG = "/srv/www/shop/shared/log/production.log";
    static final String COVERING = "/srv/www/shop/shared/log/*.log {\n  daily\n  rotate 7\n}\n";
    static final String OTHER = "/var/log/nginx/*.log {\n  weekly\n}\n";

    static String shell(String stanza) {
        return "#!/bin/bash\nset -e\ncat > /etc/logrotate.d/shop <<'EOF'\n" + stanza + "EOF\nyum -y update\n";
    }

    static String cloudConfig(String stanza) {
        return "#cloud-config\npackages: [nginx]\nwrite_files:\n  - path: /etc/logrotate.d/shop\n"
                + "    permissions: '0644'\n    content: |\n" + stanza.lines().map(l -> "      " + l + "\n")
                .reduce("", String::concat) + "runcmd:\n  - [systemctl, restart, nginx]\n";
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String base64(String text) {
        return base64(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String mime(String... parts) {
        StringBuilder out = new StringBuilder("Content-Type: multipart/mixed; boundary=\"XYZ\"\nMIME-Version: 1.0\n\n");
        for (String part : parts) {
            out.append("--XYZ\n").append(part).append('\n');
        }
        return out.append("--XYZ--\n").toString();
    }

    /** What the reader finds: the stanzas covering the log in every part, by the same rules. */
    static List<String> covering(String userData) throws UserDataDecoder.Unreadable {
        List<String> found = new ArrayList<>();
        for (UserDataDecoder.Part part : UserDataDecoder.decode(userData)) {
            List<WrittenFile> files = CloudConfigFiles.isCloudConfig(part.text())
                    ? CloudConfigFiles.written(part.text(), part.origin())
                    : ShellHeredocs.written(part.text(), part.origin());
            files.stream().filter(WrittenFile::isLogrotateConfig).forEach(file -> LogrotateStanzas.parse(
                    file.content()).stream().filter(s -> s.patterns().stream().anyMatch(p -> LogGlob.matches(p, LOG)))
                    .forEach(s -> found.add(file.origin() + " | " + file.path() + ":" + s.line() + " " + s.text())));
        }
        return found;
    }

    @Test
    void aPlainShellScriptsHereDocument() throws Exception {
        assertThat(covering(base64(shell(COVERING)))).containsExactly("user data, here-document at line 4"
                + " | /etc/logrotate.d/shop:1 /srv/www/shop/shared/log/*.log {");
        assertThat(covering(base64(shell(OTHER)))).isEmpty();
    }

    @Test
    void hereDocumentsInOtherSpellings() throws Exception {
        String script = "#!/bin/sh\ncat <<EOF > \"/etc/logrotate.d/a\"\n" + OTHER + "EOF\n"
                + "sudo tee -a /etc/logrotate.d/shop > /dev/null <<-\"END\"\n\t" + COVERING.replace("\n", "\n\t")
                + "END\ncat > /etc/motd <<EOF\n" + COVERING + "EOF\n";

        assertThat(covering(base64(script))).hasSize(1).allSatisfy(found -> assertThat(found)
                .contains("/etc/logrotate.d/shop:1"));
    }

    @Test
    void gzippedUserData() throws Exception {
        assertThat(covering(base64(gzip(shell(COVERING))))).singleElement().asString()
                .startsWith("user data (gzip), here-document");
        assertThat(covering(base64(gzip(shell(OTHER))))).isEmpty();
    }

    @Test
    void cloudConfigWriteFilesPlainBase64AndGzip() throws Exception {
        assertThat(covering(base64(cloudConfig(COVERING)))).singleElement().asString()
                .startsWith("user data, write_files /etc/logrotate.d/shop");
        assertThat(covering(base64(cloudConfig(OTHER)))).isEmpty();
        String encoded = "#cloud-config\nwrite_files:\n- path: /etc/logrotate.d/shop\n  encoding: b64\n  content: "
                + base64(COVERING) + "\n- path: /etc/logrotate.d/zipped\n  encoding: gzip+b64\n  content: "
                + base64(gzip(COVERING.replace("shop", "*"))) + "\n";
        assertThat(covering(base64(encoded))).hasSize(2);
    }

    @Test
    void mimeMultipartWithSeveralPartsEachEncodedItsOwnWay() throws Exception {
        String userData = mime("Content-Type: text/cloud-config\n\n" + cloudConfig(OTHER),
                "Content-Type: text/x-shellscript\nContent-Transfer-Encoding: base64\n\n" + base64(shell(COVERING)),
                "Content-Type: application/x-gzip\nContent-Transfer-Encoding: base64\n\n"
                        + base64(gzip(shell(COVERING.replace("daily", "weekly")))));

        assertThat(covering(base64(userData))).extracting(found -> found.substring(0, found.indexOf(" | ")))
                .containsExactly("user data, MIME part 2 (text/x-shellscript), here-document at line 4",
                        "user data, MIME part 3 (application/x-gzip) (gzip), here-document at line 4");
        assertThat(covering(base64(mime("Content-Type: text/x-shellscript\n\n" + shell(OTHER))))).isEmpty();
    }

    @Test
    void aScriptInsideAPostrotateIsNotAStanzaEnd() {
        List<LogrotateStanzas.Stanza> stanzas = LogrotateStanzas.parse("weekly\n/var/log/a.log\n{\n  postrotate\n"
                + "    kill -HUP $(cat /run/x.pid) }\n  endscript\n}\n\"/srv/www/shop/shared/log/*.log\" {\n}\n");

        assertThat(stanzas).extracting(LogrotateStanzas.Stanza::patterns)
                .containsExactly(List.of("/var/log/a.log"), List.of("/srv/www/shop/shared/log/*.log"));
    }

    @Test
    void hostileUserDataIsUnreadableWithTheReason() {
        assertThatThrownBy(() -> UserDataDecoder.decode("not base64!")).isInstanceOf(UserDataDecoder.Unreadable.class)
                .hasMessageContaining("is not base64");
        assertThatThrownBy(() -> UserDataDecoder.decode(base64(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1})))
                .hasMessageContaining("neither gzip nor UTF-8 text");
        assertThatThrownBy(() -> UserDataDecoder.decode(base64(gzip("x".repeat(UserDataDecoder.MAX_DECODED_BYTES
                + 1))))).hasMessageContaining("expands past");
        assertThatThrownBy(() -> UserDataDecoder.decode("A".repeat(UserDataDecoder.MAX_ENCODED_CHARS + 4)))
                .hasMessageContaining("characters long");
        String nested = shell(COVERING);
        for (int i = 0; i <= UserDataDecoder.MAX_DEPTH + 1; i++) {
            nested = mime("Content-Type: text/plain\n\n" + nested).replace("XYZ", "level" + i);
        }
        String tooDeep = nested;
        assertThatThrownBy(() -> UserDataDecoder.decode(base64(tooDeep))).hasMessageContaining("nests more than");
        assertThatThrownBy(() -> covering(base64("#cloud-config\nwrite_files:\n- path: /etc/logrotate.d/x\n"
                + "  encoding: zstd\n  content: abc\n"))).hasMessageContaining("\"zstd\", which is not read");
    }

    @Test
    void globsStayWithinASegment() {
        assertThat(LogGlob.matches("/srv/www/*/shared/log/*.log", LOG)).isTrue();
        assertThat(LogGlob.matches("/srv/www/shop/shared/log/*", LOG)).isTrue();
        assertThat(LogGlob.matches("/srv/www/shop/shared/log/[pq]roduction.lo?", LOG)).isTrue();
        assertThat(LogGlob.matches("/srv/www/*.log", LOG)).isFalse();
        assertThat(LogGlob.matches("/srv/www/shop/shared/log/*.txt", LOG)).isFalse();
        assertThat(LogGlob.matches("/srv/www/shop/shared/log/[!p]*", LOG)).isFalse();
        assertThat(LogGlob.matches("*".repeat(5000) + "x", "/" + "a".repeat(5000))).isFalse();
    }
}
