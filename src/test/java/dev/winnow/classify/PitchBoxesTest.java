package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pitch, heading and button of an appeal's or a newsletter's box around a line a rule of its kind names ({@link PitchBoxes}). */
class PitchBoxesTest {
  @Test
  void aPitchBetweenTheBoxsHeadingAndButtonGoesWithThem() {
    String page = """
      Городские власти пообещали восстановить движение по мосту к концу недели, сообщили в мэрии.

      Станьте участником клуба друзей «Томской среды»
      Участники клуба получают закрытую рассылку от редакции и голосуют за темы будущих расследований. Взнос — от 300 рублей в месяц.
      Вступить в клуб

      Ремонт моста обойдется городу в 48 миллионов рублей, следует из документов, опубликованных на сайте закупок.
      """;
    assertThat(clean(page)).doesNotContain("Станьте").doesNotContain("Участники клуба").doesNotContain("Вступить")
        .contains("Городские власти").contains("Ремонт моста");
  }

  @Test
  void aPitchThatSpeaksToTheReaderGoesWithTheButtonUnderIt() {
    String page = """
      The council voted 7-2 on Tuesday to replace the remaining lead pipes in the city's east end by 2029.

      The Lantern has no owner and no oligarch behind it. Tonight's coverage is paid for by 1,900 monthly donors. Could you become the next one?
      Donate in lari, dollars or euros

      The vote follows two years of complaints from residents about discoloured water in the east end.
      """;
    assertThat(clean(page)).doesNotContain("The Lantern").doesNotContain("Donate in").contains("The council voted").contains("The vote follows");
  }

  @Test
  void aPitchSetApartFromTheButtonByABlankLineIsThePagesText() {
    String prose = "El Ayuntamiento aprobó el martes la compra de dos autobuses eléctricos para la línea del puerto, según el acta del pleno.\n\n";
    String pitch = "Hazte socio de Laguna Abierta. Con 5 dólares al mes recibes nuestro boletín exclusivo y acceso anticipado a nuestras investigaciones.\n";
    String rest = "Quiero ser socio\n\nLos vehículos llegarán en primavera y costarán 1,2 millones de euros, financiados en parte con fondos europeos.\n";
    assertThat(clean(prose + pitch + rest)).doesNotContain("Hazte socio").doesNotContain("Quiero ser");
    assertThat(clean(prose + pitch + "\n" + rest)).contains("Hazte socio").doesNotContain("Quiero ser");
  }

  @Test
  void theArticlesParagraphGluedToAButtonSpeaksToNoOneAndStays() {
    // a page without blank lines: a council member who supports the plan, right over "Support us"
    String page = """
      The council voted 7-2 on Tuesday to replace the remaining lead pipes in the city's east end by 2029.
      Councilor Paul Devereaux, a member of the finance committee, said he supports the plan but wants a cheaper loan.
      Support us
      The vote follows two years of complaints from residents about discoloured water in the east end.
      """;
    assertThat(clean(page)).doesNotContain("Support us").contains("Councilor Paul Devereaux, a member");
  }

  @Test
  void aShortButtonUnderAnAppealGoes() {
    String page = ContextFixtures.PROSE1 + "\nThe Millrace has no paywall and never will. Our coverage is paid for by readers like you. Please donate today.\n"
        + "Give $10 now\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(page)).isEqualTo(ContextFixtures.PROSE1 + "\n" + ContextFixtures.PROSE2);
  }

  @Test
  void aHeadingThatThanksTheReadersForWhatTheyMakePossibleGoesWithThePitch() {
    String page = """
      The two votes against came from council members who argued that the city should first finish its study of the garages.

      This story was made possible by readers like you.
      The Whatcom Current is a nonprofit newsroom. We don't have a paywall, and we never will. Please chip in what you can.
      Donate today

      Several downtown churches asked the council for an exemption covering Sunday morning services.
      """;
    assertThat(clean(page)).doesNotContain("made possible").doesNotContain("nonprofit newsroom").doesNotContain("Donate today")
        .contains("The two votes").contains("Several downtown");
  }

  @Test
  void aNewslettersPitchBetweenItsHeadingAndItsFormGoesWithThem() {
    String page = """
      Good morning. A tropical storm is strengthening faster than forecasters expected, and shareholders vote on a grocery merger today.

      Get the Morning Briefing in your inbox
      Our editors' guide to the day's news, every weekday at 6 a.m. Eastern.
      Enter your email address   Sign up

      Tropical Storm Corwin gained strength overnight and is expected to become a hurricane before reaching the coast.
      """;
    assertThat(clean(page)).doesNotContain("Morning Briefing in").doesNotContain("editors' guide").doesNotContain("Sign up")
        .contains("Good morning").contains("Tropical Storm Corwin");
  }

  @Test
  void theArticlesParagraphAboutANewsletterGluedToTheFormSpeaksToNoOneAndStays() {
    String page = """
      Tropical Storm Corwin gained strength overnight and is expected to become a hurricane before reaching the coast.
      The county's newsletter will now carry the evacuation maps every morning during the storm season.
      Enter your email address   Sign up
      """;
    assertThat(clean(page)).contains("county's newsletter").doesNotContain("Sign up");
  }

  @Test
  void aPitchThatOpensWithAnImperativeGoesOverTheNewslettersField() {
    String page = """
      En la zona rural la preocupación es mayor, y el centro de referencia para la tarde estará en Navia, según la consejería.

      Recibe cada mañana las noticias de Asturias que importan
      Tu correo electrónico
      Quiero recibirla

      El servicio de emergencias recomienda no viajar de noche por las carreteras de montaña hasta el jueves.
      """;
    assertThat(clean(page)).doesNotContain("Recibe cada").doesNotContain("Tu correo").contains("En la zona rural").contains("El servicio");
  }

  @Test
  void aNewslettersNameAloneOverItsPitchGoesButAsAKickerOverTheHeadlineStays() {
    String box = """
      The cabinet will consider the report at its meeting on 13 November, the council said on Friday.

      Morning Briefing
      The county's biggest stories, in your inbox by 7am every weekday. Free to sign up.
      Your email address
      Sign me up
      """;
    assertThat(clean(box)).doesNotContain("Morning Briefing").contains("The cabinet");
    String kicker = "Morning Briefing\nWednesday: A storm takes aim at the Gulf Coast, and a grocery merger goes to a vote\n"
        + "By Dana Whitcombe\nMarch 6, 2024\n\n" + ContextFixtures.PROSE1 + "\n";
    assertThat(clean(kicker)).contains("Morning Briefing");
  }
}
