package vn.antq.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Messages formats exactly as MessageFormat does, numbers included, from any thread. */
class MessagesTest {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    /** Numbers for each argument the pattern names: large ones show the grouping, 0 and 1 the choices. */
    private static Object[] numbers(String pattern, int seed) {
        int max = -1;
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        Object[] args = new Object[max + 1];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch ((i + seed) % 4) {
                case 0 -> 5000;
                case 1 -> 1;
                case 2 -> 0L;
                default -> 1234567;
            };
        }
        return args;
    }

    @Test
    void everyPatternWithNumbersComesOutAsMessageFormatWouldWriteIt() {
        for (Messages messages : List.of(Messages.forLanguage("vi"), Messages.english())) {
            int checked = 0;
            for (String key : messages.keys()) {
                String pattern = messages.get(key); // no arguments: the pattern's text as shown
                for (int seed = 0; seed < 4; seed++) {
                    String raw = rawPattern(messages, key);
                    Object[] args = numbers(raw, seed);
                    if (args.length == 0) {
                        continue;
                    }
                    assertThat(messages.get(key, args)).as(key + " " + seed)
                            .isEqualTo(new MessageFormat(raw, messages.locale()).format(args));
                    checked++;
                }
                assertThat(pattern).isNotNull();
            }
            assertThat(checked).as("patterns with arguments").isGreaterThan(100);
        }
        assertThat(Messages.forLanguage("vi").get("ui.overview.item.points", 5000, 53)).contains("5.000");
        assertThat(Messages.english().get("ui.overview.item.points", 5000, 53)).contains("5,000");
    }

    @Test
    void numbersAreFormattedCorrectlyFromManyThreadsAtOnce() throws Exception {
        Messages vi = Messages.forLanguage("vi");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int base = t * 100_000;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int n = base + i;
                        String expected = new MessageFormat("{0}/{1}", vi.locale()).format(new Object[] {n, 100});
                        if (!vi.get("ui.overview.item.points", n, 100).startsWith(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String rawPattern(Messages messages, String key) {
        for (String area : Messages.BUNDLES) {
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("vn.antq.i18n." + area, messages.locale(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        throw new AssertionError("no pattern for " + key);
    }
}
