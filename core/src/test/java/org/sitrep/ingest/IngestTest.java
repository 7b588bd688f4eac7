package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

class IngestTest {
    private static final String EVACUATION = "Some 900 fighters and 3,000 of their relatives began "
            + "leaving the hill town of Tessaro on Thursday under a local truce, "
            + "a council spokesman said.\n\n"
            + "He added that buses were taking them to the coastal province in the south.\n";
    private static final String STRIKES = "Air strikes killed 14 civilians in the market town of "
            + "Belvara after talks over a rebel withdrawal broke down, rescuers said on Saturday.";
    private static final String ALEPPO = "Three people died and six were hurt when shells struck a bakery in "
            + "western Aleppo on Monday, the state news agency SANA said.";
    private static final String FRENCH = "Au moins douze civils ont été tués samedi dans des frappes aériennes "
            + "sur la ville de Belvara, dans la vallée, selon une organisation de secours locale. "
            + "Les secours ont indiqué que plusieurs enfants figuraient parmi les victimes et que le bilan "
            + "pourrait encore s'alourdir dans les prochaines heures.";
    private static final String SPANISH = "Al menos doce civiles murieron el sábado en ataques aéreos contra la "
            + "ciudad de Duma, en Guta Oriental, según el Observatorio Sirio de Derechos Humanos. Los equipos de "
            + "rescate dijeron que varios niños se encontraban entre las víctimas.";

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();

    // ------------------------------------------------------------------ bad files

    @Test
    void emptyFileIsAnErrorNotAnArticle() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n\t\r\n  ");

        IngestResult result = ingest.read(List.of(empty, blank));

        assertThat(result.articles()).isEmpty();
        assertThat(result.errors()).extracting(InputError::input, InputError::stage, InputError::reason)
                .containsExactly(
                        tuple(empty.toString(), "ingest", "empty file (0 bytes)"),
                        tuple(blank.toString(), "ingest", "whitespace-only text"));
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        Path image = writeBytes("photo.txt", png);

        IngestResult result = ingest.read(List.of(image));

