package dev.winnow.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineKeyTest {
  @Test
  void foldsCaseDigitsPunctuationAndSpace() {
    assertThat(LineKey.normalize("  © 2023 Example NEWS.  All rights   reserved! "))
        .isEqualTo("0 example news all rights reserved");
    assertThat(LineKey.of("© 2023 Example News. All rights reserved."))
        .isEqualTo(LineKey.of("© 2024 example news -- all RIGHTS reserved"))
        .isNotEqualTo(LineKey.of("© 2023 Example News. All rights"));
    assertThat(LineKey.of("Page 1 of 12")).isEqualTo(LineKey.of("Page 3 of 9"));
    assertThat(LineKey.of("Home ›")).isEqualTo(LineKey.of("HOME"));
    assertThat(LineKey.of("Поддержите НАС!")).isEqualTo(LineKey.of("поддержите нас"));
    assertThat(LineKey.of("Всё")).isNotEqualTo(LineKey.of("Все"));
  }

  @Test
  void linesWithoutLettersHaveNoKey() {
    assertThat(LineKey.of("12 345")).isEqualTo(LineKey.NONE);
    assertThat(LineKey.of("-----")).isEqualTo(LineKey.NONE);
    assertThat(LineKey.of("")).isEqualTo(LineKey.NONE);
    assertThat(LineKey.normalize("|| 42 ||")).isEmpty();
  }

  @Test
  void hashesSpreadWithoutCollisions() {
    Set<Long> keys = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      keys.add(LineKey.of("line number " + Integer.toString(i, 26).replace('0', 'z').replace('1', 'y')
          .replace('2', 'x').replace('3', 'w').replace('4', 'v').replace('5', 'u').replace('6', 't')
          .replace('7', 's').replace('8', 'r').replace('9', 'q')));
    }
    assertThat(keys).hasSize(200_000);
    assertThat(LineKey.pair(1, 2)).isNotEqualTo(LineKey.pair(2, 1));
    assertThat(LineKey.inGroup(5, 0)).isNotEqualTo(LineKey.inGroup(5, 1));
  }

  @Test
  void emittedRegexMatchesTheLinesOfTheSameKey() {
    String sample = "© 2023 Northfield Courier. All rights reserved.";
    Pattern p = Pattern.compile(PackWriter.regex(sample),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    for (String same : new String[] {sample, "(c) 2024 NORTHFIELD COURIER -- all rights reserved",
        "  Northfield courier 1999, all rights reserved"}) {
      if (LineKey.of(same) == LineKey.of(sample)) {
        assertThat(p.matcher(same).find()).as(same).isTrue();
      }
    }
    assertThat(p.matcher("© 2023 Northfield Courier. All rights reserved. Really.").find()).isFalse();
    Pattern ru = Pattern.compile(PackWriter.regex("Нас читают 48 000 человек"),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    assertThat(ru.matcher("нас читают 51 000 человек!").find()).isTrue();
  }
}
