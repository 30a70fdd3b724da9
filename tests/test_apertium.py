"""The Apertium engine, end to end through Debian's real ``apertium`` processes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import toolkit
from toolkit.engines import apertium
from toolkit.engines.base import unmark
from toolkit.errors import EngineNotAvailableError, ModelNotFoundError, UsageError
from toolkit.translation.prepare import engine_input

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None or not (apertium.MODES_DIR / "fr-es.mode").exists(),
    reason="needs apt-get install apertium apertium-fr-es apertium-eng-spa",
)

FRENCH = [
    "Le chat noir dort sur le canapé.",
    "Les rebelles se sont emparés vendredi de la majeure partie de la ville.",
    "Selon l'ONG, au moins 242 personnes ont été tuées, dont 24 civils.",
    "« Les combattants sont entrés dans les quartiers ouest », a déclaré le directeur.",
    "Il y a environ 17 000 réfugiés, y compris des enfants.",
    "Plus de 14.000 personnes ont été déplacées par les combats.",
    "Le ministre a démenti toute négociation",
    "M. Dupont est arrivé à Paris mardi soir.",
]


@pytest.fixture(scope="module")
def engine() -> apertium.ApertiumEngine:
    return apertium.create()


def _plain(engine: apertium.ApertiumEngine, segments: list[str], source: str, target: str) -> list[str]:
    """The engine's translations of ``segments``, without its unknown-word marks."""
    return [unmark(t)[0] for t in engine.translate_batch(segments, source, target)]


def test_direct_pair_fr_es(engine: apertium.ApertiumEngine) -> None:
    assert engine.translate_batch(["Le chat noir."], "fr", "es") == ["El gato negro."]
    assert engine.model_id("fr", "es").startswith("fr-es@")


def test_pivot_fr_en_goes_through_spanish(engine: apertium.ApertiumEngine) -> None:
    assert ("fr", "en") in engine.pairs()
    assert engine.model_id("fr", "en").startswith("fr-es@") and ">spa-eng@" in engine.model_id("fr", "en")
    assert engine.translate_batch(["Le chat noir."], "fr", "en") == ["The black cat."]
    # The translation memory keys on the version: it names how the toolkit drives Apertium too.
    assert engine.version().endswith(f"(driver {apertium.DRIVER})")


@pytest.mark.parametrize("target", ["es", "en"])
def test_special_characters_survive(engine: apertium.ApertiumEngine, target: str) -> None:
    source = r"Le prix [sic] est de 5 $ <b> @home {x} ^y a/b \ c $d^ fin."
    (output,) = engine.translate_batch([source], "fr", target)
    for char in "[]<>$@/\\{}^":
        assert output.count(char) == source.count(char), (char, output)


def test_unknown_word_marks_and_leaked_tags_removed(engine: apertium.ApertiumEngine) -> None:
    segments = ["Xzqwvk est arrivé hier à Brobdingnag.", "Il y a 17 000 personnes, y compris des enfants."]
    outputs = engine.translate_batch(segments, "fr", "en")
    assert "Xzqwvk" in outputs[0] and "Brobdingnag" in outputs[0]
    for output in outputs:
        assert not re.search(r"[*#@]\w", output), output
        assert "<" not in output, output  # Apertium's fr-es data leaks "<prn>" for "y compris"


def test_a_pivot_does_not_translate_what_its_first_leg_left_in_french(
    engine: apertium.ApertiumEngine,
) -> None:
    """A word fr→es did not know is French, not Spanish: es→en must not read "Goma" (a town) as
    Spanish "goma" (rubber), nor "Carey" as "carey" (tortoiseshell). Apertium capitalises the word
    after an unknown word that opens a sentence ("Qantas Declared"): not when the source's is small."""
    towns, actress, airline = (unmark(output)[0] for output in engine.translate_batch(
        [
            "Deux localités situées à environ 80 km au nord de Goma.",
            "Carey Mulligan a abandonné les riches atours de Daisy.",
            "Qantas a déclaré qu'elle respectait les règles.",
        ],
        "fr",
        "en",
    ))
    assert "Goma" in towns and "Rubber" not in towns
    assert actress.startswith("Carey Mulligan") and "Tortoiseshell" not in actress
    assert airline.startswith("Qantas declared")


def test_one_output_per_segment_even_empty_or_multiline(engine: apertium.ApertiumEngine) -> None:
    segments = ["Bonjour.", "", "   ", "Une ligne\net une autre\n\n\nencore.", "Fin"]
    outputs = engine.translate_batch(segments, "fr", "es")
    assert len(outputs) == len(segments)
    assert outputs[1] == outputs[2] == ""
    assert "\n" not in outputs[3] and outputs[3]
    assert outputs[4]


def test_batch_equals_one_by_one_and_is_deterministic(engine: apertium.ApertiumEngine) -> None:
    together = engine.translate_batch(FRENCH, "fr", "en")
    assert together == [engine.translate_batch([s], "fr", "en")[0] for s in FRENCH]
    assert together == engine.translate_batch(FRENCH, "fr", "en")
    assert engine.translate_batch([], "fr", "en") == []


def test_a_segment_translates_the_same_whatever_precedes_it(engine: apertium.ApertiumEngine) -> None:
    # The tagger used to carry its state across segments: "Les rebelles" became "Las rebeldes"
    # after a feminine sentence, so batches and the translation memory disagreed.
    alone = engine.translate_batch(["Les rebelles sont entrés."], "fr", "es")
    after = engine.translate_batch(["La ville est tombée.", "Les rebelles sont entrés."], "fr", "es")
    assert after[1] == alone[0]
    assert alone[0].startswith("Los rebeldes")


@pytest.mark.parametrize(
    ("source", "spaced", "glued"),
    [
        ("They work for a Boston-based aid group.", "basado en Boston", "basadoenBoston"),
        ("The 30-year-old performer said so.", "El intérprete de 30 años", "intérpretede30años"),
        ("They fought the U.S.-backed government.", "reculado en EE.UU.", "reculadoenEE.UU."),
        ("He met a 24-year-old.", "una persona de 24 años.", "personade24años"),
    ],
)
def test_a_hyphenated_compound_that_a_rule_reorders_keeps_its_spaces(
    engine: apertium.ApertiumEngine, source: str, spaced: str, glued: str
) -> None:
    # eng-spa writes the blanks that were between a compound's words, and "Boston-based" has none.
    (output,) = engine.translate_batch([source], "en", "es")
    assert spaced in output and glued not in output


def test_hyphens_in_dictionary_words_and_those_no_rule_moves_stay(engine: apertium.ApertiumEngine) -> None:
    assert engine.translate_batch(["Le Royaume-Uni et le Moyen-Orient."], "fr", "es") == [
        "Reino Unido y Oriente Medio."
    ]
    assert engine.translate_batch(["She sent an e-mail.", "Al-Qaeda attacked."], "en", "es") == [
        "Envió un email.", "Al-Qaeda atacó."
    ]
    (output,) = engine.translate_batch(["State-run media and the Iran-Iraq war."], "en", "es")
    assert output.startswith("Estatal-") and "Irán-guerra" in output


def test_a_pivot_translates_a_reordered_compound_in_its_second_leg(engine: apertium.ApertiumEngine) -> None:
    # Glued into one word by the first leg, "intérpretede30años" was a word French lacks and
    # stayed in Spanish.
    (output,) = engine.translate_batch(["The 30-year-old performer said so."], "en", "fr")
    assert unmark(output)[1] == [] and "de 30 ans" in output


def test_a_name_after_a_spanish_e_or_u_keeps_its_capital(engine: apertium.ApertiumEngine) -> None:
    # Post-generation writes "e" for "y" before an i-sound and lowercases the word after it.
    (output,) = engine.translate_batch(["France and Italy, Iran and Iraq, the UN and ISIS."], "en", "es")
    assert "Francia e Italia" in output and "Irán e Iraq" in output and "e ISIS" in output
    assert engine.translate_batch(["Paris ou Oslo, sept ou huit."], "fr", "es") == [
        "París u Oslo, siete u ocho."
    ]
    # A word that is no name stays in small letters: Spanish ("incluso"), or English the engine copied.
    (output,) = engine.translate_batch(["It was risky and instability grew, and even more."], "en", "es")
    assert "e \ufdd0instability" in output
    (output,) = engine.translate_batch(["She was tired and even angry."], "en", "es")
    assert " e incluso " in output


def test_a_pivot_translates_a_name_that_followed_a_spanish_e(engine: apertium.ApertiumEngine) -> None:
    # "Francia e italia" left "italia" unknown to spa-eng: "France and italia".
    assert engine.translate_batch(["Il a visité la France et l'Italie."], "fr", "en") == [
        "He visited France and Italy."
    ]


def test_a_quotation_mark_stays_beside_its_word(engine: apertium.ApertiumEngine) -> None:
    # Spanish drops the pronoun ("We"), and reordering moves the verb out of the quotation: the blank
    # beside the mark was left behind (" Continuaremos", dirigiría " su).
    (dropped, moved) = engine.translate_batch(
        ['"We will continue to oppose it," he said.', 'Her office would "conduct its analysis in full."'],
        "en", "es",
    )
    assert dropped.startswith('"Continuaremos') and '," ' in dropped
    assert '"su análisis' in moved and '" su' not in moved


def test_an_opening_single_quote_is_no_clitic(engine: apertium.ApertiumEngine) -> None:
    # "'M" read as the "'m" of "I'm": "'My God" came out "soyy Dios".
    (straight, curly) = engine.translate_batch(
        ["He said, 'My God, it is going to hit.'", "He said, ‘Mr. President, bomb them.’"], "en", "es"
    )
    assert "'Mi Dios" in straight and "soy" not in straight
    assert "‘Señor Presidente" in curly
    # Nor is the apostrophe of a name before an M ("O soyel callejón"); the names the dictionary
    # knows stay whole, and French elision is French.
    malley, reilly = (unmark(t)[0] for t in engine.translate_batch(
        ["Martin O'Malley said so.", "Bill O'Reilly said so."], "en", "es"
    ))
    assert malley.startswith("Martin O'Malley ") and reilly.startswith("Bill O'Reilly ")
    assert unmark(engine.translate_batch(["L'ONU est à Alep."], "fr", "es")[0])[0] == "La ONU es en Alepo."


def test_no_capital_mid_sentence_after_the_words_a_sentence_opens_with(
    engine: apertium.ApertiumEngine,
) -> None:
    # Apertium gives the sentence's capital to the first word it translates: "Menichini Dijo".
    said, polls, names = (
        unmark(t)[0]
        for t in engine.translate_batch(
            ["Menichini said he believed it.", "Gallup polls may suggest it.",
             "CNN's Vasco Cotovio contributed to this report."], "en", "es",
        )
    )
    assert said.startswith("Menichini dijo") and polls.startswith("Gallup las urnas")
    assert "Vasco Cotovio" in names  # "vasco" is a Spanish word, but here the source's name
    (morsi,) = engine.translate_batch(["Morsi a fait un serment symbolique vendredi."], "fr", "en")
    assert unmark(morsi)[0].startswith("Morsi did ")  # the pair alone writes "**Morsi Has done"
    # Nor in a sentence after the first, nor after a word renamed ("Jihadists Attacked"), nor a word
    # of one letter ("Menichini A dit").
    assert _plain(engine, ["Il pleut. Boko Haram a revendiqué l'attentat."], "fr", "en") == [
        "It rains. Boko Haram claimed the attack."]
    assert _plain(engine, ["Hamás reivindicó el ataque. Yihadistas atacaron la ciudad."], "es", "en") == [
        "Hamás claimed the attack. Jihadists attacked the city."]
    (french,) = _plain(engine, ["It rains. Menichini said so."], "en", "fr")
    assert french.startswith("Il pleut. Menichini a dit")


def test_a_month_keeps_its_name(engine: apertium.ApertiumEngine) -> None:
    # eng-spa knows "March" as a noun and a surname only ("encima Marcha 24", "en March"), and put
    # "on March 24" word for word; it has a rule for "on 24 March".
    on_date, alone, two, began, noun = (
        unmark(t)[0]
        for t in engine.translate_batch(
            ["It happened on March 24.", "They were exposed to Ebola in March, but none developed it.",
             "They were detained on March 6 and March 7.", "The first phase began March 4, 2015.",
             "The march on Washington was peaceful."],
            "en", "es",
        )
    )
    assert on_date == "Pasó el 24 de marzo." and "en marzo," in alone
    assert "el 6 de marzo y marzo 7" in two and "marzo 4, 2015" in began
    assert noun.startswith("La marcha ")
    (french,) = engine.translate_batch(["It happened on March 24."], "en", "fr")
    assert unmark(french)[0] == "Il est passé le 24 mars."


def test_an_english_preposition_before_a_noun_phrase_is_no_adverb(engine: apertium.ApertiumEngine) -> None:
    # eng-spa's tagger read "about", "on", "against", "since" before a name or a bare noun as adverbs:
    # "se preocupa aproximadamente Irán", "sanciones encima Irán", "en contra Obama", "desde entonces
    # junio". Particles of phrasal verbs stay adverbs; French taggers are left alone.
    sentences = ["She worries about Iran.", "Sanctions on Iran will stay.", "He protested against Obama.",
                 "The war crimes committed since June."]
    assert _plain(engine, sentences, "en", "es") == [
        "se preocupa sobre Irán.", "Las sanciones en Irán se quedarán.", "Protestó contra Obama.",
        "Los delitos de guerra cometidos desde junio.",
    ]
    french = _plain(engine, sentences, "en", "fr")
    assert "sur l'Iran" in french[0] and "contre Obama" in french[2] and "depuis juin" in french[3]
    pronoun, gerund, number, subject, particle = _plain(
        engine,
        ["We talked about it.", "She insisted on wearing it.", "About 30 people died.",
         "It has not rained since they began.", "They have given up hope."],
        "en", "es",
    )
    assert pronoun == "Hablamos sobre él." and gerund == "Insistió en llevarlo."
    assert number.startswith("Aproximadamente 30 ") and "desde ellos" not in subject
    assert "arriba de" not in particle
    (closely,) = engine.translate_batch(["Nous examinerons de près la décision."], "fr", "es")
    assert unmark(closely)[0] == "Examinaremos de cerca la decisión."


def test_on_tuesday_is_said_as_on_any_other_day(engine: apertium.ApertiumEngine) -> None:
    # eng-spa's rule for "on" and a weekday has "yuesday" for Tuesday: "dijo encima martes".
    said, opening, monday = _plain(
        engine,
        ["A spokesman said on Tuesday that he left.", "On Tuesday, the talks resumed.",
         "He arrived on Monday."],
        "en", "es",
    )
    assert " el martes que " in said and opening.startswith("El martes, ") and monday == "Llegó el lunes."
    (french,) = engine.translate_batch(["On Tuesday, the talks resumed."], "en", "fr")
    assert unmark(french)[0].startswith("Le mardi, ")


def test_scale_words_keep_their_value(engine: apertium.ApertiumEngine) -> None:
    # eng-spa had "a billion" as "un billón" (10^12) and "a quarter" as "un barrio" (a neighbourhood),
    # es-fr "mil millones" as "Mil millions", and spa-eng did not know fr-es's "millardo" ("2
    # *millardos of dollars").
    english = ["The company lost a billion dollars.", "It cost 2 billion dollars.",
               "A trillion euros is a lot.", "It cost £3.5bn.", "He lost a quarter of his votes."]
    assert _plain(engine, english, "en", "es") == [
        "La empresa perdió mil millones de dólares.", "Costó 2 mil millones de dólares.",
        "Un billón de euros es mucho.", "Costó 3.5 miles de millones libras.",
        "Perdió un cuarto de sus votos.",
    ]
    french = _plain(engine, english[:2], "en", "fr")
    assert "un milliard de dollars" in french[0] and "2 milliards de dollars" in french[1]
    from_french = ["L'entreprise a perdu un milliard d'euros.",
                   "Les ventes ont atteint 2 milliards de dollars."]
    assert _plain(engine, from_french, "fr", "en") == [
        "The company lost a billion euros.", "The sales reached 2 billion dollars.",
    ]
    from_spanish = ["Perdió mil millones de dólares.", "Miles de millones de euros."]
    assert _plain(engine, from_spanish, "es", "en") == ["It lost a billion dollars.", "Billions of euros."]
    assert "des milliards d'euros" in _plain(engine, ["Perdieron miles de millones de euros."], "es", "fr")[0]


def test_french_numbers_and_articles_mean_what_they_say(engine: apertium.ApertiumEngine) -> None:
    # fr-es's tagger read "neuf" before a noun as "new" and has "des" as "de les" only ("Of the
    # hundreds"); spa-eng did not know "treintena" and gave "una decena de" as "A ten of".
    french = ["Une dizaine de personnes ont été tuées.", "La trentaine de pompiers a maîtrisé le feu.",
              "Des centaines de personnes ont fui.", "Il a dit que des soldats sont arrivés.",
              "Les neuf États ont voté.", "Il a acheté un vélo neuf.",
              "La sécurité des soldats et des policiers."]
    english = _plain(engine, french, "fr", "en")
    assert english[0] == "Around ten people were killed."
    assert english[1].startswith("Around thirty firefighters ")
    assert english[2].startswith("Hundreds of people ") and "that soldiers " in english[3]
    assert english[4] == "The nine States voted." and "a new bicycle" in english[5]
    assert english[6] == "The security of the soldiers and the policemen."
    spanish = _plain(engine, french[:3], "fr", "es")
    assert spanish[0].startswith("Una decena de personas ")
    assert spanish[2].startswith("Unos centenares de personas ")


@pytest.mark.parametrize(
    ("french", "rewritten"),
    [
        ("« Non », a-t-elle déclaré.", "« Non », elle a déclaré."),
        ("Devrait-elle suivre les instructions ?", "Elle devrait suivre les instructions ?"),
        ("Y a-t-il des victimes ?", "Il y a des victimes ?"),
        ("N'y a-t-il pas de victimes ?", "Il n'y a pas de victimes ?"),
        ("Que fait-on ?", "Qu'on fait ?"),
        ("Qu'en pensez-vous ?", "Que vous en pensez ?"),
        ("Avons-nous assez d'artistes ?", "Nous avons assez d'artistes ?"),
        ("Ai-je raison ?", "J'ai raison ?"),
        ("Pourquoi s'agit-il d'une découverte ?", "Pourquoi il s'agit d'une découverte ?"),
        # After a subject of its own the pronoun only repeats it.
        ("Cela vous étonne-t-il ?", "Cela vous étonne ?"),
        ("Combien de personnes sont-elles mortes ?", "Combien de personnes sont mortes ?"),
        ("Peut-être viendra-t-il.", "Peut-être il viendra."),
        ("Dites-nous tout, peut-être.", "Dites-nous tout, peut-être."),
        ("Asseyez-vous, dit-il.", "Asseyez-vous, il dit."),
    ],
)
def test_a_french_subject_pronoun_after_its_verb_goes_before_it(french: str, rewritten: str) -> None:
    assert apertium._french_subjects_first(french) == rewritten


def test_a_french_inverted_subject_leaves_no_hyphen_or_glued_verb(engine: apertium.ApertiumEngine) -> None:
    # fr-es read "a-t-elle déclaré" as "hadeclarado" (left untranslated in English), "devrait-elle
    # suivre" as "debería-" without its verb, and "a-t-il dit" as "ha dice".
    french = ["« Non », a-t-elle déclaré.", "Pourquoi devrait-elle suivre les instructions ?",
              "« Oui », avait-il ajouté.", "« Oui », a-t-il dit.", "Cela vous étonne-t-il ?"]
    spanish = _plain(engine, french, "fr", "es")
    assert spanish[:4] == ["« No », ha declarado.", "Porqué tendría que seguir las instrucciones ?",
                           "« Sí », había añadido.", "« Sí », ha dicho."]
    assert "él" not in spanish[4].split()
    english = _plain(engine, french[:3], "fr", "en")
    assert english[0].endswith(" declared.") and "to follow the instructions" in english[1]
    assert not any(re.search(r"\w-(?:\s|$)", text) for text in spanish + english)


@pytest.mark.parametrize(
    ("french", "rewritten"),
    [
        ("242 morts, dont 24 civils.", "242 morts, parmi eux 24 civils."),
        ("ses neuf enfants, dont un nourrisson", "ses neuf enfants, parmi eux un nourrisson"),
        ("14.000 déplacés (dont la moitié des enfants)", "14.000 déplacés (parmi eux la moitié des enfants)"),
        ("les frères Coen, dont la filmographie", "les frères Coen, dont la filmographie"),
        ("L'homme dont je parle est parti.", "L'homme dont je parle est parti."),
    ],
)
def test_dont_before_a_count_is_among_them(french: str, rewritten: str) -> None:
    assert apertium._among_them(french) == rewritten