        assertThat(result.articles()).isEmpty();
        assertThat(single(result).reason()).startsWith("binary file");
    }

    @Test
    void controlCharactersWithoutNulAreAlsoBinary() throws IOException {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        IngestResult result = ingest.read(List.of(writeBytes("blob.txt", bytes)));

        assertThat(single(result).reason()).startsWith("binary file").contains("control characters");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] good = (" date 2018-04-07 " + STRIKES).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
        bytes[good.length + 1] = '(';
        Path latin = writeBytes("latin.txt", bytes);

        IngestResult result = ingest.read(List.of(latin));

        assertThat(result.articles()).isEmpty();
        assertThat(single(result).reason()).isEqualTo("invalid UTF-8 at byte offset " + good.length);
        assertThat(single(result).input()).isEqualTo(latin.toString());
    }

    @Test
    void hugeFileIsRejectedBeforeReadingAndQuickly() throws IOException {
        Path huge = dir.resolve("huge.txt");
        byte[] line = (STRIKES + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        long size = Files.size(huge);

        long start = System.nanoTime();
        IngestResult result = ingest.read(List.of(huge));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.articles()).isEmpty();
        assertThat(single(result).reason())
                .contains(Long.toString(size))
                .contains("limit of 5242880 bytes")
                .contains("maxFileBytes");
        assertThat(took).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        Ingest small = new Ingest(new IngestLimits(100, 1024, 40));
        IngestResult result = small.read(List.of(write("a.txt", EVACUATION)));

        assertThat(single(result).reason()).contains("limit of 100 bytes");
    }

    @Test
    void missingFileAndUnsupportedTypeAreErrors() throws IOException {
        Path missing = dir.resolve("nope.txt");
        Path pdf = write("report.pdf", "%PDF-1.7 " + STRIKES);

        IngestResult result = ingest.read(List.of(missing, pdf));

        assertThat(result.errors()).extracting(InputError::input, InputError::reason).containsExactly(
                tuple(missing.toString(), "file not found"),
                tuple(pdf.toString(), "unsupported file type: .pdf; expected .txt, .jsonl, .html or .htm"));
    }

    @Test
    void unreadableFileIsAnError() throws IOException {
        Path secret = write("secret.txt", STRIKES);
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions on this file system");
        }
        Assumptions.assumeFalse(Files.isReadable(secret), "running with permission to read anything (root)");

        IngestResult result = ingest.read(List.of(secret));

        assertThat(single(result).reason()).startsWith("cannot read file");
    }

    @Test
    void brokenLinksAndLinkLoopsInAFolderAreErrorsAndTheRestIsRead() throws IOException {
        Path good = write("feed/good.txt", STRIKES);
        try {
            Files.createSymbolicLink(dir.resolve("feed/gone.txt"), dir.resolve("feed/deleted.txt"));
            Files.createSymbolicLink(dir.resolve("feed/loop"), dir.resolve("feed"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }

        IngestResult result = ingest.read(List.of(dir.resolve("feed")));

        assertThat(result.articles()).extracting(Article::input).containsExactly(good.toString());
        assertThat(result.errors()).extracting(InputError::input, InputError::reason).containsExactly(
                tuple(dir.resolve("feed/gone.txt").toString(), "file not found"),
                tuple(dir.resolve("feed/loop").toString(), "symbolic link loop"));
    }

    @Test
    void textShorterThanTheMinimumIsRejected() throws IOException {
        IngestResult result = ingest.read(List.of(write("short.txt", " date 2018-01-02 Shelling in Idlib.")));

        assertThat(single(result).reason()).isEqualTo("text too short: 18 characters, the minimum is 40 (minTextChars)");
    }

    // ------------------------------------------------------------------ language

    @Test
    void nonEnglishArticlesAreRejectedNamingTheLanguage() throws IOException {
        Path fr = write("fr.txt", " date 2018-04-07 " + FRENCH);
        Path es = write("es.txt", SPANISH);

        IngestResult result = ingest.read(List.of(fr, es));

        assertThat(result.articles()).isEmpty();
        assertThat(result.errors()).extracting(InputError::input).containsExactly(fr.toString(), es.toString());
        assertThat(result.errors().get(0).reason()).startsWith("text is not English (detected language: fra");
        assertThat(result.errors().get(1).reason()).startsWith("text is not English (detected language: spa");
    }

    @Test
    void shortEnglishNewsSentencesAreNotMistakenForAnotherLanguage() {
        List<String> sentences = List.of(
                ALEPPO,
                "Rebels shelled Damascus on Sunday, state media said.",
                "Houthi rebels fired a ballistic missile at Riyadh overnight.",
                "Israeli jets struck targets near Damascus airport, SANA reported.",
                "Turkish troops and allied Syrian fighters captured Afrin.");
        for (String s : sentences) {
            IngestResult result = ingest.readString("s", s, null);
            assertThat(result.errors()).as(s).isEmpty();
            assertThat(result.articles()).as(s).singleElement().extracting(Article::text).isEqualTo(s);
        }
    }

    // ------------------------------------------------------------------ .txt

    @Test
    void dateLineOnTheSameLineAsTheText() throws IOException {
        Path file = write("000_evacuation.txt", " date 2018-03-22 " + EVACUATION);

        Article a = singleArticle(ingest.read(List.of(file)));

        assertThat(a.docId()).isEqualTo("000_evacuation");
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 3, 22));
        assertThat(a.text()).isEqualTo(EVACUATION);
        assertThat(a.outlet()).isNull();
        assertThat(a.url()).isNull();
        assertThat(a.input()).isEqualTo(file.toString());
    }

    @Test
    void dateLineOnItsOwnLineAndWithoutLeadingSpace() throws IOException {
        Path nextLine = write("next.txt", " date 2018-04-07\n" + STRIKES);
        Path noSpace = write("nospace.txt", "date 2018-04-08\r\n\r\n" + ALEPPO);

        IngestResult result = ingest.read(List.of(nextLine, noSpace));

        assertThat(result.errors()).isEmpty();
        assertThat(result.articles()).extracting(Article::docId, Article::published, Article::text).containsExactly(
                tuple("next", LocalDate.of(2018, 4, 7), STRIKES),
                tuple("nospace", LocalDate.of(2018, 4, 8), ALEPPO));
    }

    @Test
    void textWithoutDateLineIsKeptExactlyExceptBomAndCrlf() throws IOException {
        String text = "A Syrian military source told SANA that troops regained control of the town.\r\n"
                + "The source added that   engineering units were clearing mines.\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Article a = singleArticle(ingest.read(List.of(writeBytes("001.txt", withBom))));

        assertThat(a.published()).isNull();
        assertThat(a.text()).isEqualTo(text.replace("\r\n", "\n"));
    }

    @Test
    void dateLineWithNothingAfterItIsAnError() throws IOException {
        IngestResult result = ingest.read(List.of(write("d.txt", " date 2018-03-22\n\n")));

        assertThat(single(result).reason()).isEqualTo("no article text after the date line");
    }

    @Test
    void dateLineWithAnImpossibleDateIsAnError() throws IOException {
        Path bad = write("bad.txt", " date 2019-02-30 " + STRIKES);
        Path good = write("good.txt", " date 2019-02-28 " + STRIKES);
        IngestResult result = ingest.read(List.of(bad, good));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo(bad.toString());
            assertThat(e.reason()).isEqualTo("the date line's 2019-02-30 is not a calendar date");
        });
        assertThat(result.articles()).extracting(Article::docId, Article::published)
                .containsExactly(tuple("good", LocalDate.of(2019, 2, 28)));
    }

    // ------------------------------------------------------------------ .jsonl

    @Test
    void jsonlPublishedValueThatIsNotADateIsTheRecordsErrorAndTheRestIsRead() throws IOException {
        Path feed = write("dates.jsonl", String.join("\n",
                "{\"id\":\"p1\",\"published\":\"next Tuesday\",\"text\":\"" + json(STRIKES) + "\"}",
                "{\"id\":\"p2\",\"published\":20190301,\"text\":\"" + json(STRIKES) + "\"}",
                "{\"id\":\"p3\",\"published\":\"2019-13-01\",\"text\":\"" + json(STRIKES) + "\"}",
                "{\"id\":\"p4\",\"published\":\"  \",\"text\":\"" + json(ALEPPO) + "\"}",
                "{\"id\":\"p5\",\"published\":\"Fri, 01 Mar 2019 09:30:00 GMT\",\"text\":\"" + json(EVACUATION) + "\"}")
                + "\n");

        IngestResult result = ingest.read(List.of(feed));

        assertThat(result.errors()).extracting(InputError::input, InputError::reason).containsExactly(
                tuple(feed + ":1", "published 'next Tuesday' is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)"),
                tuple(feed + ":2", "published is not a string (found number)"),
                tuple(feed + ":3", "published '2019-13-01' is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)"));
        // a blank value is no date at all, not a wrong one
        assertThat(result.articles()).extracting(Article::docId, Article::published)
                .containsExactly(tuple("p4", null), tuple("p5", LocalDate.of(2019, 3, 1)));
    }

    @Test
    void jsonlWithCorruptLinesKeepsTheGoodRecords() throws IOException {
        Path feed = write("feed.jsonl", String.join("\n",
                "{\"id\":\"r1\",\"url\":\"https://www.reuters.com/world/syria-1\",\"published\":\"2018-03-22\","
                        + "\"title\":\"Evacuation begins\",\"text\":\"" + json(EVACUATION) + "\"}",
                "{\"id\":\"r2\",\"url\":\"https://example.org/x\",\"text\":\"unterminated",
                "{\"id\":\"r3\",\"outlet\":\"AFP\",\"url\":\"https://www.afp.com/en/news/2\","
                        + "\"published\":\"2018-04-07T22:15:00+03:00\",\"text\":\"" + json(STRIKES) + "\"}",
                "",
                "{\"id\":\"r5\",\"title\":\"no body\"}",
                "[1,2,3]",
                "{\"id\":\"r7\",\"text\":42}",
                "{\"id\":\"r8\",\"url\":\"http://sana.sy/en/?p=1\",\"text\":\"" + json(ALEPPO) + "\"}") + "\n");

        IngestResult result = ingest.read(List.of(feed));

        assertThat(result.articles()).extracting(Article::docId, Article::outlet, Article::url, Article::published,
                Article::title, Article::text, Article::input).containsExactly(
                tuple("r1", "reuters.com", "https://www.reuters.com/world/syria-1", LocalDate.of(2018, 3, 22),
                        "Evacuation begins", EVACUATION, feed + ":1"),
                tuple("r3", "AFP", "https://www.afp.com/en/news/2", LocalDate.of(2018, 4, 7), null, STRIKES,
                        feed + ":3"),
                tuple("r8", "sana.sy", "http://sana.sy/en/?p=1", null, null, ALEPPO, feed + ":8"));
        assertThat(result.errors()).extracting(InputError::input).containsExactly(
                feed + ":2", feed + ":5", feed + ":6", feed + ":7");
        assertThat(result.errors()).extracting(InputError::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("invalid JSON"),
                r -> assertThat(r).isEqualTo("missing text"),
                r -> assertThat(r).isEqualTo("record is not a JSON object (found array)"),
                r -> assertThat(r).isEqualTo("text is not a string (found number)"));
    }

    @Test
    void jsonlIdsWithControlCharactersOrOverTheLimitAreErrorsAndTheRestIsRead() throws IOException {
        String text = "Gunmen fired on a bus near the river crossing at dawn on Sunday, wounding six passengers, "
                + "the district police chief said.";
        Path feed = write("ids.jsonl", "{\"id\":\"line\\nbreak\",\"text\":\"" + text + "\"}\n"
                + "{\"id\":\"" + "k".repeat(Ingest.MAX_ID_CHARS + 1) + "\",\"text\":\"" + text + " Again.\"}\n"
                + "{\"id\":\"fine-1\",\"text\":\"" + text + " Once more.\"}\n");

        IngestResult r = ingest.read(List.of(feed));

        assertThat(r.articles()).extracting(Article::docId).containsExactly("fine-1");
        assertThat(r.errors()).extracting(InputError::input, InputError::reason).containsExactly(
                tuple(feed + ":1", "id holds a control character (U+000A at 4)"),
                tuple(feed + ":2", "id is 201 characters, longer than the limit of 200"));
        assertThat(Ingest.idProblem("fine-1")).isNull();
        assertThat(Ingest.idProblem("tab\there")).isEqualTo("id holds a control character (U+0009 at 3)");
    }

    @Test
    void jsonlRecordWithoutIdGetsFileNameAndLineNumber() throws IOException {
        Path feed = write("wire.jsonl", "\n{\"text\":\"" + json(STRIKES) + "\"}\n");

        Article a = singleArticle(ingest.read(List.of(feed)));

        assertThat(a.docId()).isEqualTo("wire#2");
        assertThat(a.input()).isEqualTo(feed + ":2");
    }

    @Test
    void jsonlRecordOverTheSizeLimitIsSkippedAndTheRestRead() throws IOException {
        Ingest small = new Ingest(new IngestLimits(5_000_000, 1000, 40));
        String big = "{\"id\":\"big\",\"text\":\"" + "war ".repeat(2000) + "\"}";
        Path feed = write("mixed.jsonl", big + "\n{\"id\":\"ok\",\"text\":\"" + json(ALEPPO) + "\"}\n");

        IngestResult result = small.read(List.of(feed));

        assertThat(result.articles()).extracting(Article::docId).containsExactly("ok");
        assertThat(single(result).input()).isEqualTo(feed + ":1");
        assertThat(single(result).reason())
                .isEqualTo("record is " + big.length() + " bytes, larger than the limit of 1000 bytes (maxRecordBytes)");
    }

    @Test
    void jsonlLineWithInvalidUtf8IsReportedWithItsLine() throws IOException {
        byte[] first = ("{\"id\":\"a\",\"text\":\"" + json(ALEPPO) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] second = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[first.length + second.length];
        System.arraycopy(first, 0, bytes, 0, first.length);
        System.arraycopy(second, 0, bytes, first.length, second.length);
        Path feed = writeBytes("latin.jsonl", bytes);

        IngestResult result = ingest.read(List.of(feed));

        assertThat(result.articles()).extracting(Article::docId).containsExactly("a");
        assertThat(single(result).input()).isEqualTo(feed + ":2");
        int offset = first.length + "{\"id\":\"b\",\"text\":\"caf".length();
        assertThat(single(result).reason()).isEqualTo("invalid UTF-8 at byte offset " + offset);
    }

    // ------------------------------------------------------------------ .html

    @Test
    void htmlArticleIsExtractedWithoutBoilerplate() throws IOException {
        Path page = write("belvara.html", """
                <!doctype html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <title>Air strikes kill 14 in Belvara | The Daily Dispatch</title>
                <meta property="og:site_name" content="The Daily Dispatch">
                <meta property="article:published_time" content="2018-04-07T22:15:00+03:00">
                <link rel="canonical" href="https://www.dailydispatch.example/world/belvara-strikes">
                </head><body>
                <header><a href="/">The Daily Dispatch</a>
                  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
                  <a href="/subscribe">Subscribe today for unlimited access</a></nav></header>
                <div class="wrap"><article>
                  <h1>Air strikes kill 14 in Belvara</h1>
                  <p>%s</p>
                  <p>With air cover, government troops have taken most of the valley
                     except the town of Belvara, where a rebel brigade still holds out.</p>
                  <p>A medical charity said at least eight children were among the dead.</p>
                </article>
                <aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding photos</a></li>
                  <li><a href="/b">Ten recipes for summer</a></li></ul></aside></div>
                <footer><p>Copyright 2018 The Daily Dispatch. All rights reserved.</p>
                  <a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
                </body></html>
                """.formatted(STRIKES));

        Article a = singleArticle(ingest.read(List.of(page)));

        assertThat(a.docId()).isEqualTo("belvara");
        assertThat(a.title()).isEqualTo("Air strikes kill 14 in Belvara");
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 4, 7));
        assertThat(a.url()).isEqualTo("https://www.dailydispatch.example/world/belvara-strikes");
        assertThat(a.outlet()).isEqualTo("The Daily Dispatch");
        assertThat(a.text())
                .startsWith(STRIKES + "\n\nWith air cover, government troops have taken most of the "
                        + "valley except the town of Belvara,")
                .endsWith("at least eight children were among the dead.")
                .doesNotContain("Subscribe", "Home", "Most read", "Celebrity", "Copyright", "Privacy", "Cookie");
    }

    @Test
    void htmlDateFromJsonLdOrTimeElementAndOutletFromUrlHost() throws IOException {
        Path jsonLd = write("a.html", """
                <html><head><title>Shelling in Aleppo</title>
                <meta property="og:url" content="https://www.aljazeera.com/news/2018/3/5/aleppo">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                 {"@type":"NewsArticle","headline":"Shelling in Aleppo","datePublished":"2018-03-05T08:00:00Z"}]}
                </script></head>
                <body><main><p>%s</p><p>%s</p></main></body></html>
                """.formatted(ALEPPO, EVACUATION));
        Path time = write("b.htm", """
                <html><head><meta property="og:title" content="Evacuation of Tessaro begins"></head>
                <body><div id="story"><time datetime="2018-03-22">22 March</time><p>%s</p></div></body></html>
                """.formatted(EVACUATION));

        IngestResult result = ingest.read(List.of(jsonLd, time));

        assertThat(result.errors()).isEmpty();
        assertThat(result.articles()).extracting(Article::docId, Article::title, Article::published,
                Article::outlet, Article::url).containsExactly(
                tuple("a", "Shelling in Aleppo", LocalDate.of(2018, 3, 5), "aljazeera.com",
                        "https://www.aljazeera.com/news/2018/3/5/aleppo"),
                tuple("b", "Evacuation of Tessaro begins", LocalDate.of(2018, 3, 22), null, null));
        assertThat(result.articles().get(0).text()).startsWith(ALEPPO + "\n\nSome 900 fighters");
        assertThat(result.articles().get(1).text()).contains("Some 900 fighters", "in the south.");
    }

    @Test
    void htmlWithoutAnArticleIsAnError() throws IOException {
        Path nav = write("index.html", """
                <html><head><title>The Daily Dispatch</title></head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
                <li><a href="/middle-east">Middle East and North Africa</a></li>
                <li><a href="/opinion">Opinion and analysis</a></li><li><a href="/contact">Contact the newsroom</a></li></ul></nav>
                <footer><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
                </body></html>
                """);
        Path tiny = write("tiny.html", "<html><body><article><p>Page not found.</p></article></body></html>");

        IngestResult result = ingest.read(List.of(nav, tiny));

        assertThat(result.articles()).isEmpty();
        assertThat(result.errors()).extracting(InputError::input, InputError::reason).containsExactly(
                tuple(nav.toString(), "no article text found in HTML"),
                tuple(tiny.toString(), "no article text found in HTML"));
    }

    @Test
    void pathologicallyNestedHtmlIsRejectedInsteadOfOverflowingTheStack() throws IOException {
        Path deep = write("deep.html", "<html><body>" + "<div>".repeat(50_000) + "<p>" + STRIKES + "</p></body></html>");

        IngestResult result = ingest.read(List.of(deep));

        assertThat(result.articles()).isEmpty();
        assertThat(single(result).reason()).startsWith("HTML nested too deeply").contains("the limit is 512");
    }

    // ------------------------------------------------------------------ duplicates and folders

    @Test
    void identicalArticlesAreKeptAsCopiesOfTheFirst() throws IOException {
        Path a = write("a.txt", " date 2018-03-22 " + EVACUATION);
        Path b = write("b.txt", EVACUATION.replace(" ", "  ").replace("\n\n", "\n"));
        Path feed = write("c.jsonl", "{\"id\":\"c\",\"outlet\":\"Wire B\",\"text\":\"" + json(EVACUATION) + "\"}\n");

        IngestResult result = ingest.read(List.of(a, b, feed));

        assertThat(result.articles()).extracting(Article::docId).containsExactly("a", "b", "c");
        assertThat(result.articles()).extracting(Article::copyOf).containsExactly(null, "a", "a");
        assertThat(result.articles().get(2).outlet()).isEqualTo("Wire B");
        assertThat(result.articles()).extracting(Article::contentHash).containsOnly(result.articles().get(0).contentHash());
        assertThat(result.copies()).isEqualTo(2);
        assertThat(result.errors()).isEmpty();
        assertThat(result.articles().get(0).contentHash())
                .isEqualTo(sha256(EVACUATION.replaceAll("\\s+", " ").strip()))
                .hasSize(64);
    }

    @Test
    void differentArticlesWithTheSameFileNameGetDistinctDocIds() throws IOException {
        Path one = write("x/story.txt", STRIKES);
        Path two = write("y/story.txt", ALEPPO);

        IngestResult result = ingest.read(List.of(one, two));

        assertThat(result.articles()).extracting(Article::docId).containsExactly("story", "story~2");
    }

    @Test
    void folderIsReadRecursivelyInSortedOrderWithGoodAndBadFiles() throws IOException {
        write("b/2018/002.txt", " date 2018-04-07 " + STRIKES);
        write("b/2018/empty.txt", "");
        write("a/001.txt", " date 2018-03-22 " + EVACUATION);
        write("a/fr.txt", FRENCH);
        write("a/notes.md", "# notes about " + STRIKES);
        write("c/feed.jsonl", "{\"id\":\"feed-1\",\"url\":\"https://www.bbc.co.uk/news/1\",\"text\":\""
                + json(ALEPPO) + "\"}\n{oops\n");
        write("c/page.html", "<html><head><title>Afrin</title></head><body><article><p>Turkish troops and allied "
                + "Syrian fighters captured the centre of Afrin on Sunday, the Turkish president said.</p>"
                + "</article></body></html>");
        writeBytes("c/blob.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0});
        write(".git/HEAD.txt", STRIKES + " hidden");

        IngestResult result = ingest.read(List.of(dir));

        assertThat(result.articles()).extracting(Article::docId)
                .containsExactly("001", "002", "feed-1", "page");
        assertThat(result.articles()).extracting(Article::outlet).containsExactly(null, null, "bbc.co.uk", null);
        assertThat(result.errors()).extracting(e -> e.input().substring(dir.toString().length() + 1) + " -> " + e.reason())
                .satisfiesExactly(
                        e -> assertThat(e).startsWith("a/fr.txt -> text is not English (detected language: fra"),
                        e -> assertThat(e).isEqualTo(
                                "a/notes.md -> unsupported file type: .md; expected .txt, .jsonl, .html or .htm"),
                        e -> assertThat(e).isEqualTo("b/2018/empty.txt -> empty file (0 bytes)"),
                        e -> assertThat(e).startsWith("c/blob.txt -> binary file"),
                        e -> assertThat(e).startsWith("c/feed.jsonl:2 -> invalid JSON"));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.stage()).isEqualTo("ingest"));
        assertThat(ingest.read(List.of(dir))).isEqualTo(result);
    }

    @Test
    void aWholeHtmlPageGivenAsTextIsAnErrorSayingWhatToDoInstead() throws IOException {
        String page = "<!DOCTYPE html>\n<html><head><title>News</title></head><body><nav>Home | World</nav><p>"
                + STRIKES + "</p></body></html>\n";
        Path txt = write("saved-page.txt", page);
        Path feed = write("pages.jsonl", "{\"id\":\"p1\",\"text\":\"" + json(" <HTML lang=\"en\">" + STRIKES + "</HTML>")
                + "\"}\n{\"id\":\"p2\",\"text\":\"" + json(STRIKES + " The <html> tag was not involved.") + "\"}\n");

        IngestResult result = ingest.read(List.of(txt, feed));

        String reason = "the text is a whole HTML page (it begins with a doctype or an <html> tag), not an article's "
                + "text: its menus and scripts would be read as sentences. Give the article's text alone, or save the "
                + "page as an .html file and read that with 'sitrep extract' or 'sitrep ingest', which find the "
                + "article in the page";
        assertThat(result.errors()).extracting(InputError::input, InputError::reason)
                .containsExactly(tuple(txt.toString(), reason), tuple(feed + ":1", reason));
        // markup named inside an article's own sentences is text
        assertThat(result.articles()).extracting(Article::docId).containsExactly("p2");
        assertThat(ingest.readString("api-page", page, null).errors()).extracting(InputError::input, InputError::reason)
                .containsExactly(tuple("api-page", reason));
    }

    @Test
    void readStringAppliesTheSameValidation() {
        assertThat(ingest.readString("ok", STRIKES + "\r\n", LocalDate.of(2018, 4, 7)).articles())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.docId()).isEqualTo("ok");
                    assertThat(a.text()).isEqualTo(STRIKES + "\n");
                    assertThat(a.published()).isEqualTo(LocalDate.of(2018, 4, 7));
                });
        assertThat(ingest.readString("blank", "   ", null).errors())
                .extracting(InputError::input, InputError::reason)
                .containsExactly(tuple("blank", "whitespace-only text"));
        assertThat(ingest.readString("fr", FRENCH, null).errors()).singleElement()
                .extracting(InputError::reason).asString().contains("fra");
        assertThat(ingest.readString("nul", STRIKES + "\u0000", null).errors()).singleElement()
                .extracting(InputError::reason).asString().startsWith("binary content");
    }

    // ------------------------------------------------------------------ helpers

    private Path write(String name, String content) throws IOException {
        return writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private static InputError single(IngestResult result) {
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    private static Article singleArticle(IngestResult result) {
        assertThat(result.errors()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
