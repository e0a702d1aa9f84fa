package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.STANDARD;

  private static List<String> keys(String name) {
    return NORMALIZER.tokens(name, true).stream().map(Token::key).toList();
  }

  private static List<Token.Kind> kinds(String name) {
    return NORMALIZER.tokens(name, true).stream().map(Token::kind).toList();
  }

  @Test
  void tokens_shouldGiveTransliterationsOneCanonicalSpelling() {
    assertThat(keys("Muhammad Hussain"))
        .isEqualTo(keys("Mohammed Husain"))
        .isEqualTo(keys("Mohd Hussein"))
        .isEqualTo(keys("Muhammed Husayn"));
    assertThat(keys("Yousuf Qadir")).isEqualTo(keys("Yusuf Kadir")).isEqualTo(keys("Yousef Qader"));
    assertThat(keys("Osama Rehman")).isEqualTo(keys("Usama Rahman"));
    assertThat(keys("Qasim")).isEqualTo(keys("Kasim"));
  }

  @Test
  void tokens_shouldSplitGluedArabicCompounds() {
    assertThat(keys("Abdulrahman"))
        .isEqualTo(keys("Abd al-Rahman"))
        .isEqualTo(keys("Abdel Rahman"))
        .isEqualTo(keys("Abdurrahman"))
        .isEqualTo(keys("Abd-ul-Rahman"));
    assertThat(keys("Nizamuddin")).isEqualTo(keys("Nizam ud-Din")).isEqualTo(keys("Nizam al-Din"));
    assertThat(keys("Rahmatullah")).isEqualTo(keys("Rahmat Ullah"));
    assertThat(keys("Abdullah")).containsExactly(keys("Abdallah").getFirst());
  }

  @Test
  void tokens_shouldDropCourtesyTitlesAndWeakenHonorifics() {
    assertThat(keys("Mr. Dr. Ali Raza")).isEqualTo(keys("Ali Raza"));
    assertThat(kinds("Haji Syed Maulana Ali"))
        .containsExactly(Token.Kind.WEAK, Token.Kind.WEAK, Token.Kind.WEAK, Token.Kind.NAME);
    assertThat(keys("Hajji Sayyid Ali")).isEqualTo(keys("Haji Syed Ali"));
  }

  @Test
  void tokens_shouldPutListedFamilyNamesLastAndKeepInitials() {
    assertThat(NORMALIZER.tokens("KHAN, Abdul Qadeer", true))
        .extracting(Token::raw)
        .containsExactly("abdul", "qadeer", "khan");
    assertThat(kinds("M. A. Khan"))
        .containsExactly(Token.Kind.INITIAL, Token.Kind.INITIAL, Token.Kind.NAME);
  }

  @Test
  void tokens_shouldRemoveAccentsApostrophesAndCase() {
    assertThat(keys("SA'ÍD Ḥusayn")).isEqualTo(keys("said husayn"));
    assertThat(NORMALIZER.tokens("Zaki-ur-Rehman", true))
        .extracting(Token::raw)
        .containsExactly("zaki", "rehman");
  }

  @Test
  void tokens_shouldJoinDottedAbbreviationsOfEntities() {
    assertThat(NORMALIZER.tokens("CIMEX, S.A.", false))
        .extracting(Token::raw)
        .containsExactly("cimex", "sa");
  }

  @Test
  void parts_shouldSeparateAlternativesAndParentheses() {
    assertThat(
            NameNormalizer.parts("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES (GLBC)"))
        .containsExactly("COMPAGNIE AERIENNE DES GRANDS LACS", "GREAT LAKES", "CAGL", "GLBC");
  }

  @Test
  void refine_shouldSplitAGluedArticleAndWeakenAMisspeltLegalForm() {
    List<Token> tokens = NORMALIZER.tokens("Ayman Alzawahiri Compnay", false);
    List<Token> refined =
        NORMALIZER.refine(tokens, key -> key.equals("zavahiri") || key.equals("ayman"));
    assertThat(refined).extracting(Token::raw).containsExactly("ayman", "zawahiri", "compnay");
    assertThat(refined.getLast().kind()).isEqualTo(Token.Kind.WEAK);
  }
}