def test_a_french_count_after_dont_is_no_whose(engine: apertium.ApertiumEngine) -> None:
    # fr-es has "dont" as the relative "cuyo" only: "whose 24 civilians".
    french = ["Au moins 242 personnes ont été tuées, dont 24 civils."]
    spanish = "Al menos 242 personas han sido matadas, entre ellos 24 civiles."
    assert _plain(engine, french, "fr", "es") == [spanish]
    assert _plain(engine, french, "fr", "en")[0].endswith(", among them 24 civilians.")


def test_french_courtesy_titles_are_titles(engine: apertium.ApertiumEngine) -> None:
    # fr-es copied "M." and "Dr", and wrote "Mme" "Sra": spa-eng read them as a letter or unknown
    # words ("M. Morsi Has done"; "Sra Merkel", "The Dr Bwelle" with "Sra" and "Dr" untranslated).
    # An initial stays one.
    french = ["Selon le Dr Bwelle, Mme Merkel a parlé de M. Morsi.", "Il a vu Jean M. Dupont."]
    spanish = _plain(engine, french, "fr", "es")
    assert spanish[0] == "Según el Dr. Bwelle, Sra. Merkel ha hablado de Sr. Morsi."
    assert "Jean M. Dupont" in spanish[1]
    english = _plain(engine, french[:1], "fr", "en")
    assert english == ["According to Dr. Bwelle, Mrs. Merkel spoke of Mr. Morsi."]


def test_a_french_preposition_before_a_determiner_is_kept(engine: apertium.ApertiumEngine) -> None:
    # fr-es's rule for a partitive "de" after a verb took out the preposition and the determiner
    # with it: "se había retirado posiciones", "Ha hablado amigos". A partitive still goes.
    french = ["L'armée s'était retirée de plusieurs positions.",
              "Il a parlé de ses amis et de ces positions.", "Il a vu de nombreuses personnes.",
              "Le taux a augmenté de 18 % en 2007."]
    spanish = _plain(engine, french, "fr", "es")
    assert spanish[:3] == ["El ejército se había retirado de varias posiciones.",
                           "Ha hablado de sus amigos y de estas posiciones.", "Ha visto numerosas personas."]
    assert spanish[3] == "La tasa ha aumentado del 18 % en 2007."  # as the pair writes it
    assert " retreated from several positions" in _plain(engine, french[:1], "fr", "en")[0]


def test_a_saying_verbs_subject_after_it_comes_first_in_english(engine: apertium.ApertiumEngine) -> None:
    # spa-eng writes a verb with no subject before it with "it" and leaves the subject after it: "« No
    # », it has declared the minister"; "precisar" there is "require".
    french = ["« Non », a déclaré le ministre.", "Les rebelles ont pris la ville, a indiqué l'Observatoire.",
              "« Oui », a précisé M. Morsi à la presse.", "« C'est un héros », a déclaré Katie O'Malley.",
              "Il y a une fuite, a indiqué vendredi le substitut.", "Il est parti, a annoncé sa démission."]
    english = _plain(engine, french, "fr", "en")
    assert english[:4] == ["« No », the minister said.",
                           "The rebels took the city, the Observatory said.",
                           "« Yes », Mr. Morsi specified to the press.",
                           "« It is a hero », Katie O'Malley said."]
    # A day is no subject, and after a plain comma only a verb that says has one after it.
    assert "Friday the " in english[4] and english[5] == "He left, announced his resignation."
    # Whom it was said to stays after the verb; an apposition stays with the speaker.
    (afp,) = _plain(engine, ["« Non », a déclaré à l'AFP Rami Dupont, le directeur de l'ONG."], "fr", "en")
    assert afp == "« No », Rami Dupont, the director of the NGO, said to AFP."
    # So do a participle and a relative clause about the speaker, not one about what was said; and an
    # indefinite speaker comes first too.
    ngo, spokesman, conclusions = _plain(engine, [
        "Les insurgés ont pris la ville, a précisé l'ONG basée à Londres, qui dispose d'un vaste réseau.",
        "« Nous sommes prêts », a indiqué un porte-parole.",
        "Les brevets ont des technologies, ont indiqué les conclusions, ce qui est le cœur de Google.",
    ], "fr", "en")
    assert ngo.endswith(", the NGO based in London, that has a vast network, specified.")
    assert spokesman == "« We are ready », a spokesman said."
    assert ", indicated the conclusions, what is " in conclusions  # not reordered: no "said" either
    assert _plain(engine, ["« No », dijo el portavoz."], "es", "en") == ["« No », the spokesman said."]


def test_a_french_passe_compose_is_the_english_simple_past(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes the passé composé as the Spanish perfect ("ha declarado"), and spa-eng as the
    # English one: "the minister has declared", "have been killed". Where a word ties the verb to
    # now, in its clause or beside it, the perfect stays.
    french = ["« Non », a déclaré le ministre.", "Quatre combattants ont été tués jeudi.",
              "L'erreur a eu lieu pendant la mise à jour.", "Ils n'ont pas été arrêtés.",
              "Il a participé depuis Washington.",
              "Il a expliqué que les chefs l'appliquent depuis des années.",
              "Depuis 2008, son groupe a aidé 32 000 personnes.", "La situation n'a pas changé depuis 2002.",
              "La création a toujours été une force.", "Il a déjà conquis sa place.",
              "« Ça n'a pas cessé depuis ce matin », a indiqué un habitant."]
    english = _plain(engine, french, "fr", "en")
    assert english[:6] == ["« No », the minister said.", "Four fighters were killed Thursday.",
                           "The error took place during the up to date.", "They were not arrested.",
                           "He took part from Washington.",
                           "He explained that the chiefs apply it for years."]
    assert " has helped " in english[6] and " has not changed " in english[7]
    assert " has been always " in english[8] and " has conquered already " in english[9]
    assert " has not ceased " in english[10] and english[10].endswith("», an inhabitant said.")
    # Spanish copy reads the same way, and fr→es keeps the perfect.
    assert _plain(engine, ["El portavoz ha dicho que no.", "Ya ha dicho que no."], "es", "en") == [
        "The spokesman said that no.", "Already it has said that no."]
    assert _plain(engine, french[:1], "fr", "es") == ["« No », ha declarado el ministro."]


def test_a_verb_of_motion_with_etre_is_a_past_not_a_present(engine: apertium.ApertiumEngine) -> None:
    # fr-es read "être" before the participle of a verb of motion as "estar" or "ser": "the firemen are
    # arrived on the scene", "It is died yesterday", "It was not still left", "It is been born in 1950";
    # and "devenir" as "resultar": "It is medical result".
    french = ["Les pompiers sont arrivés sur la scène.", "Il est mort hier.", "Elle est née en 1950.",
              "Ils étaient partis avant l'aube.", "Les rebelles sont entrés dans la ville.",
              "Il est devenu médecin.", "Le Crown Plaza deviendra une résidence.",
              "L'armée s'est retirée de plusieurs positions.", "La ville est restée calme.",
              "Elle n'est pas venue.", "Ils sont arrêtés.",
              "Son stock est automatiquement devenu plus faible.", "Il n'est pas devenu médecin."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["The firefighters arrived on the scene.", "He died yesterday.",
                           "It was born in 1950."]
    assert " had left before " in english[3] and english[4] == "The rebels entered the city."
    assert english[5] == "He became doctor." and " will become a residence" in english[6]
    assert english[7:11] == ["The army retreated from several positions.",  # a reflexive verb is fr-es's own
                             "The city remained calm.", "It did not come.",
                             "They are arrested."]  # a passive is no verb of motion
    assert english[11:] == ["His stock became automatically feebler.", "He did not become doctor."]
    assert _plain(engine, french[:3] + french[5:6], "fr", "es") == [
        "Los bomberos han llegado sobre la escena.", "Ha muerto ayer.", "Ha nacido en 1950.",
        "Ha llegado a ser médico."]


def test_depuis_before_a_point_in_time_is_since(engine: apertium.ApertiumEngine) -> None:
    # spa-eng writes "from" for every "desde": "242 people have been killed from the beginning of the
    # offensive", "for the first time from 2016". A place or a range stays "from"; a length of time is
    # "for".
    french = ["Au moins 242 personnes ont été tuées depuis le début de l'offensive.",
              "C'est la première fois depuis 2016.", "Ils discutent depuis décembre.",
              "Il est absent depuis le 7 octobre.", "Il a participé depuis Washington.",
              "Il travaille depuis dix jours."]
    english = _plain(engine, french, "fr", "en")
    assert " have been killed since the beginning of the offensive." in english[0]
    assert english[1].endswith(" since 2016.") and english[2].endswith(" since December.")
    assert english[3].endswith(" since 7 October.")  # spa-eng's date rule wrote "since on 7 October"
    assert english[4].endswith(" from Washington.") and english[5].endswith(" for ten days.")
    assert _plain(engine, ["Ha aumentado desde 2016.", "Desde enero hasta marzo."], "es", "en") == [
        "It has increased since 2016.", "From January until March."]


def test_a_saying_verb_before_what_was_said_says(engine: apertium.ApertiumEngine) -> None:
    # spa-eng's "precisar" is "require" and "asegurar" "ensure": "RBS required also that", "It ensured
    # that the president was resolved". "s'assurer que" is "to ensure that".
    french = ["RBS a précisé aussi que la restructuration libérerait du capital.",
              "Il a assuré que le président était résolu.", "Ils précisent qu'ils ont reçu les accords.",
              "Nous allons nous assurer que cela n'arrive plus.", "Il s'est assuré que tout allait bien."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].startswith("RBS also specified that ") and english[1].startswith("He affirmed that ")
    assert english[2].startswith("They specify that ")
    assert " will ensure that " in english[3] and english[4].startswith("He ensured that ")
    # A reporter writes "said" for "a déclaré", "a indiqué" ("declared", "indicated"), with no capital
    # after the words Apertium copied ("Scotland Yard Said", "Said" being a name too).
    reported = _plain(engine, ["Scotland Yard a déclaré que l'homme était parti.",
                               "L'agence a indiqué que le site était en panne."], "fr", "en")
    assert reported[0].startswith("Scotland Yard said that ")
    assert reported[1].startswith("The agency said that ")
    # Before a colon and what was said too ("Mr. Kerry declared : « It is undeniable »").
    colon = _plain(engine, ["M. Kerry a déclaré : « Oui. »", "Il a déclaré la guerre."], "fr", "en")
    assert colon[0].startswith("Mr. Kerry said : «") and colon[1] == "He declared the war."


def test_a_speaking_il_is_he(engine: apertium.ApertiumEngine) -> None:
    # fr-es drops a subject pronoun, as Spanish does, and spa-eng wrote "It said that", "« Yes »,
    # added" for "Il a déclaré que", "« Oui », a-t-il ajouté": fr→en keeps it.
    french = ["Il a déclaré que les élections auraient lieu.", "« Oui », a-t-il ajouté.",
              "« Oui », ont-ils ajouté.", "« Non », a-t-elle déclaré.",
              "Le parti qui lui rappelle la règle."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["He said that the elections would take place.", "« Yes », he added.",
                           "« Yes », they added."]
    # "elle" is as often the agency that spoke as a woman; an object "lui" says nothing.
    assert not {"he", "she"} & {word for text in english[3:] for word in re.findall(r"\w+", text.lower())}
    # Spanish copy drops the pronoun, as Spanish does.
    assert _plain(engine, french[:2], "fr", "es") == ["Ha declarado que las elecciones tendrían lugar.",
                                                      "« Sí », ha añadido."]


def test_an_acting_il_is_he_and_an_impersonal_il_it(engine: apertium.ApertiumEngine) -> None:
    # Agency copy's "il" is a person far more often than a thing, and spa-eng wrote "it" for every verb
    # fr-es left without its subject: "It found the president", "It was condemned", "It arrived".
    french = ["Il a rencontré le président mardi.", "Il a été condamné à cinq ans de prison.",
              "Il est arrivé mardi à Damas.", "Il demande qu'il soit déclaré coupable.",
              "Jeudi soir, il a parlé."]
    english = _plain(engine, french, "fr", "en")
    assert [text.split()[0] for text in english[:3]] == ["He", "He", "He"]
    assert english[3].startswith("He asks that he ") and english[4].endswith(", he spoke.")
    # An "il" that is no one stays "it": "il faut", "il est possible que", a passive with "que" or
    # "de", "il est" a time or "de", the weather, "il se passe", "il devrait y avoir".
    impersonal = ["Il est possible que le président parte.", "Il est bien difficile de dire combien.",
                  "Il est prévu que le sommet ait lieu lundi.", "Il a été décidé de reporter le vote.",
                  "Il fait froid à Moscou.", "Il devrait y avoir des élections.",
                  "Il s'est passé quelque chose.", "Comme il est d'usage, le président a parlé.",
                  "Il est 15 heures à Damas.", "Il faut partir.", "Il reste trois jours.",
                  "Il semble que la guerre continue.", "Il est vraiment important.",
                  "Des rats, il y en a toujours eu."]
    english = _plain(engine, impersonal, "fr", "en")
    assert not any(re.search(r"\b(?:he|him)\b", text, re.IGNORECASE) for text in english)
    # Spanish copy drops the pronoun, as Spanish does.
    assert _plain(engine, french[1:2], "fr", "es") == ["Ha sido condenado a cinco años de prisión."]


def test_lui_before_a_verb_is_its_object(engine: apertium.ApertiumEngine) -> None:
    # The tagger reads "lui" as the stressed "il", a subject: "and he left messages", "The minister he
    # answered". After a subject pronoun fr-es's stressed "él" stood for the subject it dropped.
    french = ["Coulson l'a appelée et lui a laissé des messages.", "Le ministre lui a répondu.",
              "Il lui a dit non.", "Lui a refusé.", "C'est lui qui a parlé."]
    assert _plain(engine, french, "fr", "en") == [
        "Coulson called it and left him messages.", "The minister answered him.", "He said no.",
        "He refused.", "It is him that spoke."]


def test_a_capitalised_word_read_as_a_common_word_is_the_place(engine: apertium.ApertiumEngine) -> None:
    # fr-es's tagger read "Paris" as "paris" (bets) and "l'Équateur" as the equator: "He will go to
    # Bets Monday", "the embassy of the Ecuador". A capital that is no place stays a common word.
    french = ["Il se rendra à Paris lundi.", "Il s'est réfugié à l'ambassade de l'Équateur.",
              "La Bourse de Paris a chuté.", "Le ministère de la Défense a parlé."]
    english = _plain(engine, french, "fr", "en")
    assert english[0] == "He will go to Paris Monday." and english[1].endswith(" the embassy of Ecuador.")
    assert english[2:] == ["The Paris stock exchange fell.", "The defence ministry spoke."]
    spanish = _plain(engine, french[:2], "fr", "es")
    assert spanish[0].startswith("Irá a París ") and spanish[1] == "Se ha refugiado a la embajada de Ecuador."


def test_prices_rockets_arrests_and_leaders_read_as_wire_copy_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # fr-es's "premio" for every "prix" ("The prize of the oil"), "tirar de" for "tirer" ("threw of tear
    # gases"), "interpelar" for "interpeller" (left in Spanish), "llevar" for "mener" ("spent by"), and
    # "Les gouvernements" as a name, "Los ejecutivos".
    french = ["Le prix du pétrole a chuté.", "La police a tiré des gaz lacrymogènes.",
              "La police a interpellé trois personnes dimanche.",
              "La coalition menée par les Etats-Unis a frappé.", "Les gouvernements européens ont réagi.",
              "Les rebelles ont tiré des roquettes sur la ville."]
    assert _plain(engine, french, "fr", "en") == [
        "The oil price fell.", "The police launched tear gas.",
        "The police arrested three people Sunday.", "The coalition led by the United States struck.",
        "The European governments reacted.", "The rebels launched rockets on the city."]
    assert _plain(engine, french[:5], "fr", "es") == [
        "El precio del petróleo ha caído.", "La policía ha lanzado gases lacrimógenos.",
        "La policía ha arrestado tres personas domingo.",
        "La coalición liderada por Estados Unidos ha golpeado.", "Los gobiernos europeos han reaccionado."]
    # A prize named or given stays one; "interpeller" a government is no arrest.
    prizes = _plain(engine, ["Il a reçu le prix Nobel de la paix.",
                             "La remise des prix aura lieu à 16 heures.",
                             "Il a interpellé le gouvernement."], "fr", "en")
    assert "prize" in prizes[0] and "prizes" in prizes[1] and "arrested" not in prizes[2]


def test_channels_beijing_and_superlatives_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # spa-eng's "canal" for a television channel ("The canal al-Jazeera"), "Peking", and a noun's "más
    # elevado" as "his more elevated level".
    french = ["La chaîne al-Jazeera a diffusé la vidéo.",
              "Une porte-parole de la chaîne de supermarchés Asda.",
              "Le président chinois est arrivé à Pékin.",
              "L'euro a atteint son plus haut niveau depuis deux ans.",
              "Le chômage est à son plus bas niveau depuis 2008."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].startswith("The channel ") and " chain of supermarkets " in english[1]
    assert english[2] == "The Chinese president arrived in Beijing."
    assert " its highest level " in english[3] and " its lowest level " in english[4]
    spanish = ["Es el canal de Suez.", "Llegó a Pekín.", "Los precios más altos de Europa."]
    assert _plain(engine, spanish, "es", "en") == [
        "It is the canal of Suez.", "It arrived to Beijing.", "The highest prices of Europe."]


def test_charges_the_people_and_lengths_of_time_read_as_wire_copy_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "mis en examen" came out "put in examination", "le peuple syrien" "the Syrian village" and
    # "depuis deux ans" "from two years" (Spanish "desde dos años").
    french = ["L'ancien ministre a été mis en examen pour corruption.", "Le peuple syrien souffre.",
              "Il vit à Paris depuis deux ans.", "Il vit à Paris depuis 2010.", "Un petit village."]
    assert _plain(engine, french, "fr", "en") == [
        "The former minister was charged with corruption.", "The Syrian people suffers.",
        "He lives in Paris for two years.", "He lives in Paris since 2010.", "A small village."]
    assert _plain(engine, french[:3], "fr", "es") == [
        "El antiguo ministro ha sido imputado por corrupción.", "El pueblo sirio sufre.",
        "Vive en París desde hace dos años."]
    spanish = _plain(engine, ["Vive en París desde hace años.", "Ha sido imputado por homicidio."],
                     "es", "en")
    assert spanish == ["It lives in Paris for years.", "It was charged with homicide."]


def test_a_toll_is_who_was_killed_and_a_term_is_a_sentence(engine: apertium.ApertiumEngine) -> None:
    # "plus de 100.000 morts", "des dizaines de morts" after "faire" came out "did more than 100.000 dead
    # persons", "did dozens of deaths"; "condamné à cinq ans" "condemned to five years".
    french = ["Le conflit a fait plus de 100.000 morts.", "L'attentat a fait des dizaines de morts.",
              "Il a été condamné à mort.", "La France a condamné l'attentat."]
    assert _plain(engine, french, "fr", "en") == [
        "The conflict killed more than 100.000 people.", "The attack killed dozens of people.",
        "He was sentenced to death.", "France condemned the attack."]
    assert _plain(engine, ["Fue condenado a diez años de cárcel."], "es", "en") == [
        "It was sentenced to ten years in prison."]


def test_a_hyphenated_name_of_a_noun_and_an_adjective_is_the_name(engine: apertium.ApertiumEngine) -> None:
    # "la Maison-Blanche" came out "la Casa-Blanca", "the House-Blanca".
    french = ["La Maison-Blanche a réagi.", "La Maison Blanche a réagi."]
    assert _plain(engine, french, "fr", "en") == ["The White House reacted."] * 2
    assert _plain(engine, french, "fr", "es") == ["La Casa Blanca ha reaccionado."] * 2


def test_gaza_a_rising_toll_and_the_assize_court_read_as_wire_copy_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "la bande de Gaza" came out "the band of Gaza", "le bilan s'est alourdi à" "The toll overburdened
    # to", "la cour d'assises" "the yard of conferences".
    french = ["L'armée a lancé une opération dans la bande de Gaza.", "Le bilan s'est alourdi à 52 morts.",
              "Le procès s'ouvrira devant la cour d'assises."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].endswith(" in the Gaza Strip.") and english[1].startswith("The toll stood at 52 ")
    assert english[2].endswith(" before the penal court.")
    spanish = _plain(engine, french, "fr", "es")
    assert spanish[0].endswith(" en la franja de Gaza.")
    assert spanish[1].startswith("El balance se ha elevado a 52 ")
    assert spanish[2].endswith(" ante el tribunal penal.")
    assert _plain(engine, ["La franja de Gaza está bloqueada."], "es", "en") == ["The Gaza Strip is blocked."]

    # spa-eng reads "supervivientes" after a verb as the adjective: "The rescuers try to find surviving".
    survivors = _plain(engine, ["Les secouristes tentent de retrouver des survivants.",
                                "Les survivants ont été évacués."], "fr", "en")
    assert survivors == ["The rescuers try to find survivors.", "The survivors were evacuated."]


def test_a_person_met_is_met_not_found(engine: apertium.ApertiumEngine) -> None:
    # fr-es's "encontrar" for "rencontrer" is "find" to spa-eng: "He found the president", "The minister
    # will find his Russian counterpart"; spa-eng's "reunirse con" is "gather with".
    french = ["Il a rencontré le président.", "Le ministre rencontrera son homologue russe jeudi.",
              "Ils ont rencontré des difficultés.", "Je rencontre des journalistes."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["He met with the president.",
                           "The minister will meet with his Russian counterpart Thursday."]
    assert "met" not in english[2] and "meet" not in english[3]
    assert _plain(engine, french[:1], "fr", "es") == ["Se ha reunido con el presidente."]
    spanish = ["El ministro se reúne con el presidente.",
               "Cientos de personas se reunieron ante la embajada."]
    assert _plain(engine, spanish, "es", "en") == [
        "The minister meets with the president.", "Hundreds of people gathered in front of the embassy."]


def test_blame_ground_operations_and_released_videos_read_as_wire_copy_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "met en cause" (blames) came out "puts in entredicho", "une opération terrestre" "a terrestrial
    # operation", "a diffusé la vidéo" "spread the video".
    french = ["Pékin met en cause un mouvement islamique.",
              "Cela met en cause la crédibilité du gouvernement.",
              "L'armée a lancé une opération terrestre.", "La chaîne a diffusé la vidéo.",
              "Ils ont diffusé une rumeur."]
    assert _plain(engine, french, "fr", "en") == [
        "Beijing blames an Islamic movement.", "This questions the credibility of the government.",
        "The army launched a ground operation.", "The channel released the video.",
        "They spread a rumour."]
    assert _plain(engine, french[:2], "fr", "es") == [
        "Pekín culpa un movimiento islámico.", "Eso pone en entredicho la credibilidad del gobierno."]
    # Their gerunds too ("releaseing", "questionting" came out of the stem alone).
    spanish = ["Están difundiendo el vídeo.", "Están poniendo en entredicho la decisión."]
    assert _plain(engine, spanish, "es", "en") == [
        "They are releasing the video.", "They are questioning the decision."]


def test_elections_crashes_ships_and_the_security_council_read_as_wire_copy_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "arrivé en tête du premier tour" came out "arrived in head of the first turn", "l'avion s'est
    # écrasé" "ran over", "le navire" "the nave", "le Conseil de sécurité" "the Council of security",
    # "a ralenti" "has ralentizado", "dispersé", "survécu" left in French, "appeler à une journée" "call to".
    french = ["Le candidat de l'opposition est arrivé en tête du premier tour.",
              "L'avion s'est écrasé peu après le décollage.", "Le navire transportait 300 migrants.",
              "Le Conseil de sécurité de l'ONU se réunira vendredi.", "L'inflation a ralenti en octobre.",
              "Les forces de l'ordre ont dispersé les manifestants.", "L'homme n'a pas survécu.",
              "Les syndicats appellent à une nouvelle journée de mobilisation."]
    assert _plain(engine, french, "fr", "en") == [
        "The candidate of the opposition arrived first in the first round.",
        "The plane crashed shortly after the takeoff.", "The ship transported 300 migrants.",
        "The Security Council of the UN will meet Friday.", "Inflation slowed in October.",
        "The security forces dispersed the demonstrators.", "The man did not survive.",
        "The unions call for a new day of mobilisation."]
    spanish = _plain(engine, french[1:3], "fr", "es")
    assert spanish == ["El avión se ha estrellado poco después del despegue.",
                       "La nave transportaba 300 migrantes."]
    assert _plain(engine, ["La economía se ralentizó.", "El barco zozobró."], "es", "en") == [
        "The economy slowed.", "The ship capsized."]


def test_no_one_and_no_passenger_stay_negative(engine: apertium.ApertiumEngine) -> None:
    # "Personne n'a été blessé" came out "Persona no ha sido herido", "Person was not wounded"; "Aucun
    # passager n'a survécu" "Ningún pasajero no ha sobrevivido", "Any passenger did not survive"; and
    # spa-eng gave the Spanish "Ningún pasajero ha sobrevivido" as "Any passenger survived".
    french = ["Personne n'a été blessé.", "Aucun passager n'a survécu.",
              "« Personne ne saura jamais », a-t-il dit.", "Une personne ne tente pas de fuir."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["Nobody was wounded.", "No passenger survived."]
    assert english[2].startswith("« Nobody will ") and "not" not in english[2]
    assert "nobody" not in english[3].lower()
    spanish_copy = _plain(engine, french[:2], "fr", "es")
    assert spanish_copy == ["Nadie ha sido herido.", "Ningún pasajero ha sobrevivido."]
    spanish = ["Ningún pasajero ha sobrevivido.", "No hay ninguna víctima.", "No ha visto a nadie."]
    assert _plain(engine, spanish, "es", "en") == [
        "No passenger survived.", "There is not any victim.", "It did not see to anybody."]


def test_il_ne_faut_pas_is_must_not(engine: apertium.ApertiumEngine) -> None:
    # fr-es wrote "il ne faut pas céder" (one must not yield) "no hace falta ceder" (there is no need to
    # yield), which spa-eng gave as "It does not do lacking to yield".
    french = ["Il ne faut pas céder à la peur.", "Il a estimé qu'il ne fallait pas céder.",
              "Il ne faudrait pas sous-estimer la menace.", "Il ne faut pas plus de deux heures."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["We must not yield to the fear.", "He considered that we should not yield.",
                           "We should not underestimate the threat."]
    assert "must" not in english[3] and "should" not in english[3]
    assert _plain(engine, french[:3], "fr", "es") == [
        "No hay que ceder al miedo.", "Ha estimado que no había que ceder.",
        "No habría que subestimar la amenaza."]
    assert _plain(engine, ["No hay que olvidar a las víctimas.", "Hay que ceder."], "es", "en") == [
        "We must not forget the victims.", "It is necessary to yield."]


def test_wounded_killed_and_unhurt_in_an_event(engine: apertium.ApertiumEngine) -> None:
    # Spanish copy's "resultar herido" came out "resulted wounded"; "fueron muertos" "were died"; "ileso"
    # and fr-es's "indemne" are words spa-eng does not know.
    spanish = ["Nadie ha resultado herido en el incendio.", "Tres personas resultaron gravemente heridas.",
               "Dos policías resultaron muertos en el ataque.", "El conductor resultó ileso.",
               "El edificio resultó dañado.", "Dos personas fueron muertas.", "El soldado está muerto."]
    assert _plain(engine, spanish, "es", "en") == [
        "Nobody was wounded in the fire.", "Three people were seriously wounded.",
        "Two policemen were killed in the attack.", "The driver was unhurt.", "The building was damaged.",
        "Two people were killed.", "The soldier is dead."]
    french = ["Le conducteur est sorti indemne.", "La France est indemne de rage depuis 2001.",
              "Ruby a eu de la chance de s'en sortir indemne."]
    english = _plain(engine, french, "fr", "en")
    assert english[0] == "The driver escaped unhurt."
    assert "free of" in english[1] and "unhurt" not in english[1]
    assert english[2].endswith("to escape unhurt.")
    # Not after a verb, where the disease may be meant ("un autre pays, non indemne"), it stays unknown.
    assert "unhurt" not in _plain(engine, ["Un pasajero ileso."], "es", "en")[0]


def test_shots_fired_on_a_crowd(engine: apertium.ApertiumEngine) -> None:
    # "tirer sur la foule" came out "disparado la multitud", "shot the crowd".
    french = ["La police a tiré sur la foule, faisant trois morts.", "Ils ont tiré sur une voiture."]
    assert _plain(engine, french, "fr", "en") == [
        "The police fired on the crowd, killing three people.", "They fired on a car."]
    assert _plain(engine, french[:1], "fr", "es") == [
        "La policía ha disparado contra la multitud, causando tres muertos."]
    assert _plain(engine, ["Los soldados disparan sobre los manifestantes."], "es", "en") == [
        "The soldiers fire on the demonstrators."]


def test_convicted_of_a_crime_sentenced_to_a_term(engine: apertium.ApertiumEngine) -> None:
    # "condamné pour corruption" came out "condenado para corrupción", "condemned for corruption".
    french = ["L'ancien maire a été condamné pour corruption.",
              "Il a été condamné pour fraude fiscale à deux ans de prison.",
              "Il a été condamné pour avoir tué sa femme.", "La France a condamné l'attentat.",
              "Il a été condamné par le tribunal."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["The former mayor was convicted of corruption.",
                           "He was sentenced for fiscal fraud to two years in prison."]
    assert english[2].startswith("He was convicted of having killed ")
    assert english[3:] == ["France condemned the attack.", "He was condemned by the court."]
    assert _plain(engine, french[:1], "fr", "es") == ["El antiguo alcalde ha sido condenado por corrupción."]


def test_elected_in_the_first_round_with_its_votes(engine: apertium.ApertiumEngine) -> None:
    # "élu au premier tour avec 52% des voix" came out "chosen to the first round with 52% of the voices".
    french = ["Il a été élu au premier tour avec 52% des voix.", "Le lieu choisi est Paris."]
    assert _plain(engine, french, "fr", "en") == [
        "He was elected in the first round with 52% of the votes.", "The place chosen is Paris."]
    assert _plain(engine, french[:1], "fr", "es") == [
        "Ha sido elegido en la primera vuelta con el 52% de los votos."]


def test_a_council_meets_a_crowd_gathers(engine: apertium.ApertiumEngine) -> None:
    # "Le Conseil de sécurité se réunira" came out "will gather".
    french = ["Le Conseil de sécurité se réunira jeudi à New York.",
              "Le gouvernement se réunit chaque mercredi.",
              "Des centaines de personnes se sont réunies devant la mairie."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["The Security Council will meet Thursday in New York.",
                           "The government meets each Wednesday."]
    assert "gathered" in english[2]


def test_a_driver_killed_instantly_and_a_strike(engine: apertium.ApertiumEngine) -> None:
    # "tué sur le coup" came out "killed on the swipe", "le chauffeur" "the chauffeur", "en grève" "in
    # strike", "entrés en grève" "went in in strike", "La grève continue" "The continuous strike".
    french = ["Le chauffeur a été tué sur le coup.", "Les employés sont entrés en grève lundi.",
              "La grève continue.", "La hausse continue des prix inquiète."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["The driver was killed instantly.", "The employees went on strike Monday.",
                           "The strike continues."]
    assert english[3].startswith("The continuous increase")
    assert _plain(engine, french[:3], "fr", "es") == [
        "El chófer ha sido matado en el acto.", "Los empleados han entrado en huelga lunes.",
        "La huelga continúa."]
    spanish = ["Los trabajadores están en huelga.", "El conductor murió en el acto."]
    assert _plain(engine, spanish, "es", "en") == ["The workers are on strike.", "The driver died instantly."]


def test_a_court_a_prosecutor_and_a_sentence(engine: apertium.ApertiumEngine) -> None:
    # "La cour a confirmé la peine" came out "The yard confirmed the pity", "Le parquet a requis dix ans"
    # "The parquet required ten years", "la peine de mort" "the pity of death".
    french = ["La cour a confirmé la peine de six ans de prison.",
              "Les enfants jouent dans la cour de l'école.",
              "Le parquet a requis dix ans de prison contre le suspect.",
              "Le président a été condamné à la peine de mort."]
    english = _plain(engine, french, "fr", "en")
    assert english == ["The court confirmed the sentence of six years in prison.",
                       "The children play in the yard of the school.",
                       "The public prosecutor sought ten years in prison against the suspect.",
                       "The president was sentenced to the death penalty."]
    assert _plain(engine, french[:3], "fr", "es") == [
        "El tribunal ha confirmado la pena de seis años de prisión.",
        "Los niños juegan en el patio de la escuela.",
        "El fiscal ha requerido diez años de prisión contra el sospechoso."]
    assert _plain(engine, ["Vale la pena intentarlo."], "es", "en") == ["It is worthwhile to try it."]


def test_wire_copy_of_conflicts_and_disasters(engine: apertium.ApertiumEngine) -> None:
    # "Le groupe Etat islamique" came out "The group been Islamic", "entré en vigueur à minuit" "is gone
    # in in force to half night", "le chef rebelle" "the rebel boss", "une embuscade", "une rançon" and
    # "relâché" unknown, "les garde-côtes ont secouru" "the guard-coasts succoured", "au large de la
    # Libye" "in front of Libya", "a coulé" (sank) "flowed", "appelé à la retenue" "called to the
    # retained", "incendié des voitures" "ignited of the cars", "un immeuble" "a finca urban".
    french = ["Le groupe Etat islamique a revendiqué l'attentat.",
              "Le cessez-le-feu est entré en vigueur à minuit.",
              "Le chef rebelle a été tué dans une embuscade.", "L'otage a été relâché contre une rançon.",
              "Les garde-côtes ont secouru 45 personnes au large de la Libye.",
              "Un bateau de migrants a coulé au large de Lampedusa.", "Le sang a coulé.",
              "Les Nations unies ont appelé à la retenue.", "Ils appellent à une trêve.",
              "Les manifestants ont incendié des voitures.", "L'effondrement d'un immeuble."]
    assert _plain(engine, french, "fr", "en") == [
        "The Islamic State group claimed the attack.", "The cease-fire came into force at midnight.",
        "The rebel chief was killed in an ambush.", "The hostage was released against a ransom.",
        "The coastguards rescued 45 people off the coast of Libya.",
        "A ship of migrants sank off the coast of Lampedusa.", "The blood flowed.",
        "The United Nations called for moderation.", "They call for a truce.",
        "The demonstrators torched cars.",
        "The collapse of a building."]
    assert _plain(engine, french[:6], "fr", "es") == [
        "El grupo Estado Islámico ha reivindicado el atentado.",
        "El alto el fuego ha entrado en vigor a medianoche.",
        "El jefe rebelde ha sido matado en una emboscada.",
        "El rehén ha sido soltado contra un rescate.",
        "Los guardacostas han socorrido 45 personas frente a las costas de Libia.",
        "Un barco de migrantes se ha hundido frente a las costas de Lampedusa."]


def test_rates_and_taxes(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "taux" and "taxe" both "tasa", which spa-eng gave as "tax" ("The ECB maintained his
    # taxes"): a central bank's and a rate of something's are rates.
    french = ["La BCE a maintenu ses taux inchangés.", "Une taxe sur les transactions."]
    english = _plain(engine, french, "fr", "en")
    assert "rates" in english[0] and "taxes" not in english[0]
    assert english[1] == "A tax on the transactions."
    spanish = ["La tasa de desempleo subió."]
    assert _plain(engine, spanish, "es", "en") == ["The unemployment rate went up."]


def test_agency_phrases_of_politics_economy_and_travel(engine: apertium.ApertiumEngine) -> None:
    # "une source proche du dossier" came out "a near source of the dossier", "par mesure de précaution"
    # "by measure of precaution", "pendant plusieurs heures" "during several hours", "Le vol a été annulé"
    # "was annulled", "s'est posé en urgence" "posed in urgency", "supprimer 1.200 emplois" "suppress",
    # "ont visé des positions" "aimed positions", "pour des entretiens" "for interviews", "a procédé à une
    # dizaine d'interpellations" "proceeded to around ten interpellations", "le tribunal correctionnel"
    # "the court correccional", "La Banque centrale européenne" "The European central Bank".
    french = ["L'otage a été libéré, selon une source proche du dossier.",
              "Les habitants ont été évacués par mesure de précaution.",
              "Le trafic a été interrompu pendant plusieurs heures.",
              "Le vol a été annulé en raison du brouillard.",
              "L'avion s'est posé en urgence à Nice.", "Le groupe va supprimer 1.200 emplois en France.",
              "Des frappes aériennes ont visé des positions de l'État islamique.",
              "Le ministre s'est rendu à Moscou pour des entretiens avec son homologue.",
              "La police a procédé à une dizaine d'interpellations.",
              "Le procès s'ouvrira devant le tribunal correctionnel de Paris.",
              "La Banque centrale européenne a maintenu ses taux.", "Le Parlement a annulé l'élection.",
              "Il a accordé un entretien au journal.", "Il a travaillé pendant l'année dernière."]
    english = _plain(engine, french, "fr", "en")
    assert english[:12] == [
        "The hostage was released, according to a source close to the case.",
        "The inhabitants were evacuated as a precaution.", "The traffic was interrupted for several hours.",
        "The flight was cancelled because of the fog.", "The plane made an emergency landing in Nice.",
        "The group will cut 1.200 jobs in France.",
        "Air strikes targeted positions of the Islamic State.",
        "The minister went to Moscow for talks with his counterpart.", "The police made around ten arrests.",
        "The trial will open before the penal court of Paris.",
        "The European Central Bank maintained its rates.",
        "The Parliament annulled the election."]
    assert "interview" in english[12] and "during" in english[13]
    assert _plain(engine, french[4:5] + french[10:11], "fr", "es") == [
        "El avión ha aterrizado de emergencia en Niza.", "El Banco Central Europeo ha mantenido sus tasas."]


def test_agency_phrases_of_courts_protests_and_storms(engine: apertium.ApertiumEngine) -> None:
    # Each came out as spa-eng's other sense, word for word, or unknown: "reported provocations « »",
    # "afterwards indictments of harcèlement", "received his counterpart to the White House", "confirmed
    # the new", "have flambé", "was relaxé", "encourt the criminal seclusion to perpetuity", "The drought
    # loom the récoltes", "did use of", "some police", "The vital prognosis of two wounded is engaged",
    # "give to the police", "touched earth", "The balance could elevate still", "by unanimity", "of
    # independent source", "put in guard against", "revised to the decline", "paraded", "the curfew was
    # raised", "to the foot of the cannon from the dawn", "would have to achieve 5%", "voluntary homicide".
    french = ["Le chef de la diplomatie russe a dénoncé des « provocations ».",
              "Il a démissionné après des accusations de harcèlement.",
              "Le président a reçu mardi son homologue à la Maison Blanche.",
              "L'Elysée a confirmé la nouvelle.",
              "Les prix ont flambé.", "L'ancien ministre a été relaxé.",
              "Il encourt la réclusion criminelle à perpétuité.", "La sécheresse menace les récoltes.",
              "Les forces de l'ordre ont fait usage de gaz lacrymogènes.",
              "Un adolescent a été tué par un policier.", "Le pronostic vital de deux blessés est engagé.",
              "Le suspect s'est rendu à la police.", "Le typhon a touché terre dans la nuit.",
              "Le bilan pourrait encore s'alourdir.", "Le texte a été adopté à l'unanimité.",
              "L'information n'a pas pu être confirmée de source indépendante.",
              "L'ONU a mis en garde contre une catastrophe humanitaire.",
              "La croissance a été révisée à la baisse.",
              "Des milliers de personnes ont défilé dans les rues.",
              "Le couvre-feu a été levé dimanche.", "Les secours sont à pied d'oeuvre depuis l'aube.",
              "Le déficit devrait atteindre 5% du PIB.",
              "Une enquête a été ouverte pour homicide volontaire."]
    assert _plain(engine, french, "fr", "en") == [
        "The head of the Russian diplomacy denounced « provocations ».",
        "He resigned after accusations of harassment.",
        "The president received Tuesday his counterpart in the White House.",
        "The Elysee confirmed the news.",
        "The prices went up.", "The former minister was acquitted.", "He risks life imprisonment.",
        "The drought threatens the harvests.", "The security forces used tear gas.",
        "An adolescent was killed by a police officer.", "The life of two wounded is in danger.",
        "The suspect surrendered to the police.", "The typhoon made landfall in the night.",
        "The toll could rise further.", "The text was adopted unanimously.",
        "The information could not be confirmed independently.",
        "The UN warned against a humanitarian catastrophe.", "The growth was revised downwards.",
        "Thousands of people marched in the streets.", "The curfew was lifted Sunday.",
        "The emergency services are at work since dawn.", "The deficit would have to reach 5% of the GDP.",
        "An investigation was opened for murder."]
    assert _plain(engine, french[:4] + french[7:8] + french[11:12], "fr", "es") == [
        "El jefe de la diplomacia rusa ha denunciado « provocaciones ».",
        "Ha dimitido después de acusaciones de acoso.",
        "El presidente ha recibido martes su homólogo en la Casa Blanca.",
        "El Elíseo ha confirmado la noticia.",
        "La sequía amenaza las cosechas.", "El sospechoso se ha entregado a la policía."]
    # "dénoncer" to the police is to report; "lever la main" stays "raise"; a "que" keeps a subjunctive.
    reported = _plain(engine, ["Denunció el robo a la policía."], "es", "en")
    assert reported == ["It reported the theft to the police."]
    assert "raised" in _plain(engine, ["Il a levé la main."], "fr", "en")[0]
    assert _plain(engine, ["Il faut qu'il parte."], "fr", "es") == ["Hace falta que marche."]


def test_agency_phrases_of_markets_power_and_relief(engine: apertium.ApertiumEngine) -> None:
    # "L'action ... a chuté de 8%" came out "The action ... fell of 8%", "a progressé de 12% au premier
    # semestre" "progressed of 12% to the first semester", "a reculé de 3 %" "retreated 3 %", "La
    # coalition au pouvoir" "The coalition when can", "porté", "arrivé au pouvoir" "spent", "arrived to the
    # power", "la saisie de ses biens" "the embargo of his sakes", "le salaire minimum" "the minimum
    # salary", "une vive polémique" "an alive controversial", "a dépêché des équipes de secours" "has
    # dépêché of the squads of emergency services", "à coups de canons à eau" "to swipes of cannons to
    # water", "Le port du masque" "The port of the mask", "ont recensé" unknown, "Aucune trace n'a été
    # retrouvée" "Nobody traces", "Aucun ne sait" "Any does not know".
    french = ["L'action du groupe a chuté de 8% à la Bourse de Paris.",
              "Le chiffre d'affaires a progressé de 12% au premier semestre.",
              "Les ventes ont reculé de 3 %.",
              "La coalition au pouvoir a perdu sa majorité absolue.", "Il a été porté au pouvoir en 2010.",
              "Il est arrivé au pouvoir en 2010.", "La justice a ordonné la saisie de ses biens.",
              "Le gouvernement a relevé le salaire minimum.",
              "Le projet de loi a suscité une vive polémique.",
              "Le gouvernement a dépêché des équipes de secours.",
              "La police a dispersé la foule à coups de canons à eau.",
              "Le port du masque est de nouveau obligatoire.", "Les autorités ont recensé 300 nouveaux cas.",
              "Aucune trace n'a été retrouvée.", "Aucune alerte au tsunami n'a été émise.", "Aucun ne sait."]
    english = _plain(engine, french, "fr", "en")
    assert english[:14] == [
        "The share of the group fell by 8% to the Paris stock exchange.",
        "The revenue rose by 12% in the first half.", "The sales fell 3 %.",
        "The coalition in power lost its absolute majority.", "He was brought to power in 2010.",
        "He came to power in 2010.", "The justice ordered the seizure of his assets.",
        "The government raised the minimum wage.", "The bill aroused a heated controversy.",
        "The government sent rescue teams.", "The police dispersed the crowd with water cannons.",
        "The use of the mask is again compulsory.", "The authorities counted 300 new cases.",
        "No trace was found."]
    assert english[14].startswith("No alert to the ") and english[14].endswith(" was issued.")
    assert english[15] == "Nobody knows."
    assert _plain(engine, french[9:], "fr", "es") == [
        "El gobierno ha enviado equipos de socorros.",
        "La policía ha dispersado la multitud con cañones de agua.",
        "El uso de la máscara es nuevamente obligatorio.", "Las autoridades han contado 300 nuevos casos.",
        "Ningún rastro ha sido encontrado.", "Ninguna alerta al tsunami ha sido emitida.", "Nadie sabe."]


def test_spanish_agency_copy(engine: apertium.ApertiumEngine) -> None:
    # Spanish copy as spa-eng wrote it: "detained to three people by his presumptive implication",
    # "condemned to the exalcalde to six years in prison by malversación", "has calcinado", "manifested",
    # "The accident produced to first hour of the morning", "attended to a veintena of wounded", "alerted
    # of", "to his go through the Caribbean", "evacuated to 5.000 neighbours of the zone", "The IPC
    # moderated until 3,5 %", "The Fiscalía asks eight years", "decreed provisional prison".
    spanish = ["La Policía Nacional detuvo a tres personas por su presunta implicación en el robo.",
               "El Tribunal Supremo ha condenado al exalcalde a seis años de prisión por malversación.",
               "Los bomberos trabajan para extinguir el incendio, que ha calcinado 2.000 hectáreas.",
               "Miles de personas se manifestaron en Madrid contra la reforma.",
               "El accidente se produjo a primera hora de la mañana.",
               "Los servicios de emergencia atendieron a una veintena de heridos.",
               "La ONU alertó de una crisis humanitaria sin precedentes.",
               "El huracán dejó al menos 15 muertos a su paso por el Caribe.",
               "Las autoridades evacuaron a 5.000 vecinos de la zona.",
               "El IPC se moderó en octubre hasta el 3,5 %.",
               "La Fiscalía pide ocho años de cárcel para el acusado.",
               "El juez decretó prisión provisional sin fianza para el detenido.",
               "Dijo a los periodistas que no.", "Fue condenado a seis años.", "Condenó a Juan a seis años."]
    english = _plain(engine, spanish, "es", "en")
    assert english[:3] == [
        "The National Police detained three people by their alleged implication in the theft.",
        "The High court sentenced the former mayor to six years in prison for embezzlement.",
        "The firefighters work to extinguish the fire, that burned 2.000 hectares."]
    assert english[3:] == [
        "Thousands of people protested in Madrid against the reform.",
        "The accident happened early in the morning.",
        "The services of emergency attended around twenty wounded.",
        "The UN warned of an unprecedented humanitarian crisis.",
        "The hurricane left at least 15 dead persons in its path through the Caribbean.",
        "The authorities evacuated 5.000 neighbours of the area.", "The CPI moderated in October to 3,5 %.",
        "The Prosecution seeks eight years in prison for the accused.",
        "The judge ordered pre-trial detention without bail for the arrested person.",
        "It said to the journalists that no.", "It was sentenced to six years.",
        "It sentenced Juan to six years."]
    assert _plain(engine, ["L'accident s'est produit vers 8 heures."], "fr", "en") == [
        "The accident happened around 8 a.m."]


def test_a_possessive_is_its_or_their_whose_it_is(engine: apertium.ApertiumEngine) -> None:
    # spa-eng wrote "his" for every "su", "sus": "Both countries broke his relations", "The company
    # announced his results", "The central bank raised his key rate".
    spanish = ["Ambos países rompieron sus relaciones diplomáticas.", "La empresa anunció sus resultados.",
               "El ministro dijo que los manifestantes habían dejado sus pancartas.",
               "El presidente recibió a su homólogo.", "El presidente y su esposa llegaron.",
               "Encontraron a la señora Pawlby y a su hermana.", "Si éste no paga su multa, pierde."]
    english = _plain(engine, spanish, "es", "en")
    assert english[:5] == ["Both countries broke their diplomatic relations.",
                           "The company announced its results.",
                           "The minister said that the demonstrators had left their banners.",
                           "The president received his counterpart.", "The president and his wife arrived."]
    assert " his sister" in english[5] and " his fine" in english[6]
    french = ["La banque centrale a relevé son taux directeur.", "Le pays a rappelé son ambassadeur."]
    assert [" its " in english for english in _plain(engine, french, "fr", "en")] == [True, True]


def test_a_womans_possessive_is_her(engine: apertium.ApertiumEngine) -> None:
    # After a person, spa-eng's "his" stayed for a woman: "The minister presented his resignation".
    french = ["La ministre a présenté sa démission.", "La chancelière allemande a annoncé sa décision.",
              "Le ministre a présenté sa démission.", "Sans logement, il fait la tournée de ses amis."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["The minister presented her resignation.",
                           "The German chancellor announced her decision.",
                           "The minister presented his resignation."]
    assert " his friends" in english[3]  # "la", read as the pronoun of "girar", is no subject
    spanish = ["Ella perdió su trabajo.", "La portavoz defendió su posición."]
    english = _plain(engine, spanish, "es", "en")
    assert english[0] == "She lost her work." and english[1].endswith(" her position.")


def test_fils_is_a_son(engine: apertium.ApertiumEngine) -> None:
    # The tagger read "fils" as the plural of "fil": "The woman found his threads".
    french = ["La femme a retrouvé son fils.", "Ses deux fils ont été tués.",
              "Les fils électriques ont été coupés.", "Il a trois fils.", "Une frontière de fils barbelés."]
    spanish = _plain(engine, french, "fr", "es")
    assert spanish[0] == "La mujer ha encontrado su hijo." and spanish[1].startswith("Sus dos hijos ")
    assert spanish[2].startswith("Los hilos eléctricos ") and spanish[3] == "Tiene tres hijos."
    assert "hilos" in spanish[4]
    assert _plain(engine, french[:1], "fr", "en") == ["The woman found her son."]


def test_said_to_be_says_it_of_the_subject(engine: apertium.ApertiumEngine) -> None:
    # "s'est dit préoccupé" came out "said concerned", "s'est dite prête" "said loans" (the imperative
    # of "prêter"), "est prête" "is list" (spa-eng's tagger read "lista" as the noun).
    french = ["Le gouvernement s'est dit préoccupé par la situation.", "La ministre s'est dite satisfaite.",
              "Les rebelles se sont dits prêts à discuter.", "La Russie s'est dite prête à discuter.",
              "Barack Obama s'est dit déçu.", "L'ONU s'est dite inquiète.", "Elle est prête."]
    assert _plain(engine, french, "fr", "en") == [
        "The government said it was concerned by the situation.", "The minister said she was satisfied.",
        "The rebels said they were ready to talk.", "Russia said it was ready to talk.",
        "Barack Obama said he was disappointed.", "The UN said it was worried.", "It is ready."]
    spanish = ["El Gobierno se dijo preocupado.", "La comida está lista.", "Se dice que llegó.",
               "El precio se ha duplicado."]
    english = _plain(engine, spanish, "es", "en")
    assert english[0] == "The Government said it was concerned." and english[1].endswith(" is ready.")
    assert english[2].endswith("that it arrived.") and english[3] == "The price doubled."


def test_prices_and_rises_are_written_as_market_news_writes_them(engine: apertium.ApertiumEngine) -> None:
    # "les prix du pétrole" came out "the prices of the oil"; "est en hausse" "is heaves" (the tagger read
    # "en" as the pronoun and "hausse" as the verb); "a doublé" "duplicated".
    french = ["Les prix du pétrole ont chuté.", "Le prix de l'or a doublé.", "Le chômage est en hausse.",
              "Les ventes étaient en baisse."]
    assert _plain(engine, french, "fr", "en") == [
        "The oil prices fell.", "The gold price doubled.", "Unemployment is rising.",
        "The sales were falling."]
    assert _plain(engine, french[:1], "fr", "es") == ["Los precios del petróleo han caído."]
    # After "se", the superblank that restems "augmented" came out in the text ("The number augmented
    # [>augmented|increased]").
    assert _plain(engine, ["El número se ha aumentado.", "Los precios se aumentaron."], "es", "en") == [
        "The number increased.", "The prices increased."]


def test_agency_copy_of_government_tolls_and_taxes_reads_as_english_news(
    engine: apertium.ApertiumEngine,
) -> None:
    # "The governmental forces", "the agency of official press", "the next week", "failed to fault of
    # agreement", "The toll spent to 35", "condemned the former minister to five years", "The tax spent to
    # 3 %" (fr-es's "tasa" for "taux" and "taxe": a rate before a percentage, and "taxe" a tax).
    french = ["Les forces gouvernementales avancent.",
              "Selon l'agence de presse officielle, les pourparlers reprendront la semaine prochaine.",
              "Les négociations ont échoué faute d'accord.", "Le bilan est passé à 35 morts.",
              "Le tribunal a condamné l'ancien ministre à cinq ans de prison.", "Le taux a atteint 5 %.",
              "Les taxes sur le tabac augmentent de 10 %.", "La taxe carbone a été supprimée.",
              "La semaine prochaine sera décisive."]
    english = _plain(engine, french, "fr", "en")
    assert english[:4] == [
        "The government forces advance.",
        "According to the official news agency, the dialogues will resume next week.",
        "The negotiations failed for lack of agreement.", "The toll rose to 35 dead persons."]
    assert english[4] == "The court sentenced the former minister to five years in prison."
    # With a pronoun before the verb the rules put the superblank that restems it after it.
    (pronoun,) = _plain(engine, ["Le tribunal l'a condamné à cinq ans de prison."], "fr", "en")
    assert pronoun.startswith("The court sentenced ")
    assert english[5] == "The rate reached 5 %." and english[6].startswith("The taxes on ")
    assert english[7].startswith("The tax ") and english[8] == "The next week will be decisive."
    assert _plain(engine, french[2:3], "fr", "es") == ["Las negociaciones han fallado a falta de acuerdo."]


def test_a_word_restemmed_where_the_rules_moved_it(engine: apertium.ApertiumEngine) -> None:
    # The rules put an adjective before its noun ahead of the superblank that restems it: "The
    # presumptive author", "freely chosen" (a verb after "se": see the test of prices and rises).
    french = ["L'auteur présumé des faits a été interpellé.",
              "L'Égypte demande au premier président librement élu de prêter serment."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].startswith("The alleged author ") and " freely elected president" in english[1]


def test_invariant_french_nouns_are_plural_after_a_number(engine: apertium.ApertiumEngine) -> None:
    # "pays", "cas", "fois", "mois" have no number of their own: "Trois pays" came out "Tres país" (a
    # word the generator did not write), "le nombre de cas" "The number of case", "de nombreux cas"
    # "numeroso caso".
    french = ["Trois pays ont signé l'accord.", "Le nombre de cas a doublé.", "De nombreux pays ont voté.",
              "Il a de nombreux amis.", "Le 3 mars, il est venu deux fois en six mois.", "1 pays a voté."]
    assert _plain(engine, french, "fr", "es") == [
        "Tres países han firmado el acuerdo.", "El número de casos ha duplicado.",
        "Numerosos países han votado.", "Tiene numerosos amigos.",
        "El 3 de marzo, ha venido dos veces en seis meses.", "1 país ha votado."]
    english = _plain(engine, french[:3], "fr", "en")
    assert english == ["Three countries signed the agreement.", "The number of cases doubled.",
                       "Numerous countries voted."]


def test_a_pronoun_for_someone_arrested_or_killed_is_a_person(engine: apertium.ApertiumEngine) -> None:
    # "lo", "la" before "detener", "matar" came out "it"; "l'a arrêtée" (her) came out "lo" in Spanish.
    french = ["Le tribunal l'a condamné à cinq ans de prison.", "La police l'a arrêtée mardi.",
              "Les rebelles l'ont tué dimanche.", "La France l'a condamné fermement."]
    assert _plain(engine, french, "fr", "en") == [
        "The court sentenced him to five years in prison.", "The police arrested her Tuesday.",
        "The rebels killed him Sunday.", "France condemned it firmly."]
    assert _plain(engine, french[1:2], "fr", "es") == ["La policía la ha arrestado martes."]
    spanish = ["La policía lo detuvo ayer.", "Los rebeldes lo mataron en Italia.", "Lo han detenido."]
    assert _plain(engine, spanish, "es", "en") == [
        "The police detained him yesterday.", "The rebels killed him in Italy.", "They detained him."]


def test_government_and_its_officials_read_as_english_news(engine: apertium.ApertiumEngine) -> None:
    # "gouvernemental" came out "governmental", "responsable" "manager", "hauts responsables"
    # "responsible heights", "non gouvernementale" "no governmental".
    french = ["Des sources gouvernementales ont confirmé l'attaque.",
              "Les troupes gouvernementales syriennes ont repris la ville.",
              "Une organisation non gouvernementale a dénoncé l'attaque.",
              "De hauts responsables ont été tués.",
              "Un haut responsable gouvernemental a démenti.", "Un responsable chinois a parlé.",
              "Plusieurs hauts responsables militaires ont démissionné."]
    assert _plain(engine, french, "fr", "en") == [
        "Government sources confirmed the attack.", "The Syrian government troops recaptured the city.",
        "A non-governmental organisation denounced the attack.", "Senior officials were killed.",
        "A senior government official denied.", "A Chinese official spoke.",
        "Several senior military officials resigned."]
    assert _plain(engine, french[3:4], "fr", "es") == ["Altos responsables han sido matados."]
    # Those responsible for an attack are not its officials.
    (attack,) = _plain(engine, ["Los responsables del ataque huyeron."], "es", "en")
    assert "official" not in attack


def test_what_one_says_and_fears_reads_as_english_news(engine: apertium.ApertiumEngine) -> None:
    # "On dit que" came out "#Decir que", "Say that" (fr-es writes "dícese", which its generator does
    # not); "On a l'impression" "Have the impression"; "craignent que le bilan ne s'alourdisse" (that
    # it rises) "dread that the balance do not elevate".
    french = ["On dit que le président est malade.", "On estime que 300 personnes sont mortes.",
              "On a l'impression que la situation s'améliore.", "Mais on ne sait pas.",
              "Ils craignent que le bilan ne s'alourdisse.", "Il craint que la police ne vienne pas.",
              "Il partira avant que la police n'arrive."]
    english = _plain(engine, french, "fr", "en")
    assert english[:4] == ["It is said that the president is ailing.",
                           "It is estimated that 300 people died.",
                           "One has the impression that the situation improves.", "But one does not know."]
    assert english[4].startswith("They fear that the toll ") and " not " not in english[4]
    assert " not " in english[5] and english[6] == "He will leave before the police arrives."
    assert _plain(engine, french[:2] + french[3:5], "fr", "es") == [
        "Se dice que el presidente es enfermo.", "Se estima que 300 personas han muerto.", "Pero no se sabe.",
        "Temen que el balance se eleve."]
    assert _plain(engine, ["Se cree que huyó."], "es", "en") == ["It is believed that it escaped."]


def test_adverbs_verbs_and_tolls_of_agency_copy(engine: apertium.ApertiumEngine) -> None:
    # "condemned vividly the attack", "has firmly condemned" (fr-es did not know "fermement"), "The
    # building sank", "when he has capsized", "To fault to be able to hire", "The balance of the floods
    # elevated", "critiqued", "It is dud".
    french = ["Il a vivement condamné l'attaque.", "La France a fermement condamné l'attentat.",
              "L'immeuble s'est effondré.", "Le bateau a chaviré quand la tempête a éclaté.",
              "Faute de pouvoir embaucher, l'entreprise a fermé.", "Le bilan des inondations s'est alourdi.",
              "Il a fortement critiqué le gouvernement."]
    assert _plain(engine, french, "fr", "en") == [
        "He strongly condemned the attack.", "France firmly condemned the attack.", "The building collapsed.",
        "The ship capsized when the storm broke out.", "Unable to hire, the company closed.",
        "The toll of the floods rose.", "He strongly criticised the government."]
    assert _plain(engine, french[1:3], "fr", "es") == [
        "Francia ha condenado firmemente el atentado.", "El edificio se ha desplomado."]
    spanish = ["El edificio se derrumbó.", "Es falso.", "La inflación se ha ralentizado."]
    assert _plain(engine, spanish, "es", "en") == [
        "The building collapsed.", "It is false.", "Inflation slowed."]


def test_wire_phrases_of_conflict_protest_and_markets_read_as_english_news(
    engine: apertium.ApertiumEngine,
) -> None:
    # "accused the Occident to sustain", "opened the fire", "an official balance", "left its unchanged
    # rates", "has achieved his highest level", "manifested", "put of agreement", "control now",
    # "reestablish order", "arrived to an agreement", "the big plus country", "The level the low plus",
    # "the decision more than entity".
    french = ["Le président turc a accusé l'Occident de soutenir les terroristes.",
              "Les forces de sécurité ont ouvert le feu sur les manifestants.",
              "Selon un bilan officiel, 25 personnes ont péri dans l'incendie.",
              "La Banque centrale européenne a laissé ses taux inchangés.",
              "Le chômage a atteint son plus haut niveau depuis dix ans.",
              "Des milliers de personnes ont manifesté samedi à Paris.",
              "Les deux dirigeants se sont mis d'accord sur un cessez-le-feu.",
              "Les rebelles contrôlent désormais la majeure partie de la province.",
              "Le chef de l'État a promis de rétablir l'ordre.", "Les deux pays sont parvenus à un accord.",
              "C'est le plus grand pays d'Afrique.", "C'est la décision la plus importante.",
              "Le niveau le plus bas.", "Il a manifesté son mécontentement."]
    assert _plain(engine, french, "fr", "en") == [
        "The Turkish president accused the West of supporting the terrorists.",
        "The security forces opened fire on the demonstrators.",
        "According to an official toll, 25 people perished in the fire.",
        "The European Central Bank left its rates unchanged.",
        "Unemployment has reached its highest level for ten years.",
        "Thousands of people protested Saturday in Paris.", "Both leaders agreed on a cease-fire.",
        "The rebels now control most of the province.", "The head of state promised to restore order.",
        "Both countries reached an agreement.", "It is the largest country of Africa.",
        "It is the most important decision.", "The lowest level.", "He manifested his dissatisfaction."]
    assert _plain(engine, [french[10], french[12]], "fr", "es") == [
        "Es el país más grande de África.", "El nivel más bajo."]
    # After "un", "más" is the comparative; "apoyarse en" stays "lean on".
    spanish = ["Es un edificio más alto.", "Es la ciudad más peligrosa del país.", "Se apoya en sus aliados."]
    english = _plain(engine, spanish, "es", "en")
    assert english[:2] == ["It is a taller building.", "It is the most dangerous city of the country."]
    assert english[2].startswith("It leans ")


def test_wire_phrases_of_courts_police_and_disasters_read_as_english_news(
    engine: apertium.ApertiumEngine,
) -> None:
    # "the prices to the consumption", "The fighting did rage", "The researchers favour the criminal
    # clue", "has to gather in urgency", "sentenced to the prison to life", "The police took two tonnes",
    # "because of the intemperies", "gravely wounded at the front", "a studio".
    french = ["Les prix à la consommation ont augmenté de 0,3 % en octobre.",
              "Les combats ont fait rage toute la nuit.", "Les enquêteurs privilégient la piste criminelle.",
              "Le Conseil de sécurité de l'ONU doit se réunir en urgence.",
              "Les deux hommes ont été condamnés à la prison à vie.",
              "La police a saisi deux tonnes de cocaïne.",
              "Le match a été reporté en raison des intempéries.",
              "Il a été grièvement blessé à la tête.", "Les chercheurs ont publié une étude.",
              "Les combats faisaient rage."]
    assert _plain(engine, french, "fr", "en") == [
        "The consumer prices increased by 0,3 % in October.", "The fighting raged all night.",
        "The investigators favour the criminal lead.",
        "The Security Council of the UN has to meet urgently.",
        "Both men were sentenced to life imprisonment.", "The police confiscated two tonnes of cocaine.",
        "The party was postponed because of the bad weather.", "He was seriously wounded in the head.",
        "The researchers published a study.", "The fighting raged."]
    assert _plain(engine, french[1:2] + french[4:6], "fr", "es") == [
        "Los combates han arreciado toda la noche.", "Ambos hombres han sido condenados a cadena perpetua.",
        "La policía ha incautado dos toneladas de cocaína."]
    # At the head of something, a chance seized, a crowd that gathers, a studio of television stay.
    others = _plain(engine, ["Il a été blessé à la tête de la colonne.", "Il a saisi l'occasion.",
                             "Des milliers de personnes se sont réunies sur la place."], "fr", "en")
    assert "head of the column" in others[0] and "confiscated" not in others[1]
    assert " gathered " in others[2]
    assert _plain(engine, ["El estudio de televisión."], "es", "en") == ["The studio of television."]


def test_wire_phrases_of_government_economy_and_weather_read_as_english_news(
    engine: apertium.ApertiumEngine,
) -> None:
    # "his head of state-major", "missile balistique", "in the alley", "situated in residence watched",
    # "processed for corruption", "A plane of line", "adapted his government", "projected the 40
    # terracings", "The FMI saw again to the decline", "under bail", "surpass the border", "to Middle
    # East", "The Talibans", "Have of line landed" ("les avions" read as "nous avions").
    french = ["Le président a limogé son chef d'état-major.",
              "La Corée du Nord a tiré un missile balistique.",
              "Les pourparlers de paix sont dans l'impasse.",
              "Le dirigeant de l'opposition a été placé en résidence surveillée.",
              "L'ancien président a été inculpé pour corruption.",
              "Un avion de ligne s'est écrasé peu après son décollage.",
              "Le Premier ministre a remanié son gouvernement.",
              "Les températures ont dépassé les 40 degrés.",
              "Le FMI a revu à la baisse ses prévisions de croissance.",
              "Le juge a ordonné la libération sous caution du suspect.",
              "Des milliers de migrants tentent de franchir la frontière.",
              "Le pape a appelé à la paix au Moyen-Orient.", "Les talibans ont revendiqué l'attentat.",
              "Les avions de combat ont bombardé la ville."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["The president sacked his chief of staff.",
                           "North Korea launched a ballistic missile.", "The peace talks are at an impasse."]
    assert english[3:8] == [
        "The leader of the opposition was put under house arrest.",
        "The former president was charged with corruption.", "An airliner crashed shortly after his takeoff.",
        "The prime minister reshuffled his government.", "The temperatures exceeded the 40 degrees."]
    assert english[8].startswith("The IMF revised downwards its ") and " on bail " in english[9]
    assert " cross the border" in english[10] and english[11].endswith(" the Middle East.")
    assert english[12].startswith("The Taliban claimed ")
    assert english[13].startswith("The fighter jets bombed ")
    assert _plain(engine, french[3:5] + french[8:9], "fr", "es") == [
        "El dirigente de la oposición ha sido puesto bajo arresto domiciliario.",
        "El antiguo presidente ha sido imputado por corrupción.",
        "El FMI ha revisado a la baja sus previsiones de crecimiento."]
    # "nous les avions" is "avoir"; a dead end in Spanish copy stays one.
    (we,) = _plain(engine, ["Nous les avions prévenus."], "fr", "en")
    assert we.startswith("We had ")
    assert _plain(engine, ["Estamos en un callejón sin salida."], "es", "en") == ["We are in a cul-de-sac."]


def test_spanish_agency_copy_of_attacks_governments_and_markets(engine: apertium.ApertiumEngine) -> None:
    # "an attack with car bomb", "The president of the Government" (Spain's), "the announcement of early
    # elections", "the rob", "The sanitary authorities", "recessed its forecast", "exited to the
    # streets", "The minister of Outsides", "two alleged terrorist", "confronts to", "went down in".
    spanish = ["Al menos 20 personas murieron en un atentado con coche bomba en Kabul.",
               "El presidente del Gobierno anunció la convocatoria de elecciones anticipadas.",
               "La Policía Nacional detuvo a cinco personas por su relación con el atraco.",
               "Las autoridades sanitarias confirmaron 150 nuevos casos.",
               "El Banco de España rebajó su previsión de crecimiento.",
               "Miles de personas salieron a las calles.",
               "El ministro de Exteriores se reunió con su homólogo francés.",
               "Las fuerzas de seguridad abatieron a dos presuntos terroristas.",
               "El acusado se enfrenta a una pena de 20 años de cárcel.",
               "El paro bajó en 50.000 personas.",
               "Los precios subieron en un 5 %.", "Un grupo terrorista atacó."]
    assert _plain(engine, spanish, "es", "en") == [
        "At least 20 people died in a car bomb attack in Kabul.",
        "The prime minister announced the calling of early elections.",
        "The National Police detained five people by their relation with the robbery.",
        "The health authorities confirmed 150 new cases.",
        "The Bank of Spain lowered its forecast of growth.",
        "Thousands of people took to the streets.",
        "The foreign minister met with his French counterpart.",
        "The security forces shot two alleged terrorists.",
        "The accused faces a sentence of 20 years in prison.",
        "Unemployment went down by 50.000 people.", "The prices went up by 5 %.",
        "A terrorist group attacked."]
    # French copy: "à" and a place after an event is "in"; after a verb of going it stays "to".
    french = ["Au moins 12 personnes ont été tuées dans un attentat à la voiture piégée à Bagdad.",
              "Il est allé à Londres après le sommet."]
    assert _plain(engine, french, "fr", "en") == [
        "At least 12 people were killed in a car bomb attack in Baghdad.",
        "He went to London after the summit."]


def test_thus_cannot_and_it_is_therefore(engine: apertium.ApertiumEngine) -> None:
    # "ainsi" came out "like this" ("reinforcing like this his capacity"), "ne peut pas" "can not",
    # "Il s'agit donc de" "It treats as of", "comme des" "as of the".
    french = ["Il a renforcé le capital, renforçant ainsi sa capacité à prêter.", "Ainsi, il est parti.",
              "Il ne peut pas venir.", "Il s'agit donc d'une histoire.", "Il parle comme des enfants.",
              "On ne sort pas comme ça."]
    english = _plain(engine, french, "fr", "en")
    assert " reinforcing thus his capacity " in english[0] and english[1] == "Thus, he left."
    assert english[2:5] == ["He cannot come.", "It is therefore a history.", "He speaks like children."]
    assert english[5].endswith(" like this.")
    assert _plain(engine, french[4:5], "fr", "es") == ["Habla como niños."]


def test_verbs_before_an_infinitive_threats_and_understanding(engine: apertium.ApertiumEngine) -> None:
    # "Intentan de atravesar", "Ha prometido de restablecer" (Spanish takes no "de"), "menacer de"
    # "amenaza de", "He looms to resign", "comprendre que" "comprise that".
    french = ["Ils tentent de franchir la frontière.", "Il a promis de rétablir l'ordre.",
              "Il menace de démissionner.", "On comprend vite que c'est faux.", "Une espèce menacée."]
    assert _plain(engine, french[:3], "fr", "es") == [
        "Intentan atravesar la frontera.", "Ha prometido restablecer el orden.", "Amenaza con dimitir."]
    english = _plain(engine, french, "fr", "en")
    assert english[:4] == ["They try to cross the border.", "He promised to restore order.",
                           "He threatens to resign.", "One quickly understands that it is false."]
    assert "threatened" in english[4]
    # After an infinitive "de" stays, or spa-eng writes no "to".
    (trying,) = _plain(engine, ["Il est venu pour tenter de confirmer la nouvelle."], "fr", "en")
    assert " try to confirm " in trying
    assert _plain(engine, ["Amenazó con atacar la ciudad."], "es", "en") == [
        "It threatened to attack the city."]


def test_syria_copy_reads_as_english_and_spanish_news(engine: apertium.ApertiumEngine) -> None:
    # "droits de l'homme" "rights of the man", "La dieta de Bachar al-Assad" (fr-es's "régime"), "selon
    # des ONG" "as of the NGO", "Los Naciones Unidas", "escalade" "climbing", "privée d'eau" "private
    # water", "le départ du président" "the start", "entendus" "felt", "artillerie" unknown.
    french = ["Selon l'Observatoire syrien des droits de l'homme, au moins 50 rebelles ont été tués.",
              "Le régime syrien a lancé une vaste offensive.",
              "Les frappes ont visé des hôpitaux, selon des ONG.",
              "Les Nations unies ont appelé à une trêve humanitaire.",
              "Washington a dénoncé une « escalade dangereuse ».", "La ville est privée d'eau.",
              "Les opposants exigent le départ du président.",
              "Des tirs d'artillerie ont été entendus dans la nuit.",
              "Le bilan pourrait s'alourdir car de nombreux blessés sont dans un état grave."]
    english = _plain(engine, french, "fr", "en")
    assert " the human rights, " in english[0] and english[1].startswith("The Syrian regime launched ")
    assert english[2].endswith(", according to NGOs.")
    assert english[3] == "The United Nations called for a humanitarian truce."
    assert english[4:7] == ["Washington denounced a « dangerous escalation ».",
                            "The city is deprived of water.",
                            "The opponents demand the departure of the president."]
    assert english[7] == "Shots of artillery were heard in the night."
    assert english[8].startswith("The toll could rise because numerous wounded ")
    spanish = _plain(engine, french[:4], "fr", "es")
    assert " de los derechos humanos, " in spanish[0] and spanish[1].startswith("El régimen sirio ")
    assert spanish[2].endswith(", según ONG.") and spanish[3].startswith("Las Naciones Unidas ")
    # A diet stays one; a private life stays private.
    others = _plain(engine, ["Il suit un régime alimentaire strict.",
                             "Il défend le respect de la vie privée de ses clients."], "fr", "en")
    assert " diet" in others[0] and "private life" in others[1]


def test_wire_casualties_groups_and_thresholds(engine: apertium.ApertiumEngine) -> None:
    # "did at least ten wounded", "the group Islamic State", "maintained its rates unchanged", "could
    # project the hundred", "les pneus" and "le boycott" (unknown to fr-es: "the ﷐boycott").
    french = ["L'explosion a fait au moins dix blessés.",
              "Les jihadistes du groupe Etat islamique ont revendiqué l'attaque.",
              "La Banque centrale européenne a maintenu ses taux inchangés.",
              "Le nombre de morts pourrait dépasser la centaine.", "Ils ont brûlé les pneus.",
              "L'opposition a appelé au boycott des élections."]
    assert _plain(engine, french, "fr", "en") == [
        "The explosion wounded at least ten people.",
        "The jihadists of the Islamic State group claimed the attack.",
        "The European Central Bank kept its rates unchanged.",
        "The number of deaths could exceed the hundred.",
        "They burned the tyres.", "The opposition called for the boycott of the elections."]
    assert _plain(engine, french[4:6], "fr", "es") == [
        "Han quemado los neumáticos.", "La oposición ha llamado al boicot de las elecciones."]


def test_a_first_person_subject_is_written_where_spanish_drops_it(engine: apertium.ApertiumEngine) -> None:
    # Spanish drops "yo", and its first person is its third in the imperfect, the conditional and the
    # subjunctive: "Je faisais la queue" came out "It did the tail", "J'étais terrifiée" "It was
    # terrified". After a relative spa-eng wrote no subject at all: "the people that know".
    french = ["Je faisais la queue.", "J'aurais honte.", "Il faut que je parte.",
              "Les gens que je connais.", "Ce que nous pensons.", "C'est pour moi."]
    assert _plain(engine, french, "fr", "en") == [
        "I did the tail.", "I would have shame.", "It is necessary that I leave.", "The people that I know.",
        "What we think.", "It is for me."]
    # Spanish copy drops the pronoun, as Spanish does, and Spanish copy gets the subject in English.
    assert _plain(engine, french[:2], "fr", "es") == ["Hacía la cola.", "Tendría vergüenza."]
    assert _plain(engine, ["La gente que conozco.", "Para mí es difícil."], "es", "en") == [
        "The people that I know.", "For me it is difficult."]


def test_il_faut_is_it_is_necessary_or_it_requires(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "il faut" "hace falta", which spa-eng wrote word for word ("It would do lacking to
    # teach"), and the tagger read "il faut un" as "faillir" ("fails a silent environment").
    french = ["Il faudrait enseigner les mythes.", "Il fallait partir.",
              "Mais il faut un environnement silencieux.", "Il ne faut pas partir."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["It would be necessary to teach the myths.", "It was necessary to leave.",
                           "But it requires a silent environment."]
    # One must not leave is not "it is not necessary to leave".
    assert "necessary" not in english[3]
    assert _plain(engine, french[2:3], "fr", "es") == ["Pero hace falta un medio ambiente silencioso."]
    assert _plain(engine, ["Hace falta enseñar.", "Hizo falta."], "es", "en") == [
        "It is necessary to teach.", "It was necessary."]


def test_an_enfant_is_a_child_not_a_boy(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "niño" for "enfant", and spa-eng "boy" for "niño": a casualty count read "among them
    # 10 boys". Beside "niñas" a "niño" is a boy.
    french = ["Au moins 242 personnes ont été tuées, dont 10 enfants.", "Un enfant de cinq ans a été blessé."]
    assert _plain(engine, french, "fr", "en") == [
        "At least 242 people were killed, among them 10 children.", "A child of five years was wounded."]
    assert _plain(engine, french[:1], "fr", "es")[0].endswith(" entre ellos 10 niños.")
    assert _plain(engine, ["Los niños juegan.", "Niños y niñas juegan."], "es", "en") == [
        "The children play.", "Boys and girls play."]


def test_pres_de_is_almost_before_a_quantity_and_near_before_a_place(engine: apertium.ApertiumEngine) -> None:
    # spa-eng wrote "near of" for "cerca de": "near of 32 000 people", "near of Paris".
    french = ["Près de 32 000 personnes ont été aidées.", "Il habite près de Paris.",
              "près de la moitié des quartiers", "près d'une heure", "près du centre", "Il est près de lui."]
    assert _plain(engine, french, "fr", "en") == [
        "Almost 32 000 people were helped.", "He lives near Paris.", "Almost half of the neighbourhoods",
        "Almost an hour", "Near the centre", "It is near of him."]  # a pronoun is left as the pair writes it
    assert _plain(engine, french[:1], "fr", "es") == ["Cerca de 32 000 personas han sido ayudadas."]


def test_wire_phrases_read_as_english_writes_them(engine: apertium.ApertiumEngine) -> None:
    # spa-eng's words for them: "the forces of the president Bashar", "the general Alexander", "to the
    # term of an offensive", "did not comment in the immediate", "with the end to recover", "the one of".
    french = ["Une offensive lancée contre les forces du président Bachar.", "Le général Alexander a parlé.",
              "Le président de la France est arrivé.", "Ils ont pris la ville au terme de trois jours.",
              "Le Hezbollah n'a pas commenté dans l'immédiat.", "Il est venu afin de récupérer ses outils.",
              "Afin de protéger l'espèce, il faut agir.", "Il est l'un des 10 héros de l'année."]
    assert _plain(engine, french, "fr", "en") == [
        "An offensive launched against the forces of President Bachar.", "General Alexander spoke.",
        "The president of France arrived.", "They took the city at the end of three days.",
        "Hezbollah did not comment immediately.", "He came to recover his tools.",
        "To protect the species, it is necessary to act.", "He is one of the 10 heroes of the year."]


def test_last_year_and_too_far_read_as_english_writes_them(engine: apertium.ApertiumEngine) -> None:
    # "l'année dernière", "el año último", came out "the year last"; "trop loin" after a verb, "demasiado
    # lejos", "too much far".
    french = ["Il a fait ça l'année dernière.", "L'an dernier, les ventes ont augmenté.",
              "Ils ont perdu la vie le mois dernier.", "Il était à Paris la semaine dernière.",
              "Les États-Unis sont allés trop loin.", "Il est arrivé trop tard.", "Il a trop mangé."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].endswith(" last year.") and english[1].startswith("Last year, ")
    assert english[2].endswith(" last month.") and english[3].endswith(" last week.")
    assert english[4:6] == ["The United States went too far.", "He arrived too late."]
    assert " too much" in english[6]  # "trop" alone after a verb is "too much"


def test_this_year_spokesman_for_and_head_of_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # fr-es's "en lo que va de año" for "cette année" came out "in what it goes of year"; "le
    # porte-parole de", "le chef de" "the spokesman of", "the boss of", "le rédacteur en chef" "the
    # editor in boss".
    french = ["La réunion aura lieu cette année.", "Le porte-parole de l'armée a parlé.",
              "Le chef de la diplomatie a parlé.", "Le chef est parti.", "Le rédacteur en chef du journal."]
    assert _plain(engine, french, "fr", "en") == [
        "The meeting will take place this year.", "The spokesman for the army spoke.",
        "The head of the diplomacy spoke.", "The chief left.",
        "The editor in chief of the newspaper."]


def test_where_a_name_is_based_withdrawing_and_having_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # fr-es wrote "basée au", "basé à" after a name or a comma "basada a" ("the NGO based to the United
    # Kingdom"); spa-eng "se retirer de" "removed of", "disposer de" "has of".
    french = ["L'ONG basée au Royaume-Uni a parlé.", "L'OSDH, basé à Londres, a parlé.",
              "L'ONG envoyée à Londres.",
              "L'armée s'était retirée de plusieurs positions.", "Se retirer de la course.",
              "L'ONG dispose d'un vaste réseau de sources en Syrie."]
    assert _plain(engine, french, "fr", "en") == [
        "The NGO based in the United Kingdom spoke.", "The OSDH, based in London, spoke.",
        "The NGO sent to London.",  # where to, not where
        "The army had retreated from several positions.",
        "Remove of the career.",  # an infinitive's "se" is part of the verb, left as spa-eng reads it
        "The NGO has a vast network of sources in Syria."]


def test_entering_taking_control_and_telling_afp_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # spa-eng wrote "entrar en la ciudad" "went in in the city", "tomar el control" "took the control",
    # "a la AFP" "to the AFP", and "ha declarado a la AFP que" "declared to the AFP that" (the tagger
    # reads that "que" as a relative).
    french = ["Les rebelles sont entrés dans la ville.", "Ils ont pris le contrôle de la ville.",
              "Il a perdu le contrôle de sa voiture.", "La ville est sous le contrôle du gouvernement.",
              "« Oui », a déclaré à l'AFP un habitant.", "Il a déclaré à l'AFP que non.",
              "Il a déclaré l'état d'urgence que tout le monde craignait."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].endswith(" entered the city.") and english[1].endswith(" took control of the city.")
    assert english[2].endswith(" lost control of his car.") and " under the control of " in english[3]
    assert " to AFP" in english[4] and english[5] == "He said to AFP that no."
    assert english[6].startswith("He declared the state of ")  # a relative clause about what was declared


def test_se_rendre_somewhere_is_going_there(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "se rendre" "rendirse" (to surrender), which spa-eng writes "give in": "ASCOVIME,
    # qui se rend dans les zones rurales" came out "that give in the rural zones".
    french = ["Ils se sont rendus à la carrière.", "L'association se rend dans les zones rurales.",
              "Elle se rendra à Paris demain.", "Il s'est rendu à la police."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["They went to the career.", "The association goes in the rural areas.",
                           "It will go to Paris tomorrow."]
    assert " go" not in english[3]  # giving oneself up is no going
    assert _plain(engine, french[:1], "fr", "es") == ["Han ido a la carrera."]


def test_soir_is_evening_or_night_not_afternoon(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "ce soir" "esta tarde" and "jeudi soir" "el jueves por la tarde", which spa-eng
    # writes "this afternoon", "the Thursday in the afternoon": a fact changed.
    french = ["Le problème sera résolu ce soir.", "Il a parlé jeudi soir.", "Le soir du 5 mars, il pleuvait."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["The problem will be resolved tonight.", "He spoke Thursday night."]
    assert english[2].startswith("The evening of 5 March")
    assert not any("afternoon" in text for text in english)
    # A weekday opening a sentence, which fr-es writes capitalised with the part of the day after it
    # ("Martes Tarde": "Tuesday Late"), or as "Jueves por la tarde" ("The Thursday in the afternoon").
    opening = ["Jeudi soir, il a parlé.", "Mardi après-midi, il est parti.", "Demain soir, il partira.",
               "Jeudi soir à Paris, il a été arrêté.", "Lundi matin, les troupes sont entrées."]
    assert _plain(engine, opening, "fr", "en") == [
        "Thursday night, he spoke.", "Tuesday afternoon, he left.", "Tomorrow night, he will leave.",
        "Thursday night in Paris, he was arrested.", "Monday morning, the troops went in."]
    # Spanish "tarde" runs into the evening; Spanish copy keeps fr-es's.
    assert _plain(engine, opening[:1], "fr", "es") == ["El jueves por la tarde, ha hablado."]


def test_sur_place_and_sur_les_lieux_are_there(engine: apertium.ApertiumEngine) -> None:
    # fr-es wrote "sobre lugar", "sobre los lugares": "The expert dépêché on place", "firemen dépêchés on
    # the places".
    french = ["Ils sont venus sur place.", "Ils sont arrivés sur les lieux.",
              "Ils sont arrivés sur les lieux du drame.", "Il se trouve sur la place Tahrir."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["They came there.", "They arrived there."]
    assert " of the drama" in english[2] and " Tahrir" in english[3]  # a place named stays one
    assert _plain(engine, french[:1], "fr", "es") == ["Han venido allí."]


def test_tener_has_its_subject_as_other_verbs(engine: apertium.ApertiumEngine) -> None:
    # spa-eng wrote "tener" without the subject Spanish drops: "nous avons le droit", "tenemos el
    # derecho", came out "have the right".
    french = ["Nous avons le droit de le demander.", "J'ai un problème.", "Ils ont 20 ans.",
              "L'homme a un chien."]
    assert _plain(engine, french, "fr", "en") == [
        "We have the right to ask it.", "I have a problem.", "They are 20 years old.", "The man has a dog."]


def test_pourquoi_is_why(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "pourquoi" "porqué" (the noun: "the reason"), which spa-eng writes "reason": "Reason
    # is scarce to discover new species", "explains reason".
    french = ["Pourquoi est-il rare ?", "Il explique pourquoi il part.",
              "Il explique le pourquoi de sa décision."]
    english = _plain(engine, french, "fr", "en")
    assert english[0] == "Why it is scarce ?" and english[1].startswith("He explains why ")
    assert " the reason " in english[2]


def test_french_si_is_if_or_so(engine: apertium.ApertiumEngine) -> None:
    # "si c'est pour accepter" came out "yes is to accept", "si heureux" "yes happy", "S'il vient"
    # "It comes" (the tagger read "s'" as the reflexive "se").
    french = ["Voter si c'est pour accepter l'austérité.", "Je suis si heureux.", "S'il vient, je pars.",
              "Ils se sont demandé s'ils pouvaient."]
    english = _plain(engine, french, "fr", "en")
    assert english[0] == "Vote if it is to accept the austerity." and english[1] == "I am very happy."
    assert english[2].startswith("If he comes, ") and english[3].endswith(" if they could.")


def test_common_words_the_tagger_or_spa_eng_read_as_rare_ones(engine: apertium.ApertiumEngine) -> None:
    # "cela" read as the verb "celer" ("it concealed"), "le premier" as the noun "premier", "suite à"
    # as "continuation to"; "également" as "equally", "effectuer" as "effect", "informations".
    french = ["Nous devons éviter que cela arrive.", "Il est le premier à admettre.",
              "Suite à la décision, il a parlé.", "La suite à donner est claire.",
              "Il dit également que les mesures sont utiles.",
              "Les agents ont effectué 1653 saisies.", "Il a demandé des informations."]
    english = _plain(engine, french, "fr", "en")
    assert " this arrives" in english[0] and english[1] == "He is the first to admit."
    assert english[2].startswith("After the decision, ") and english[3].startswith("The continuation ")
    assert english[4].startswith("He also says that ")
    assert english[5].endswith(" made 1653 embargoes.") and english[6].endswith(" information.")
    assert _plain(engine, ["Es igualmente importante."], "es", "en") == ["It is equally important."]
    # "alors que", "mientras que", came out "whereas".
    whereas = _plain(engine, ["Il part, alors que son frère arrive."], "fr", "en")
    assert whereas[0].endswith(", while his brother arrives.")


def test_before_a_court_and_the_court(engine: apertium.ApertiumEngine) -> None:
    # "devant le tribunal", "ante el tribunal", came out "in front of the court", and "la Cour" (fr-es's
    # "el Patio") "the Yard".
    french = ["Il a déclaré devant le tribunal.", "Il a prêté serment devant les 18 juges.",
              "Il a parlé devant l'Anti-Defamation League.", "Il attendait devant sa porte.",
              "La Cour a validé la loi.", "Ils jouent dans la cour de l'école."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].endswith(" before the court.") and " before the 18 judges." in english[1]
    assert " before the Anti-Defamation League." in english[2] and " in front of his door." in english[3]
    assert english[4] == "The Court validated the law." and " the yard of the school." in english[5]
    assert _plain(engine, french[4:5], "fr", "es") == ["El Tribunal ha validado la ley."]
    # The tagger read "devant" before a determiner as "devoir" ("testified that owes thousands"), and
    # before an infinitive as the preposition ("In front of leaving").
    owing = _plain(engine, ["Il a témoigné devant des milliers de partisans.", "Devant partir, il a fermé."],
                   "fr", "en")
    assert " in front of thousands " in owing[0] and owing[1].startswith("Having to leave, ")


def test_mondial_is_world_before_its_noun(engine: apertium.ApertiumEngine) -> None:
    # "l'économie mondiale", "la economía mundial", came out "the world-wide economy".
    french = ["L'économie mondiale a crû.", "La Banque mondiale a parlé.", "Il a battu le record mondial."]
    assert _plain(engine, french, "fr", "en") == [
        "The world economy grew.", "The World Bank spoke.", "He beat the world record."]


def test_near_future_from_and_against_read_as_english_writes_them(engine: apertium.ApertiumEngine) -> None:
    # "va continuer", "va a continuar", came out "goes to continue"; "à partir de" "to leave of";
    # "à l'encontre de", "contre des" "against of"; "des" after a comma "of the".
    french = ["Ce soutien va continuer.", "Nous allons nous assurer que tout va bien.", "Il va à Paris.",
              "À partir de 2015, il travaille.", "Un mandat à l'encontre de Julian Assange.",
              "Il a porté plainte contre des fabricants.", "À l'extérieur, des manifestants ont protesté."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["This support will continue.", "We will ensure that everything goes well.",
                           "He goes to Paris."]
    assert english[3].startswith("From 2015, ") and english[4] == "A mandate against Julian Assange."
    assert english[5].endswith(" against the manufacturers.")
    assert ", demonstrators protested" in english[6]
    assert _plain(engine, french[6:], "fr", "es") == ["Al exterior, unos manifestantes han protestado."]


def test_a_repeated_de_after_and_is_not_repeated_in_english(engine: apertium.ApertiumEngine) -> None:
    # "les provinces d'Idleb et d'Alep" came out "the provinces of Idlib and of Aleppo".
    french = ["Les pompiers d'Andenne et de Namur sont intervenus.", "Il a parlé et de nouveau il est parti."]
    firemen, again = _plain(engine, french, "fr", "en")
    assert firemen.startswith("The firefighters of Andenne and Namur ")
    assert again == "He spoke and again he left."  # "de nouveau" is no "de" phrase


def test_people_at_large_have_no_article(engine: apertium.ApertiumEngine) -> None:
    # "les gens", "des gens" came out "The people are happy", "to kill of the people".
    french = ["Les gens sont contents.", "Ils veulent tuer des gens.", "Les gens du village sont partis.",
              "Les gens que je rencontre sont contents."]
    english = _plain(engine, french, "fr", "en")
    assert english[:2] == ["People are happy.", "They want to kill people."]
    assert english[2].startswith("The people of the village ") and english[3].startswith("The people that ")


def test_the_united_states_keep_their_article(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "Estados Unidos", "Reino Unido" without an article, as Spanish may: "the allies of
    # United States", "based to United Kingdom".
    french = ["Les Etats-Unis sont allés trop loin.", "Une aide des Etats-Unis.",
              "L'ONG basée au Royaume-Uni."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].startswith("The United States ") and english[1] == "A help of the United States."
    assert english[2].endswith(" the United Kingdom.")
    assert _plain(engine, ["Los Estados Unidos y Estados Unidos."], "es", "en") == [
        "The United States and the United States."]


def test_s_emparer_is_taken_not_left_in_spanish(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "apoderarse de", which spa-eng does not know: "the jihadists of HTS apoderan of".
    french = ["Les rebelles se sont emparés vendredi de la majeure partie d'Alep.",
              "S'emparant des armes, ils ont fui.", "Il s'est emparé du pouvoir en 2011."]
    assert _plain(engine, french, "fr", "es") == [
        "Los rebeldes han tomado viernes la mayor parte de Alepo.", "Tomando las armas, han huido.",
        "Ha tomado el poder en 2011.",
    ]
    english = _plain(engine, french[:1], "fr", "en")[0]
    assert " took Friday most of " in english and "apoder" not in english


def test_no_space_before_a_full_stop_or_comma(engine: apertium.ApertiumEngine) -> None:
    # Rules that reorder or drop a word left the blank before the mark: "una píldora de veneno .",
    # "compromisos sustantivos , los", "it affirms ." A space the source has stays.
    english = ["It would be a poison pill.", "These are substantive commitments, which matter.",
               "He was born in 1961 ."]
    pill, commitments, born = _plain(engine, english, "en", "es")
    assert pill.endswith(" veneno.") and "sustantivos, " in commitments and born.endswith(" 1961 .")
    assert _plain(engine, ["« Sí », se afirma."], "es", "en") == ["« Yes », it affirms."]


def test_ce_que_important_gros_and_protection_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # The tagger read "ce" of "ce qu'ils veulent" as a determiner ("this that they want to"), and "à ce
    # que" before a subjunctive as "to this that"; fr-es wrote "important" "de entidad" ("Of entity
    # ignite", "men of entity"), "gros" "gordo" ("a fat cloud"), "protection" "amparo" ("the protect").
    french = ["Ils peuvent faire ce qu'ils veulent.", "Il demande à ce qu'il soit déclaré coupable.",
              "Important incendie dans un commerce.", "Avec d'autres hommes importants.",
              "Un gros nuage de fumée.", "Un homme gros.", "Pour la protection de la vie privée."]
    assert _plain(engine, french, "fr", "en") == [
        "They can do what they want.", "He asks that he was declared guilty.", "Significant fire in a trade.",
        "With other important men.", "A big cloud of smoke.", "A fat man.",
        "For the protection of the private life."]
    assert _plain(engine, french[:1] + french[4:5], "fr", "es") == [
        "Pueden hacer lo que quieren.", "Una gran nube de humo."]


def test_news_words_spa_eng_lacks_are_english(engine: apertium.ApertiumEngine) -> None:
    # spa-eng's analyser does not know "combatientes", "feudo", "opositores": they came out in Spanish
    # ("Four combatientes were killed"); it has "rebelde" as an adjective only ("The rebellious took
    # the city").
    french = ["Quatre combattants ont été tués.", "L'armée attaque le dernier fief des rebelles.",
              "Les rebelles se sont emparés de la ville.", "Un rebelle a été tué.",
              "Les opposants ont parlé.", "Il est rebelle."]
    assert _plain(engine, french, "fr", "en") == [
        "Four fighters were killed.", "The army attacks the last bastion of the rebels.",
        "The rebels took the city.", "A rebel was killed.", "The opponents spoke.", "He is rebellious."]
    # Spanish copy keeps its words.
    assert _plain(engine, french[:1], "fr", "es") == ["Cuatro combatientes han sido matados."]


def test_strikes_resistance_and_launching_them_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # The tagger read "frappes" as the verb "frapper" and "les", "une" as pronouns ("spent of strike
    # them aerial"); fr-es wrote "sans rencontrer de résistance" "sin encontrar de aguante" ("without
    # finding of hold"), and spa-eng "mener" ("llevar") "spend".
    french = ["L'aviation russe a mené des frappes aériennes.", "Les frappes ont tué dix personnes.",
              "Il les frappe.", "Ils sont entrés sans rencontrer de résistance.", "Il mène une vie calme."]
    assert _plain(engine, french, "fr", "en")[:4] == [
        "The Russian aviation launched air strikes.", "The attacks killed ten people.", "He strikes them.",
        "They went in without finding resistance."]
    assert "launch" not in _plain(engine, french[4:], "fr", "en")[0]
    assert _plain(engine, french[:1], "fr", "es") == ["La aviación rusa ha llevado ataques aéreos."]


def test_an_adjective_goes_before_a_name_the_dictionary_does_not_know(
    engine: apertium.ApertiumEngine,
) -> None:
    # spa-eng puts an adjective before a noun it knows ("the Syrian army"), not before a name it does
    # not know: "The Hezbollah Lebanese".
    french = ["Le Hezbollah libanais n'a pas commenté.", "L'armée syrienne a parlé."]
    assert _plain(engine, french, "fr", "en") == [
        "The Lebanese Hezbollah did not comment.", "The Syrian army spoke."]


def test_a_bill_so_that_and_use_read_as_english_writes_them(engine: apertium.ApertiumEngine) -> None:
    # spa-eng wrote "proyecto de ley" "project of law", "con el fin de que" (fr-es's "afin que") "with the
    # end that", "utilización" "utilisation".
    french = ["Le nouveau projet de loi a été voté.", "Ils ont rejeté les projets de loi.",
              "Ils frappent sur des tambours afin que nous puissions travailler.",
              "Les règles relatives à l'utilisation des téléphones."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].startswith("The new bill ") and english[1].endswith(" the bills.")
    assert " so that we can work." in english[2] and " the use of the " in english[3]


def test_really_it_is_office_and_assured_read_as_english_writes_them(engine: apertium.ApertiumEngine) -> None:
    # fr-es wrote "vraiment" "verdad" ("It is important truth"), spa-eng "se trata de" "It treats of",
    # "despacho" (fr-es's "bureau") "dispatch", and "asegurar" after a day "ensured" (a fact changed:
    # "He ensured Thursday that the president was resolved").
    french = ["Il est vraiment important.", "Il s'agit d'un problème.", "Il est dans son bureau.",
              "Il a assuré jeudi que le président était résolu.", "Il s'agit de savoir."]
    english = _plain(engine, french, "fr", "en")
    assert english[:3] == ["It is really important.", "It is a problem.", "He is in his office."]
    assert english[3].startswith("He affirmed Thursday that ") and english[4] != "It is to know."


def test_allowing_someone_to_do_has_no_to_before_the_someone(engine: apertium.ApertiumEngine) -> None:
    # "permettre au gouvernement d'avoir" came out "allow to the government to have".
    french = ["Cela permettra au gouvernement d'avoir la main.",
              "Cela a permis à l'armée de prendre la ville."]
    assert _plain(engine, french, "fr", "en") == [
        "This will allow the government to have the hand.", "This allowed the army to take the city."]


def test_enquete_agir_and_de_nombreux_read_as_news_writes_them(engine: apertium.ApertiumEngine) -> None:
    # fr-es wrote "enquête" "encuesta" ("The police opened a survey"), "agir" "tratar" ("It is necessary
    # to treat"), and "de nombreuses" "de numerosas" ("Of numerous people").
    french = ["La police a ouvert une enquête.", "Il faut agir vite.", "Il s'agit d'un problème.",
              "De nombreuses personnes sont venues.", "L'avis de nombreux experts."]
    assert _plain(engine, french, "fr", "en")[:4] == [
        "The police opened an investigation.", "It is necessary to act quickly.", "It is a problem.",
        "Numerous people came."]
    spanish = _plain(engine, french, "fr", "es")
    assert spanish[:4] == ["La policía ha abierto una investigación.", "Hace falta actuar rápidamente.",
                           "Se trata de un problema.", "Numerosas personas han venido."]
    assert " de numeros" in spanish[4]  # after a noun "de" is a preposition


def test_counterpart_and_girlfriend_read_as_english_writes_them(engine: apertium.ApertiumEngine) -> None:
    # "son homologue britannique" came out "his homologous British", "sa petite amie" "his small friend".
    french = ["Il a rencontré son homologue russe jeudi.", "Sa petite amie est venue.",
              "Une molécule homologue."]
    assert _plain(engine, french, "fr", "en") == [
        "He met with his Russian counterpart Thursday.", "His girlfriend came.", "A homologous molecule."]


def test_meme_before_what_it_stresses_is_even_and_preter_serment_is_swear(
    engine: apertium.ApertiumEngine,
) -> None:
    # The tagger read "et même de la tendresse" as the adjective ("and same of the tenderness"); fr-es
    # does not know "serment" ("The president loaned serment").
    french = ["Il a montré de l'intérêt et même de la tendresse.", "Le même jour.",
              "Le président a prêté serment."]
    english = _plain(engine, french, "fr", "en")
    assert " and even of the tenderness." in english[0]
    assert english[1:] == ["The same day.", "The president swore."]


def test_casualty_and_business_wire_phrases_keep_their_facts(engine: apertium.ApertiumEngine) -> None:
    # Figures an editor must not misread: "30 blessées" came out "30 wounds", "a fait deux morts" "did
    # two deaths", "plus de 200" "more 200", "une dette de plus de 200 millions" "a debt in addition to
    # 200 millions", "en hausse de 12 %" "heaves of the 12 %", "le taux de chômage" "the tax of
    # unemployment", "le bilan s'élève désormais à 45 morts" "the balance elevates from now to 45".
    french = ["Au moins 12 personnes ont été tuées et 30 blessées.",
              "Selon un bilan provisoire, l'incendie a fait deux morts.",
              "Le bilan s'élève désormais à 45 morts.", "Les secours ont évacué plus de 200 habitants.",
              "Avec une dette de plus de 200 millions.", "Le bénéfice est en hausse de 12 %.",
              "Les ventes sont en baisse de 3 %.", "Le taux de chômage a reculé.",
              "Le chiffre d'affaires a augmenté.", "La réforme des retraites.",
              "Les négociations ont échoué.", "Le chef de l'Etat s'est rendu jeudi à Marseille."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].endswith(" were killed and 30 wounded.")
    assert english[1] == "According to a provisional toll, the fire killed two people."
    assert english[2].startswith("The toll now stands at 45 ")
    assert " more than 200 " in english[3] and " more than 200 " in english[4]
    assert english[5].endswith(" is up 12 %.") and english[6].endswith(" are down 3 %.")
    assert english[7].startswith("The unemployment rate ") and english[8].startswith("The revenue ")
    assert english[9].endswith(" pensions.") and english[10] == "The negotiations failed."
    assert english[11].startswith("The head of state went Thursday ")
    spanish = _plain(engine, french, "fr", "es")
    assert " y 30 heridos." in spanish[0] and spanish[1].endswith(" ha causado dos muertos.")
    assert spanish[8].startswith("La cifra de negocios ") and spanish[9] == "La reforma de las pensiones."


def test_news_words_fr_es_lacks_are_translated(engine: apertium.ApertiumEngine) -> None:
    # fr-es does not know "écroué", "bénévoles", "canicule", "disperser": they came out in French.
    french = ["Le suspect a été écroué.", "Des bénévoles sont venus.", "La canicule a fait trois morts.",
              "Pour disperser la foule."]
    assert _plain(engine, french, "fr", "en") == [
        "The suspect was imprisoned.", "Volunteers came.", "The wave of heat killed three people.",
        "To disperse the crowd."]
    assert _plain(engine, french[:2], "fr", "es") == ["El sospechoso ha sido encarcelado.",
                                                      "Unos voluntarios han venido."]


def test_court_election_and_market_words_read_as_wire_copy_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "Le procès" came out "The process", "les électeurs" "the constituents", "a remporté l'élection
    # avec 52 % des voix" "attained the election with the 52 % of the voices", "300 voix" "300 voice",
    # "a clôturé en hausse de 1,2 %" "has clausurado in ascent of the 1,2 %", "a pris la fuite" "took
    # the escape", "jusqu'à dix ans" "until ten years", "placé en garde à vue" "situated in guard in
    # sight".
    french = ["Le procès doit s'ouvrir en janvier.", "Les électeurs sont appelés aux urnes.",
              "Il a remporté l'élection avec 52 % des voix.", "La loi a été votée par 300 voix contre 200.",
              "La Bourse de Paris a clôturé en hausse de 1,2 %.", "Le conducteur a pris la fuite.",
              "Il risque jusqu'à dix ans de prison.", "La voix du peuple.",
              "Le suspect a été placé en garde à vue.", "La Bourse de Tokyo a clôturé en baisse de 2 %."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].startswith("The trial ") and english[1].startswith("The voters ")
    assert english[2] == "He won the election with 52 % of the votes."
    assert english[3].endswith(" by 300 votes against 200.")
    assert english[4].endswith(" closed up 1,2 %.") and english[5] == "The driver escaped."
    assert " up to ten years " in english[6] and english[7].startswith("The voice ")
    assert english[8] == "The suspect was detained." and english[9].endswith(" closed down 2 %.")
    assert _plain(engine, french[:1], "fr", "es")[0].startswith("El juicio ")


def test_diplomacy_police_and_disaster_words_keep_their_sense(engine: apertium.ApertiumEngine) -> None:
    # "a refusé de commenter" came out "denied to comment", "s'est entretenu avec" "has been supported
    # by", "a été interpellé" "was interpelado", "l'état d'urgence" "the state of urgency", "à la suite
    # du séisme" "like consequence of the seism", "ont maîtrisé" "have maîtrisé".
    french = ["Le porte-parole a refusé de commenter.", "Le ministre s'est entretenu avec son homologue.",
              "Le suspect a été interpellé.", "Les autorités ont décrété l'état d'urgence.",
              "Le bâtiment s'est effondré à la suite du séisme.", "Les pompiers ont maîtrisé l'incendie.",
              "Il refuse ce projet.", "Le ministre s'est entretenu jeudi avec le président."]
    assert _plain(engine, french, "fr", "en") == [
        "The spokesman refused to comment.", "The minister spoke with his counterpart.",
        "The suspect was arrested.",
        "The authorities decreed the state of emergency.",
        "The building collapsed as a result of the earthquake.",
        "The firefighters controlled the fire.", "He refuses this project.",
        "The minister spoke Thursday with the president."]
    assert _plain(engine, french[:2], "fr", "es") == ["El portavoz ha rechazado comentar.",
                                                      "El ministro ha hablado con su homólogo."]


def test_counts_of_tens_hundreds_and_thousands_read_as_english_writes_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "des milliers de personnes" ("unos millares de") came out "Some thousands of people", Spanish
    # "Miles de civiles" "Miles of civilians" (a name), "des dizaines d'habitants" "tens of inhabitants",
    # Spanish "cientos" unknown.
    french = ["Des milliers de personnes ont défilé.", "Des centaines de soldats gardaient le bâtiment.",
              "Des dizaines d'habitants traversaient la frontière.", "Des dizaines de millions de dollars."]
    assert _plain(engine, french, "fr", "en") == [
        "Thousands of people marched.", "Hundreds of soldiers saved the building.",
        "Dozens of inhabitants crossed the border.", "Tens of million dollars."]
    spanish = ["Miles de civiles huyeron.", "Cientos de personas murieron.", "Unas decenas de heridos."]
    assert _plain(engine, spanish, "es", "en") == [
        "Thousands of civilians escaped.", "Hundreds of people died.", "Dozens of wounded."]
    assert _plain(engine, french[:1], "fr", "es") == ["Unos millares de personas han desfilado."]


def test_places_a_leg_does_not_know_are_named_in_the_target_language(engine: apertium.ApertiumEngine) -> None:
    # fr-es writes "Alep" "Alepo", "Genève" "Ginebra", which spa-eng does not know: they came out in
    # Spanish; spa-eng's tagger read "Siria" before a colon, and "Kenia", as first names (left as they
    # were); fr-es does not know "Idleb", "Lattaquié", "Tchéquie" (left in French).
    french = ["Syrie : les rebelles prennent Alep", "ALEP (Syrie) - Le ministre est arrivé à Genève.",
              "Les rebelles contrôlent Idleb et Lattaquié.", "Le Kenya et la Tchéquie ont voté.",
              "Salvador Dalí est né en Espagne."]
    assert _plain(engine, french, "fr", "en") == [
        "Syria : the rebels take Aleppo", "ALEPPO (Syria) - The minister arrived in Geneva.",
        "The rebels control Idlib and Latakia.", "Kenya and the Czechia voted.",
        "Salvador Dalí was born in Spain."]
    assert _plain(engine, french[2:4], "fr", "es") == [
        "Los rebeldes controlan Idlib y Latakia.", "Kenia y la Chequia han votado."]
    # A first name beside another capitalised word is a person's.
    spanish = ["Los peregrinos llegaron a Belén.", "Belén Esteban vive en Madrid.", "Viajó a Zimbabue."]
    assert _plain(engine, spanish, "es", "en") == [
        "The pilgrims arrived to Bethlehem.", "Belén Esteban lives in Madrid.", "It travelled to Zimbabwe."]
    # A place now named is no unknown word.
    assert not unmark(engine.translate_batch(["Les rebelles contrôlent Idleb."], "fr", "en")[0])[1]


def test_conflict_words_neither_leg_knows_are_translated(engine: apertium.ApertiumEngine) -> None:
    # fr-es does not know "jihadiste", "obus", "décombres", "secouristes", "lacrymogènes", "pourparlers"
    # (left in French); spa-eng does not know "yihadista", "kurdos", "noreste" (left in Spanish), gives
    # "escombros" as "demolitions", "socorristas" as "lifeguards", "toque de queda" as "touch of
    # remains"; fr-es reads "couvre-feu" as a verb and a noun ("One covers-fire").
    french = ["Les jihadistes ont pris la ville.", "Le groupe jihadiste a revendiqué l'attaque.",
              "Les combattants kurdes ont repoussé l'assaut.", "Un obus est tombé.",
              "Les secouristes fouillent les décombres.", "La police a tiré des gaz lacrymogènes.",
              "Les pourparlers ont repris.", "Un couvre-feu a été instauré.", "Le couvre-feu est levé.",
              "Les Kurdes contrôlent le nord-est."]
    english = _plain(engine, french, "fr", "en")
    assert english[:4] == ["The jihadists took the city.", "The jihadist group claimed the attack.",
                           "The Kurdish fighters refused the round.", "A shell fell."]
    assert english[4].startswith("The rescuers ") and english[4].endswith(" the rubble.")
    assert "tear gas." in english[5]
    assert english[6:] == ["The dialogues resumed.", "A curfew was established.", "The curfew is lifted.",
                           "The Kurds control the northeast."]
    assert _plain(engine, french[:2] + french[7:9], "fr", "es") == [
        "Los yihadistas han tomado la ciudad.", "El grupo yihadista ha reivindicado el ataque.",
        "Un toque de queda ha sido instaurado.", "El toque de queda está levantado."]
    # A ransom is what is demanded or paid, or a sum; a rescue anything else.
    spanish = ["Los secuestradores piden un rescate de dos millones.", "La familia pagó el rescate.",
               "El rescate de los mineros duró días.", "Se impuso un toque de queda nocturno."]
    assert _plain(engine, spanish, "es", "en") == [
        "The kidnappers ask a ransom of two millions.", "The family paid the ransom.",
        "The rescue of the miners lasted days.", "It imposed a nocturnal curfew."]


def test_a_time_of_day_is_written_as_english_writes_it(engine: apertium.ApertiumEngine) -> None:
    # French copy's 24-hour clock came out "to 15 hours", "To the 14h15", "shortly after 11 hours,
    # local hour"; a length of time stays.
    french = ["Les secours sont arrivés vers 15 heures.", "Vers 14h15 mercredi, un passant a vu le chien.",
              "M. Morsi est arrivé peu après 11 heures, heure locale.", "Le couvre-feu commence à 22 heures.",
              "Il a été joint vers 1h, vendredi.", "Le vol a duré 15 heures."]
    english = _plain(engine, french, "fr", "en")
    assert english[0].endswith(" around 3 p.m.") and english[1].startswith("Around 2:15 p.m. Wednesday, ")
    assert english[2].endswith(" shortly after 11 a.m., local time.")
    assert english[3] == "The curfew begins at 10 p.m."
    assert english[4].endswith(" around 1 a.m., Friday.") and english[5] == "The flight lasted 15 hours."
    spanish = ["La reunión empieza a las 15 horas.", "Llegó hacia las 12h30.",
               "El pueblo está a 15 horas de Madrid."]
    assert _plain(engine, spanish, "es", "en") == [
        "The meeting begins at 3 p.m.", "It arrived around 12:30 p.m.",
        "The village is to 15 hours of Madrid."]
    # The figures agree with the source's for the fact check.
    assert toolkit.check_fidelity(french[1], english[1], source_language="fr", target_language="en").ok


def test_parts_of_a_day_keep_their_time(engine: apertium.ApertiumEngine) -> None:
    # "mardi après-midi" came out "Tuesday late", "dans l'après-midi" "In the evening" (fr-es's "en la
    # tarde"), "Jeudi matin" "The Thursday in the morning", "En fin d'après-midi" "In fine as-midday",
    # "à l'aube" "when dawning".
    french = ["L'attaque a eu lieu mardi après-midi.", "Dans l'après-midi, il a parlé.",
              "Jeudi matin, le ministre est arrivé.", "En fin d'après-midi, les soldats sont partis.",
              "En début de soirée, des habitants sont partis.", "L'attaque a eu lieu à l'aube.",
              "Hier après-midi, il pleuvait.", "Il est arrivé tard."]
    english = _plain(engine, french, "fr", "en")
    assert english[0] == "The attack took place Tuesday afternoon."
    assert english[1].startswith("In the afternoon, ")
    assert english[2:6] == ["Thursday morning, the minister arrived.",
                            "Late in the afternoon, the soldiers left.",
                            "Early in the evening, inhabitants left.", "The attack took place at dawn."]
    assert english[6:] == ["Yesterday afternoon, it rained.", "He arrived late."]
    # "dimanche matin" inside a sentence came out "Sunday tomorrow" (fr-es's "domingo mañana"); a weekday
    # after a number, "Tuesdays" (the number's plural).
    assert _plain(engine, ["Le corps a été retrouvé dimanche matin.", "Les ventes ont chuté de 5 % mardi."],
                  "fr", "en") == ["The body was found Sunday morning.", "The sales fell by 5 % Tuesday."]
    spanish = _plain(engine, ["En fin d'après-midi, le ministre est parti.",
                              "Dans l'après-midi, il a parlé."], "fr", "es")
    assert spanish == ["En final de tarde, el ministro ha marchado.", "Por la tarde, ha hablado."]


def test_wire_words_fr_es_renders_in_another_sense(engine: apertium.ApertiumEngine) -> None:
    # "les secours" came out "the succours" ("los socorros"), "repérer" "fichado" ("fichar", to put on
    # file, which spa-eng does not know), "un passant" "a transeúnte", "appeler à une trêve" "call to a
    # truce". "Les secours techniques" keeps its adjective where English puts it.
    french = ["Les secours ont été appelés.", "Un passant a repéré le chien.", "L'ONU a appelé à une trêve.",
              "Il a appelé la police.", "Le spécialiste des secours techniques.",
              "La police a fouillé la maison."]
    english = _plain(engine, french, "fr", "en")
    assert english[:4] == ["The emergency services were called.", "A pedestrian located the dog.",
                           "The UN called for a truce.", "He called the police."]
    assert "emergency" not in english[4] and english[5] == "The police inspected the house."
    assert _plain(engine, ["Llamaron a la calma.", "Llamó a la policía."], "es", "en") == [
        "They called for calm.", "It called to the police."]


def test_government_courts_and_casualties_read_as_the_wire_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "Le gouvernement" opening a sentence came out "The executive", "ont fait au moins 40 morts" "did at
    # least 40 dead persons", "une hausse" "an ascent", "prison ferme" "prison in firm", "avec sursis"
    # "with extension", "deuil national" "national duel", "l'attentat suicide" "the attacked suicide",
    # "abattu" "knock", "trois mois" "three month", "placé en détention provisoire" "situated in
    # provisional arrest", "magnitude" and "drone" unknown.
    french = ["Le gouvernement a annoncé une hausse des impôts.",
              "Des inondations ont fait au moins 40 morts.",
              "Le maire a été condamné à cinq ans de prison ferme.",
              "Il a été condamné à deux ans de prison avec sursis.",
              "Le gouvernement a décrété trois jours de deuil national.",
              "Les talibans ont revendiqué l'attentat suicide.",
              "Les rebelles ont abattu un avion.", "La police a abattu le suspect.", "Un drone a été abattu.",
              "L'otage a été libéré après trois mois de captivité.",
              "Le suspect a été placé en détention provisoire.",
              "Un séisme de magnitude 6,2."]
    assert _plain(engine, french, "fr", "en") == [
        "The government announced an increase of the taxes.", "Floods killed at least 40 people.",
        "The mayor was sentenced to five years in prison.",
        "He was sentenced to two years in prison, suspended.",
        "The government decreed three days of national mourning.", "The Taliban claimed the suicide attack.",
        "The rebels shot down a plane.", "The police shot the suspect.", "A drone was shot down.",
        "The hostage was released after three months of captivity.", "The suspect was detained.",
        "An earthquake of magnitude 6,2."]
    spanish = _plain(engine, [french[0], "Le chômage a atteint son plus haut niveau.", french[5]], "fr", "es")
    assert spanish == ["El gobierno ha anunciado un aumento de los impuestos.",
                       "El paro ha alcanzado su nivel más elevado.",
                       "Los talibanes han reivindicado el atentado suicida."]


def test_disaster_politics_and_market_phrases_read_as_the_wire_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "Le chef de l'État" came out "The state boss", "limogé" "limogé", "chaviré au large des côtes"
    # "zozobrado to the width of the coasts", "migrants" "migrantes", "boycotté le scrutin" "boycotté
    # the scrutiny", "entendu par les juges" "felt by the judges", "les flammes" "the llamas", "le
    # président sortant" "the president that exits", "la remise en liberté" "the reference in liberty",
    # "chuté de 8 %" "fell of the 8 %", "dans un fossé" "in one resolves", "se sont entretenus par
    # téléphone" "maintained by telephone".
    french = ["Le chef de l'État a limogé son ministre.", "Le navire a chaviré au large des côtes.",
              "Au moins douze migrants sont morts.", "L'opposition a boycotté le scrutin.",
              "Le ministre a été entendu par les juges.", "Les pompiers ont lutté contre les flammes.",
              "Le président sortant a reconnu sa défaite.",
              "Le juge a ordonné la remise en liberté du journaliste.",
              "Les exportations ont chuté de 8 %.", "Le corps a été retrouvé dans un fossé.",
              "Les deux dirigeants se sont entretenus par téléphone."]
    assert _plain(engine, french, "fr", "en") == [
        "The head of state sacked his minister.", "The ship capsized off the coast.",
        "At least twelve migrants died.", "The opposition boycotted the vote.",
        "The minister was heard by the judges.",
        "The firefighters struggled against the flames.", "The outgoing president recognised his defeat.",
        "The judge ordered the release of the journalist.", "The exports fell by 8 %.",
        "The body was found in a ditch.", "Both leaders spoke by telephone."]
    assert _plain(engine, french[:2] + french[6:7], "fr", "es") == [
        "El jefe de Estado ha despedido su ministro.", "La nave ha zozobrado frente a las costas.",
        "El presidente saliente ha reconocido su derrota."]
    assert _plain(engine, ["Las exportaciones cayeron un 8 %."], "es", "en") == ["The exports fell by 8 %."]


def test_diplomacy_economy_and_inquiry_phrases_read_as_the_wire_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "dix diplomates" came out "ten diplomatic", "son taux directeur d'un quart de point" "his tax
    # director of a chamber of point", "1.200 emplois" "1.200 works", "a dissous" "has dissolve",
    # "homicide involontaire" unknown, "se tiendra" "will maintain", "a rappelé son ambassadeur pour
    # consultations" "remembered his ambassador for surgeries", "repris le contrôle" "restarted
    # control", "fait état de" "left proof of", "à la recherche de" "to the investigation of", "le
    # tireur" unknown, "à la voiture piégée" "to the car piégée", "de paix" "of peaces".
    french = ["Le ministre a annoncé l'expulsion de dix diplomates.",
              "La banque a relevé son taux directeur d'un quart de point.",
              "L'entreprise va supprimer 1.200 emplois.", "Le président a dissous l'Assemblée nationale.",
              "La justice a ouvert une enquête pour homicide involontaire.",
              "Le sommet se tiendra à Bruxelles.",
              "Le pays a rappelé son ambassadeur pour consultations.",
              "Les forces ont repris le contrôle du quartier.", "Le bilan officiel fait état de 18 morts.",
              "Les secours sont à la recherche de deux disparus.", "Le tireur a été abattu.",
              "Un attentat à la voiture piégée a fait dix morts.",
              "Les pourparlers de paix ont été suspendus.",
              "Il se tient à l'écart."]
    english = _plain(engine, french, "fr", "en")
    assert english[:-1] == [
        "The minister announced the expulsion of ten diplomats.",
        "The bank raised its key rate of a quarter point.",
        "The company will cut 1.200 jobs.", "The president dissolved the National Assembly.",
        "The justice opened an investigation for manslaughter.", "The summit will take place in Brussels.",
        "The country removed its ambassador for consultations.",
        "The forces recovered control of the neighbourhood.",
        "The official toll reported 18 dead persons.", "The emergency services are in search of two missing.",
        "The gunman was shot.", "A car bomb attack killed ten people.",
        "The peace talks were suspended."]
    assert "take place" not in english[-1]  # no event "se tient": "se tenir à l'écart" stays
    assert _plain(engine, [french[5], french[11], "Le texte a été adopté par 320 voix."], "fr", "es") == [
        "La cumbre tendrá lugar en Bruselas.", "Un atentado con coche bomba ha causado diez muertos.",
        "El texto ha sido adoptado por 320 votos."]


def test_ages_shootings_offices_and_conflict_words_read_as_the_wire_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "un homme de 45 ans" came out "A man of 45 years", "tué par balle" "killed by ball", "fillette"
    # unknown, "âgé de 25 ans" "main of 25 years", "Le Premier ministre" "The Prime minister", "le chef de
    # l'Etat" "the head of the state", "l'Assemblée nationale" "the national Assembly", "les forces de
    # l'ordre" "the forces of law and order", "De violents heurts ont éclaté entre" "Of violent heurts
    # burst among", "Les combats ont repris" "The fights restarted", "le Hamas" "the Hamas", "les
    # pourparlers de paix" "the dialogues of peace", "la bombe a éclaté" "burst", "s'exprimera à la
    # télévision" "will express to the television", "à titre conservatoire" "to title conservatoire", "le
    # ministère de la Santé" "the ministry of the Health" ("el Ministerio del Interior", "the Home Office",
    # Britain's), "un contrôle routier" "a control of road", "Des employeurs" "Some employers", "De
    # violents combats" "Of violent fights".
    french = ["Un homme de 45 ans a été tué par balle.", "Une fillette de 11 ans a été blessée par balle.",
              "Le suspect, âgé de 25 ans, a été interpellé.",
              "Un adolescent de 18 ans et une grand-mère de 80 ans ont été blessés.",
              "Le tireur a tué par balle deux policiers.",
              "Le Premier ministre britannique Boris Johnson a démissionné.",
              "Le Premier ministre a présenté sa démission.",
              "Le chef de l'Etat a dissous l'Assemblée nationale.",
              "Les forces de l'ordre ont dispersé les manifestants.",
              "De violents heurts ont éclaté entre manifestants et policiers.",
              "Les combats ont repris dans la nuit.", "Les combats continuent malgré la nuit.",
              "Les rebelles ont repris la ville.", "Le Hamas a revendiqué l'attaque.",
              "Un porte-parole du Hamas a démenti.", "Le Hezbollah libanais a démenti.",
              "Les pourparlers de paix ont été suspendus.", "La bombe a éclaté.",
              "Le président s'exprimera à la télévision dimanche soir.", "Il s'exprimait à Tachkent.",
              "Le maire a été suspendu à titre conservatoire.",
              "Le ministère palestinien de la Santé a fait état de 18 morts.",
              "Le ministère des Affaires étrangères a convoqué l'ambassadeur.",
              "Il a été tué lors d'un contrôle routier.", "Des employeurs sont venus.",
              "De violents combats ont éclaté.", "Les habitants fuient les combats.", "Ces combats ont duré."]
    assert _plain(engine, french, "fr", "en") == [
        "A 45-year-old man was shot dead.", "An 11-year-old girl was wounded by gunfire.",
        "The suspect, aged 25, was arrested.",
        "An 18-year-old teenager and an 80-year-old grandmother were wounded.",
        "The gunman shot dead two policemen.", "British Prime Minister Boris Johnson resigned.",
        "The prime minister presented his resignation.", "The head of state dissolved the National Assembly.",
        "The security forces dispersed the demonstrators.",
        "Violent clashes broke out between demonstrators and policemen.",
        "The fighting resumed in the night.",
        "The fighting continues in spite of the night.", "The rebels recaptured the city.",
        "Hamas claimed the attack.", "A spokesman for Hamas denied.", "The Lebanese Hezbollah denied.",
        "The peace talks were suspended.", "The bomb exploded.",
        "The president will speak on television Sunday night.", "He spoke in Tashkent.",
        "The mayor was suspended as a precaution.",
        "The Palestinian health ministry reported 18 dead persons.",
        "The foreign ministry summoned the ambassador.", "He was killed during a traffic stop.",
        "Employers came.", "Violent fighting broke out.", "The inhabitants escape the fighting.",
        "These fights lasted."]
    assert _plain(engine, [french[i] for i in (0, 1, 2, 5, 7, 9, 20)], "fr", "es") == [
        "Un hombre de 45 años ha sido matado a tiros.", "Una niña de 11 años ha sido herida de bala.",
        "El sospechoso, de 25 años, ha sido arrestado.",
        "El primer ministro británico Boris Johnson ha dimitido.",
        "El jefe del estado ha disuelto la Asamblea Nacional.",
        "Violentos enfrentamientos han estallado entre manifestantes y policías.",
        "El alcalde ha sido suspendido por precaución."]
    spanish = ["El Ministerio del Interior anunció.", "Un hombre murió a tiros en Madrid.",
               "El pistolero mató a tiros a dos policías.", "Un hombre fue asesinado a tiros.",
               "El Primer Ministro dimitió.", "Las partes reanudaron las negociaciones.",
               "Los combates se reanudaron por la noche."]
    assert _plain(engine, spanish, "es", "en") == [
        "The Interior Ministry announced.", "A man was shot dead in Madrid.",
        "The gunman shot dead two policemen.", "A man was shot dead.", "The prime minister resigned.",
        "The parts resumed the negotiations.", "The fighting resumed at night."]


def test_economy_and_opposition_phrases_read_as_the_wire_means_them(engine: apertium.ApertiumEngine) -> None:
    # "convoqué des élections anticipées" came out "summoned elections anticipated", "a opposé son veto
    # à" "has opposite his veto to", "s'oppose à" "opone to" (spa-eng does not know "oponer"), "débloqué
    # une enveloppe de" "unblocked an on of", "placée en redressement judiciaire" "situated in judicial
    # recovery", "au large des côtes libyennes" "in front of the Libyan coasts", "augmenté" "augmented",
    # "grimpé de 8 % sur un an" "escalado of 8 % on a year", "diminué de" "diminished by", "Le taux de
    # chômage a reculé de 0,3 point au troisième trimestre" "The rate of unemployment retreated 0,3
    # point to the third quarter", "s'établit à" "establishes to", "L'inflation" "The inflation", "en
    # glissement annuel" "in glissement annual", "La Bourse de Paris a terminé en hausse de" "The Stock
    # exchange of Paris ended up up", "a ouvert en baisse" "opened in decline".
    french = ["Le président a convoqué des élections anticipées.",
              "La Russie a opposé son veto à la résolution.",
              "Le gouvernement s'oppose à la réforme.",
              "Le gouvernement a débloqué une enveloppe de 50 millions d'euros.",
              "L'entreprise a été placée en redressement judiciaire.",
              "Le navire a chaviré au large des côtes libyennes.", "Les ventes ont augmenté de 5 %.",
              "Les prix ont grimpé de 8 % sur un an.", "Les exportations ont diminué de 4 %.",
              "Le taux de chômage a reculé de 0,3 point au troisième trimestre.",
              "Le taux de chômage s'établit à 7,4 %.", "L'inflation a atteint 5,2 % en glissement annuel.",
              "La Bourse de Paris a terminé en hausse de 1,2 %.", "La Bourse de Paris a ouvert en baisse."]
    assert _plain(engine, french, "fr", "en") == [
        "The president called early elections.", "Russia vetoed the resolution.",
        "The government opposes the reform.", "The government released 50 million euros.",
        "The company was placed in receivership.", "The ship capsized off the Libyan coast.",
        "The sales increased by 5 %.", "The prices climbed by 8 % year on year.",
        "The exports fell by 4 %.", "The unemployment rate fell 0,3 point in the third quarter.",
        "The unemployment rate stands at 7,4 %.",
        "Inflation reached 5,2 % year on year.", "The Paris stock exchange closed up 1,2 %.",
        "The Paris stock exchange opened lower."]
    assert _plain(engine, [french[3]], "fr", "es") == ["El gobierno ha desbloqueado 50 millones de euros."]
    spanish = ["Los sindicatos se han opuesto al proyecto.", "Rusia opuso su veto a la resolución.",
               "El partido, opuesto a la reforma, votó en contra.",
               "La inflación interanual se situó en el 5 %.",
               "El presidente convocó elecciones generales anticipadas.",
               "El gobierno prevé que la inflación se ralentizará.", "La Bolsa de Madrid cerró en alza.",
               "El número de casos está en alza."]
    assert _plain(engine, spanish, "es", "en") == [
        "The unions opposed the project.", "Russia vetoed the resolution.",
        "The party, opposed to the reform, voted against.", "The year-on-year inflation stood at 5 %.",
        "The president called early general elections.", "The government foresees that inflation will slow.",
        "The Madrid stock exchange closed higher.", "The number of cases is rising."]


def test_titles_courts_and_business_phrases_read_as_the_wire_means_them(
    engine: apertium.ApertiumEngine,
) -> None:
    # "Le président américain Joe Biden" came out "The American president Joe Biden", "le ministre
    # israélien de la Défense" "the Israeli minister of the Defence", "non contraignante" unknown, "remis
    # en liberté sous contrôle judiciaire" "put in liberty under control judicial", "jusqu'à nouvel
    # ordre" "until further orders", "La manifestation" "The manifestation", "ses taux directeurs" "his
    # taxes directors", "Les cours du pétrole" "The courses of the oil", "une perte nette" "a clean
    # loss", "5.000 postes d'ici 2025" "5.000 squares of here 2025", "Le roi Charles III" "King Chat III"
    # (the tagger read "charlar", to chat).
    french = ["Le président américain Joe Biden a appelé à un cessez-le-feu.",
              "Le ministre israélien de la Défense a démissionné.",
              "Le Parlement européen a adopté une résolution non contraignante.",
              "Il a été remis en liberté sous contrôle judiciaire.",
              "Les écoles resteront fermées jusqu'à nouvel ordre.",
              "La manifestation a réuni 20.000 personnes selon la police.",
              "La Banque centrale européenne a relevé ses taux directeurs.",
              "Les cours du pétrole ont reculé.",
              "Le groupe a enregistré une perte nette de 2 milliards de dollars.",
              "Le constructeur va supprimer 5.000 postes d'ici 2025.", "Le roi Charles III est arrivé."]
    assert _plain(engine, french, "fr", "en") == [
        "American President Joe Biden called for a cease-fire.", "The Israeli defence minister resigned.",
        "The European Parliament adopted a non-binding resolution.",
        "He was released under judicial supervision.", "The schools will remain closed until further notice.",
        "The demonstration gathered 20.000 people according to the police.",
        "The European Central Bank raised its key rates.", "The prices of the oil retreated.",
        "The group recorded a net loss of 2 billion dollars.", "The constructor will cut 5.000 jobs by 2025.",
        "King Charles III arrived."]
    # Spanish copy: "El Rey Felipe VI" came out "Rey Felipe SAW" (a name, and "vi", I saw), "La Reina
    # Isabel II" "Reina Elizabeth II", "la ministra de Sanidad" "the minister of Health", "vinculante"
    # unknown, "en la radio" "in the radio".
    spanish = ["El Rey Felipe VI llegó.", "La Reina Isabel II murió.",
               "El ministro de Asuntos Exteriores anunció.", "La ministra de Sanidad anunció.",
               "Una resolución vinculante.", "Se ha expresado en la radio."]
    assert _plain(engine, spanish, "es", "en") == [
        "King Felipe VI arrived.", "Queen Elizabeth II died.", "The foreign minister announced.",
        "The health minister announced.", "A binding resolution.", "It spoke on the radio."]


def test_ancien_before_a_role_is_former(engine: apertium.ApertiumEngine) -> None:
    # "l'ancien président" came out "the ancient president", "l'ancien ministre" "the elderly minister" (the
    # tagger reads "ancien" as a noun, "anciano"), "l'ancienne Yougoslavie" "the elderly Yugoslavia".
    french = ["L'ancien président a parlé.", "L'ancien ministre de la Défense.", "L'ancienne Yougoslavie.",
              "L'ancien bastion des rebelles.", "Un bâtiment ancien.", "L'ancienne France."]
    assert _plain(engine, french, "fr", "en") == [
        "The former president spoke.", "The former defence minister.", "The former Yugoslavia.",
        "The former bastion of the rebels.", "An ancient building.", "The ancient France."]
    assert _plain(engine, french[1:2], "fr", "es") == ["El antiguo ministro de la Defensa."]


def test_the_demo_s_phrases_without_a_glossary(engine: apertium.ApertiumEngine) -> None:
    # "la majeure partie de" came out "the main part of", "une offensive éclair" "an offensive éclair",
    # "le régime de Damas" "the diet of Damascus" (fr-es's "dieta"), "les factions rebelles" "the
    # rebellious factions".
    french = ["Les jihadistes se sont emparés de la majeure partie de la ville.",
              "Une offensive éclair a été lancée.", "Le régime syrien a perdu la ville.",
              "Les factions rebelles alliées ont attaqué.", "Les forces rebelles contrôlent la ville."]
    assert _plain(engine, french, "fr", "en") == [
        "The jihadists took most of the city.", "A lightning offensive was launched.",
        "The Syrian regime lost the city.", "The allied rebel factions attacked.",
        "The rebel forces control the city."]
    assert _plain(engine, ["Un ataque relámpago.", "Los rebeldes."], "es", "en") == [
        "A lightning attack.", "The rebels."]
    # "Les insurgés ont pris le contrôle" came out "The insurgent took control": "insurgente" is an
    # adjective only to spa-eng, as "rebelde" and "diplomático".
    french = ["Les insurgés ont pris le contrôle de la ville.", "Les forces insurgées avancent."]
    assert _plain(engine, french, "fr", "en") == [
        "The insurgents took control of the city.", "The insurgent forces advance."]


def test_the_arabic_article_of_a_name_stays(engine: apertium.ApertiumEngine) -> None:
    # spa-eng read "al" as "a el": "President Bachar to the-Assad", "to To the-Arabiya".
    english = _plain(engine, ["Le président Bachar al-Assad a parlé à Al-Arabiya."], "fr", "en")
    assert english == ["President Bachar al-Assad spoke to Al-Arabiya."]
    assert _plain(engine, ["Llegó al hotel."], "es", "en") == ["It arrived to the hotel."]


def test_a_law_a_right_or_a_truce_is_violated_not_raped(engine: apertium.ApertiumEngine) -> None:
    # spa-eng has "violar" as "rape" only: "Google raped seven patents", "the rights had not been raped",
    # "the cease-fire was raped", "They rape the law".
    french = ["Les droits de chacun n'avaient pas été violés.",
              "Le cessez-le-feu a été violé à plusieurs reprises.",
              "Ils violent la loi.", "La violation du cessez-le-feu.",
              "La jeune femme a été violée par deux hommes.",
              "La violation de la jeune femme."]
    assert _plain(engine, french, "fr", "en") == [
        "The rights of each one had not been violated.", "The cease-fire was violated repeatedly.",
        "They violate the law.", "The violation of the cease-fire.", "The young woman was raped by two men.",
        "The rape of the young woman."]
    assert _plain(engine, ["Google vulneró siete patentes y violó la ley."], "es", "en")[0].endswith(
        " violated the law.")


def test_a_brevet_is_a_patent_through_the_pivot(engine: apertium.ApertiumEngine) -> None:
    # fr-es gives "brevet" as "diploma": "Google raped seven diplomas". Spanish copy keeps fr-es's word,
    # whose article fr-es agrees with it.
    french = ["Google a violé sept brevets.", "Le brevet a expiré."]
    assert _plain(engine, french, "fr", "en") == ["Google violated seven patents.", "The patent expired."]
    assert _plain(engine, french[1:], "fr", "es") == ["El diploma ha expirado."]


def test_reseau_is_a_network_with_its_article(engine: apertium.ApertiumEngine) -> None:
    # fr-es wrote "réseau" "cobertura" ("a vast coverage of sources", "the social coverage"); a carried
    # English noun takes "a" or "an" by its own first letter, not by the word after it ("An network of").
    french = ["L'ONG dispose d'un vaste réseau de sources.", "Le réseau social.", "Un réseau d'espionnage."]
    assert _plain(engine, french, "fr", "en") == [
        "The NGO has a vast network of sources.", "The social network.", "A network of espionage."]
    assert _plain(engine, french[1:2], "fr", "es") == ["La red social."]


def test_a_title_before_a_no_break_space_is_still_a_title(engine: apertium.ApertiumEngine) -> None:
    # French typography may set a no-break space after "M." or "Dr": "M.\u00a0Edis" came out "M. Edis",
    # "le Dr\u00a0Bwelle" "the Dr Bwelle" (12 times in one WMT dev document).
    french = ["« Oui », a ajouté M.\u00a0Edis.", "Le Dr\u00a0Bwelle travaille.", "Mme\u00a0Gillard a parlé."]
    assert _plain(engine, french, "fr", "en") == [
        "« Yes », Mr.\u00a0Edis added.", "Dr.\u00a0Bwelle works.", "Mrs.\u00a0Gillard spoke."]


def test_nationalities_fr_es_lacks_are_translated(engine: apertium.ApertiumEngine) -> None:
    # fr-es does not know "ukrainien", "kenyans", "libyen", "nigérian": they came out in French after
    # their noun ("the president ukrainien", "The media kenyans").
    french = ["Il a parlé avec le président ukrainien.", "Les médias kenyans ont parlé.",
              "Les Ukrainiens ont avancé.", "Un soldat nigérian a été tué."]
    assert _plain(engine, french, "fr", "en") == [
        "He spoke with the Ukrainian president.", "The Kenyan media spoke.", "The Ukrainians advanced.",
        "A Nigerian soldier was killed."]
    assert _plain(engine, french[:1], "fr", "es") == ["Ha hablado con el presidente ucraniano."]


def test_the_particle_of_a_name_is_not_translated(engine: apertium.ApertiumEngine) -> None:
    # "de" between a first name or "general" and a surname came out "of": "Gérard of Villiers", "the
    # general of Gaulle". A title of a work or a place keeps "of", and so does another office, before a
    # country the dictionary does not know ("President de Tuvalu").
    french = ["Gérard de Villiers est mort.", "Le général de Gaulle est mort.", "La Légende de Thor.",
              "Le président de Tuvalu a parlé.", "La reine de Tuvalu est venue."]
    assert _plain(engine, french, "fr", "en") == [
        "Gérard de Villiers died.", "General de Gaulle died.", "The Legend of Thor.",
        "The president of Tuvalu spoke.", "The queen of Tuvalu came."]
    assert _plain(engine, ["Gérard de Villiers ha muerto."], "es", "en") == ["Gérard de Villiers died."]


def test_a_surname_after_a_first_name_or_an_initial_is_copied(engine: apertium.ApertiumEngine) -> None:
    # The tagger read these surnames as common words: "Arroz de Susan", "Tim Cocinero", "Mike
    # Peniques", "Un.J. Verde". A name of an institution goes on in capitals, and is translated.
    met, pence, green, court, party = _plain(
        engine,
        ["Jeb Bush and Susan Rice met Tim Cook.", "Mike Pence signed it.",
         "A.J. Green and J.R. Smith played.", "The Virginia Supreme Court ruled.", "The Green Party won."],
        "en", "es",
    )
    assert "Susan Rice" in met and "Tim Cook" in met and pence.startswith("Mike Pence ")
    # After copied words, a one-letter word gets no capital either ("A.J. Green Y J.R. Smith").
    assert green.startswith("A.J. Green y J.R. Smith ") and "Suprema" in court and "Verde" in party


def test_a_pivot_puts_back_a_word_glued_to_another(engine: apertium.ApertiumEngine) -> None:
    # The second leg's analyser read a stand-in glued to "J." as one number-like word, and one glued
    # to "135" as two: "J.zqcx. Rowling", "RC-135Eqcx".
    rowling, jet = _plain(
        engine, ["J.K. Rowling went through 12 rejections.", "A Russian jet flew near a RC-135U."], "en", "fr"
    )
    assert rowling.startswith("J.K. Rowling ") and "RC-135U" in jet


def test_a_word_in_capitals_keeps_them(engine: apertium.ApertiumEngine) -> None:
    # Apertium recases the word that opens a sentence: "Dc Cómics", "Nsa.gov".
    (comics,) = engine.translate_batch(["DC Comics announced the final chapter."], "en", "es")
    (website,) = engine.translate_batch(["NSA.gov est resté inaccessible."], "fr", "en")
    assert unmark(comics)[0].startswith("DC Cómics ") and unmark(website)[0].startswith("NSA.gov ")


@pytest.mark.parametrize(("source", "target"), [("en", "es"), ("fr", "en")])
def test_a_caret_ending_a_segment_does_not_shift_the_batch(
    engine: apertium.ApertiumEngine, source: str, target: str
) -> None:
    # Apertium's lexical selection took the flush NUL after a final "^" into the blank: the next
    # segment's translation came back as this one's, and every later one shifted by one.
    segments = ["the / ^ /", "le ^", "^", "Le chat noir.", "The black cat.", "a ^ b ^ ^", "x"]
    together = engine.translate_batch(segments, source, target)
    assert together == [engine.translate_batch([s], source, target)[0] for s in segments]
    assert together[0].endswith(" / ^ /") and together[1].endswith(" ^") and together[2] == "^"


def test_missing_pair_names_the_package(engine: apertium.ApertiumEngine) -> None:
    wanted = r"the apertium engine has no fr→de pair; available: .*`apt-cache search apertium`"
    with pytest.raises(ModelNotFoundError, match=wanted):
        engine.translate_batch(["Bonjour."], "fr", "de")


def test_missing_binary_names_the_install_command() -> None:
    with pytest.raises(EngineNotAvailableError, match="apt-get install apertium"):
        apertium.ApertiumEngine(binary="no-such-apertium-binary")


def test_model_selects_a_mode_variant() -> None:
    engine = apertium.create(model="spa-eng_US")
    assert engine.model_id("es", "en").startswith("spa-eng_US@")
    assert engine.translate_batch(["El gato negro."], "es", "en") == ["The black cat."]
    with pytest.raises(ModelNotFoundError, match="apertium -l"):
        apertium.create(model="xx-yy")
    with pytest.raises(UsageError):
        apertium.create(device="cuda")


def test_mode_discovery_maps_three_letter_codes(tmp_path: Path) -> None:
    for name in ("cat-spa", "spa-eng", "eco-fr-es", "spa-eng_US", "fr-es"):
        (tmp_path / f"{name}.mode").write_text("cat\n")
    modes = apertium.installed_modes(tmp_path)
    assert modes == {("ca", "es"): "cat-spa", ("es", "en"): "spa-eng", ("fr", "es"): "fr-es"}
    pairs = apertium.ApertiumEngine(modes_dir=tmp_path).pairs()
    assert {("ca", "en"), ("fr", "en"), ("ca", "es")} <= pairs
    assert ("en", "fr") not in pairs


def test_document_layout_through_translate() -> None:
    text = (
        "Syrie : les rebelles prennent Alep\n\n"
        "ALEP (Syrie), 29 nov (AFP) - Les rebelles ont pris la ville. Le chat dort.\n"
        "Le ministre a parlé.\n\n\n"
        "Dernier paragraphe [avec] des <signes> $ spéciaux.\n"
    )
    result = toolkit.translate(text, source="fr", target="en", engine="apertium")
    assert result.engine == "apertium"
    # Same lines, same blank lines, same trailing newline: only the words change.
    assert [bool(line.strip()) for line in result.text.split("\n")] == [
        bool(line.strip()) for line in text.split("\n")
    ]
    lines = result.text.split("\n")
    assert lines[0].startswith("Syria") and lines[2].startswith("ALEPPO (Syria), 29 nov (AFP) - ")
    assert "[with]" in lines[6] and "<" in lines[6] and ">" in lines[6] and "$" in lines[6]
    assert all(text[s.start : s.end] == s.source for s in result.segments)


@pytest.mark.parametrize(
    ("source", "opening"),
    [
        ("A New York, des milliers de personnes costumées ont défilé.", "À New York"),
        ("« A chaque livre, la même recette. »", "« À chaque"),
        ("A-t-il menti ?", "A-t-il"),  # the verb, in a question
    ],
)
def test_a_french_sentence_opening_a_is_the_preposition_it_stands_for(source: str, opening: str) -> None:
    """French copy drops the accent of a capital: "A New York" is "À New York", and an engine that
    reads the verb writes "Has New York". The engine gets the accent back; the source text keeps
    its own spelling."""
    assert engine_input(source, "fr").startswith(opening)
    assert engine_input("A man was arrested.", "en") == "A man was arrested."
    result = toolkit.translate(source, source="fr", target="en", engine="apertium")
    assert result.segments[0].source == source
    if opening.startswith(("À", "« À")):
        assert not re.match(r"\W*Has\b", result.text), result.text
