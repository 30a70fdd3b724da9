"""How each language writes the acronyms wire copy names most: the United States are "US" in
English, "EE.UU." or "Estados Unidos" in Spanish, "США" in Russian and "américain" in a French
adjective; NATO is "OTAN" in French and "НАТО" in Russian. No library lists these renderings
(CLDR has country names only), so the table is here, for the bodies and countries agency copy
abbreviates."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from ._locale import base_language

__all__ = ["acronym_renderings", "rendering_pattern"]


def acronym_renderings(acronym: str, language: str | None, target: str | None) -> tuple[str, ...]:
    """How ``target`` writes what the acronym ``acronym`` names in ``language``: its acronyms and
    the stems of its names and adjectives ("US" from English into French: "USA", "États-Unis",
    "américain"); empty for an acronym not in the table. A stem ends a word's beginning ("américain"
    stands for "américaines"); ``*`` stands for a word's ending inside a name ("Europäisch* Union")."""
    found: list[str] = []
    for forms in _concepts(base_language(language)).get(acronym, ()):
        found += [form for form in forms.get(base_language(target), ()) if form not in found]
    return tuple(found)


@functools.lru_cache(maxsize=1024)
def rendering_pattern(form: str) -> re.Pattern[str]:
    """Where ``form`` (one of :func:`acronym_renderings`) is written: an acronym whole and in its
    case (or with a plural "s": "NGOs"); a name in any case, as the start of a word from five
    letters on ("américain" in "américaines") and whole below ("Nato", "sida"), or as far as its
    ``*``; its spaces as any space ("Nations\u00a0Unies")."""
    body = r"\w*".join(r"\s+".join(map(re.escape, part.split(" "))) for part in form.split("*"))
    if _is_acronym(form):
        return re.compile(rf"(?<!\w){body}s?(?!\w)")
    end = "" if len(form) >= _STEM or form.endswith("*") else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{end}", re.IGNORECASE)


# The shortest stem that stands for the words it starts.
_STEM = 5


def _is_acronym(form: str) -> bool:
    return form.isupper() and " " not in form


@functools.lru_cache(maxsize=64)
def _concepts(language: str) -> Mapping[str, tuple[Mapping[str, tuple[str, ...]], ...]]:
    """The acronyms of ``language`` → the entries of the table that name them."""
    found: dict[str, list[Mapping[str, tuple[str, ...]]]] = {}
    for concept in _RENDERINGS:
        for form in concept.get(language, ()):
            if _is_acronym(form):
                found.setdefault(form, []).append(concept)
    return MappingProxyType({acronym: tuple(concepts) for acronym, concepts in found.items()})


# One entry a body or country: each language's acronyms first, then the stems of its names and
# adjectives as a translation writes them. Languages: the brief languages the fact checks read
# (en, fr, es, de, it, pt, ru, cs, hi).
_RENDERINGS: tuple[dict[str, tuple[str, ...]], ...] = (
    {  # the United States
        "en": ("US", "U.S", "USA", "United States", "America"),
        "fr": ("USA", "États-Unis", "Etats-Unis", "américain", "Amérique"),
        "es": (
            "EE.UU.",
            "EEUU",
            "EUA",
            "USA",
            "Estados Unidos",
            "estadounidense",
            "norteamerican",
            "american",
        ),
        "de": ("USA", "US", "Vereinigte* Staaten", "amerikan", "Amerika"),
        "it": ("USA", "Stati Uniti", "statunitens", "american", "America"),
        "pt": ("EUA", "EE.UU.", "USA", "Estados Unidos", "american", "norte-american", "América"),
        "ru": ("США", "Соединенн* Штат", "Соединённ* Штат", "американ", "Америк"),
        "cs": ("USA", "Spojen* stát", "americk", "Ameri"),
        "hi": ("अमेरिक", "यूएस", "यू.एस", "संयुक्त राज्य"),
    },
    {  # the United Kingdom
        "en": ("UK", "U.K", "GB", "Britain", "British", "United Kingdom"),
        "fr": ("R.-U.", "Royaume-Uni", "Grande-Bretagne", "britanni"),
        "es": ("RU", "Reino Unido", "Gran Bretaña", "británic"),
        "de": ("UK", "GB", "Großbritannien", "Vereinigte* Königreich", "britisch"),
        "it": ("UK", "Regno Unito", "Gran Bretagna", "britannic"),
        "pt": ("RU", "Reino Unido", "Grã-Bretanha", "britânic"),
        "ru": ("Великобритани", "Соединенн* Королевств", "Соединённ* Королевств", "британ"),
        "cs": ("UK", "Británi", "Spojen* královstv", "britsk"),
        "hi": ("यूके", "यू.के", "ब्रिटेन", "ब्रिटिश"),
    },
    {  # the United Nations
        "en": ("UN", "U.N", "UNO", "United Nations"),
        "fr": ("ONU", "Nations unies", "onusien"),
        "es": ("ONU", "Naciones Unidas"),
        "de": ("UN", "UNO", "VN", "Vereinte* Nationen"),
        "it": ("ONU", "Nazioni Unite"),
        "pt": ("ONU", "Nações Unidas"),
        "ru": ("ООН",),
        "cs": ("OSN", "Organizac* spojených národů", "spojených národů"),
        "hi": ("यूएन", "यू.एन", "संयुक्त राष्ट्र"),
    },
    {  # the European Union
        "en": ("EU", "European Union"),
        "fr": ("UE", "Union européenne"),
        "es": ("UE", "Unión Europea"),
        "de": ("EU", "Europäisch* Union"),
        "it": ("UE", "Unione europea"),
        "pt": ("UE", "União Europeia"),
        "ru": ("ЕС", "Евросоюз", "Европейск* союз"),
        "cs": ("EU", "Evropsk* uni"),
        "hi": ("ईयू", "ई.यू", "यूरोपीय संघ"),
    },
    {  # the European Economic Community
        "en": ("EEC", "European Economic Community"),
        "fr": ("CEE", "Communauté économique européenne"),
        "es": ("CEE", "Comunidad Económica Europea"),
        "de": ("EWG", "Europäisch* Wirtschaftsgemeinschaft"),
        "it": ("CEE", "Comunità economica europea"),
        "pt": ("CEE", "Comunidade Económica Europeia", "Comunidade Econômica Europeia"),
        "ru": ("ЕЭС", "Европейск* экономическ* сообществ"),
        "cs": ("EHS", "Evropsk* hospodářsk* společenstv"),
    },
    {  # NATO
        "en": ("NATO", "North Atlantic"),
        "fr": ("OTAN", "Otan", "Atlantique Nord", "Alliance atlantique"),
        "es": ("OTAN", "Atlántico Norte"),
        "de": ("NATO", "Nato", "Nordatlantik"),
        "it": ("NATO", "Nato", "Atlantico del Nord"),
        "pt": ("OTAN", "NATO", "Atlântico Norte"),
        "ru": ("НАТО", "Североатлантическ"),
        "cs": ("NATO", "Severoatlantick"),
        "hi": ("नाटो",),
    },
    {  # the National Security Agency
        "en": ("NSA", "National Security Agency"),
        "fr": ("NSA", "Agence nationale de sécurité", "Agence de sécurité nationale"),
        "es": ("NSA", "Agencia de Seguridad Nacional"),
        "de": ("NSA", "National Security Agency"),
        "it": ("NSA", "Agenzia per la sicurezza nazionale"),
        "pt": ("NSA", "Agência de Segurança Nacional"),
        "ru": ("АНБ", "Агентств* национальной безопасности", "NSA"),
        "cs": ("NSA", "Národní bezpečnostní agentur"),
        "hi": ("एनएसए", "एन.एस.ए"),
    },
    {  # the Central Intelligence Agency
        "en": ("CIA",),
        "fr": ("CIA",),
        "es": ("CIA",),
        "de": ("CIA",),
        "it": ("CIA",),
        "pt": ("CIA",),
        "ru": ("ЦРУ", "CIA"),
        "cs": ("CIA",),
        "hi": ("सीआईए",),
    },
    {  # the Federal Bureau of Investigation
        "en": ("FBI",),
        "fr": ("FBI",),
        "es": ("FBI",),
        "de": ("FBI",),
        "it": ("FBI",),
        "pt": ("FBI",),
        "ru": ("ФБР", "FBI"),
        "cs": ("FBI",),
        "hi": ("एफबीआई",),
    },
    {  # the Federal Aviation Administration
        "en": ("FAA", "Federal Aviation"),
        "fr": ("FAA",),
        "es": ("FAA",),
        "de": ("FAA",),
        "it": ("FAA",),
        "pt": ("FAA",),
        "ru": (
            "ФАУ",
            "FAA",
            "Федеральн* авиационн* администраци",
            "Федеральн* управлени* гражданской авиации",
        ),
        "cs": ("FAA",),
        "hi": ("एफएए",),
    },
    {  # the Centers for Disease Control and Prevention
        "en": ("CDC", "Centers for Disease Control"),
        "fr": ("CDC", "Centres de contrôle", "Centre de contrôle"),
        "es": ("CDC", "Centros para el Control"),
        "de": ("CDC", "Seuchenschutzbehörde"),
        "it": ("CDC",),
        "pt": ("CDC",),
        "ru": ("CDC", "Центр* по контролю", "Центр* контроля"),
        "cs": ("CDC", "Centr* pro kontrolu"),
        "hi": ("सीडीसी", "सी.डी.सी"),
    },
    {  # the European Central Bank
        "en": ("ECB", "European Central Bank"),
        "fr": ("BCE", "Banque centrale européenne"),
        "es": ("BCE", "Banco Central Europeo"),
        "de": ("EZB", "Europäisch* Zentralbank"),
        "it": ("BCE", "Banca centrale europea"),
        "pt": ("BCE", "Banco Central Europeu"),
        "ru": ("ЕЦБ", "Европейск* центральн* банк"),
        "cs": ("ECB", "Evropsk* centrální bank"),
    },
    {  # the International Monetary Fund
        "en": ("IMF", "International Monetary Fund"),
        "fr": ("FMI", "Fonds monétaire international"),
        "es": ("FMI", "Fondo Monetario Internacional"),
        "de": ("IWF", "Internationale* Währungsfonds"),
        "it": ("FMI", "Fondo monetario internazionale"),
        "pt": ("FMI", "Fundo Monetário Internacional"),
        "ru": ("МВФ", "Международн* валютн* фонд"),
        "cs": ("MMF", "Mezinárodní měnov* fond"),
    },
    {  # the World Health Organization
        "en": ("WHO", "World Health Organization", "World Health Organisation"),
        "fr": ("OMS", "Organisation mondiale de la santé"),
        "es": ("OMS", "Organización Mundial de la Salud"),
        "de": ("WHO", "Weltgesundheitsorganisation"),
        "it": ("OMS", "Organizzazione mondiale della sanità"),
        "pt": ("OMS", "Organização Mundial da Saúde"),
        "ru": ("ВОЗ", "Всемирн* организаци* здравоохранения"),
        "cs": ("WHO", "Světov* zdravotnick* organizac"),
    },
    {  # the World Trade Organization
        "en": ("WTO", "World Trade Organization", "World Trade Organisation"),
        "fr": ("OMC", "Organisation mondiale du commerce"),
        "es": ("OMC", "Organización Mundial del Comercio"),
        "de": ("WTO", "Welthandelsorganisation"),
        "it": ("OMC", "WTO", "Organizzazione mondiale del commercio"),
        "pt": ("OMC", "Organização Mundial do Comércio"),
        "ru": ("ВТО", "Всемирн* торгов* организаци"),
        "cs": ("WTO", "Světov* obchodní organizac"),
    },
    {  # the Organisation for Economic Co-operation and Development
        "en": ("OECD",),
        "fr": ("OCDE",),
        "es": ("OCDE",),
        "de": ("OECD",),
        "it": ("OCSE",),
        "pt": ("OCDE",),
        "ru": ("ОЭСР",),
        "cs": ("OECD",),
    },
    {  # the Organization of the Petroleum Exporting Countries
        "en": ("OPEC",),
        "fr": ("OPEP",),
        "es": ("OPEP",),
        "de": ("OPEC",),
        "it": ("OPEC",),
        "pt": ("OPEP",),
        "ru": ("ОПЕК",),
        "cs": ("OPEC",),
    },
    {  # the Organization for Security and Co-operation in Europe
        "en": ("OSCE",),
        "fr": ("OSCE",),
        "es": ("OSCE",),
        "de": ("OSZE",),
        "it": ("OSCE",),
        "pt": ("OSCE",),
        "ru": ("ОБСЕ",),
        "cs": ("OBSE",),
    },
    {  # the International Atomic Energy Agency
        "en": ("IAEA", "International Atomic Energy Agency"),
        "fr": ("AIEA", "Agence internationale de l'énergie atomique"),
        "es": ("OIEA", "Organismo Internacional de Energía Atómica"),
        "de": ("IAEA", "IAEO", "Internationale* Atomenergiebehörde"),
        "it": ("AIEA", "Agenzia internazionale per l'energia atomica"),
        "pt": (
            "AIEA",
            "Agência Internacional de Energia Atómica",
            "Agência Internacional de Energia Atômica",
        ),
        "ru": ("МАГАТЭ",),
        "cs": ("MAAE", "Mezinárodní agentur* pro atomovou energii"),
    },
    {  # UNESCO and UNICEF
        "en": ("UNESCO",),
        "fr": ("UNESCO", "Unesco"),
        "es": ("UNESCO", "Unesco"),
        "de": ("UNESCO", "Unesco"),
        "it": ("UNESCO", "Unesco"),
        "pt": ("UNESCO", "Unesco"),
        "ru": ("ЮНЕСКО",),
        "cs": ("UNESCO",),
    },
    {
        "en": ("UNICEF",),
        "fr": ("UNICEF", "Unicef"),
        "es": ("UNICEF", "Unicef"),
        "de": ("UNICEF", "Unicef"),
        "it": ("UNICEF", "Unicef"),
        "pt": ("UNICEF", "Unicef"),
        "ru": ("ЮНИСЕФ",),
        "cs": ("UNICEF",),
    },
    {  # the Islamic State group
        "en": ("IS", "ISIS", "ISIL", "Islamic State"),
        "fr": ("EI", "État islamique", "Etat islamique", "Daech"),
        "es": ("EI", "Estado Islámico", "Dáesh", "Daesh"),
        "de": ("IS", "Islamisch* Staat"),
        "it": ("IS", "ISIS", "Stato islamico"),
        "pt": ("EI", "Estado Islâmico"),
        "ru": ("ИГ", "ИГИЛ", "Исламск* государств"),
        "cs": ("IS", "Islámsk* stát"),
    },
    {  # the Syrian Observatory for Human Rights
        "en": ("SOHR", "Syrian Observatory"),
        "fr": ("OSDH", "Observatoire syrien"),
        "es": ("OSDH", "Observatorio Sirio"),
        "de": ("SOHR", "Syrisch* Beobachtungsstelle"),
        "it": ("OSDH", "Osservatorio siriano"),
        "pt": ("OSDH", "Observatório Sírio"),
        "ru": ("Сирийск* обсерватори",),
        "cs": ("SOHR", "Syrsk* observato"),
    },
    {  # the Democratic Republic of the Congo
        "en": ("DRC", "DR Congo", "Democratic Republic of"),
        "fr": ("RDC", "République démocratique du Congo"),
        "es": ("RDC", "República Democrática del Congo"),
        "de": ("DRC", "DR Kongo", "Demokratisch* Republik Kongo"),
        "it": ("RDC", "Repubblica Democratica del Congo"),
        "pt": ("RDC", "República Democrática do Congo"),
        "ru": ("ДРК", "Демократическ* Республик* Конго"),
        "cs": ("DRC", "DRK", "Demokratick* republik* Kongo"),
    },
    {  # Germany (the Federal Republic)
        "en": ("FRG", "Germany", "German", "Federal Republic"),
        "fr": ("RFA", "Allemagne", "allemand", "République fédérale"),
        "es": ("RFA", "Alemania", "alemán", "alemana", "República Federal"),
        "de": ("BRD", "Deutschland", "deutsch", "Bundesrepublik"),
        "it": ("RFT", "Germania", "tedesc", "Repubblica Federale"),
        "pt": ("RFA", "Alemanha", "alemã", "alemão", "República Federal"),
        "ru": ("ФРГ", "Германи", "немецк", "Федеративн* Республик"),
        "cs": ("SRN", "Německ", "Spolkov* republik"),
    },
    {  # Russia (the Russian Federation)
        "en": ("RF", "Russia", "Russian Federation"),
        "fr": ("Russie", "russe", "Fédération de Russie"),
        "es": ("Rusia", "ruso", "rusa", "Federación Rusa"),
        "de": ("Russland", "russisch", "Russische* Föderation"),
        "it": ("Russia", "russo", "russa", "russi", "russe", "Federazione Russa"),
        "pt": ("Rússia", "russo", "russa", "Federação Russa"),
        "ru": ("РФ", "Росси", "российск"),
        "cs": ("RF", "Rusk*"),
        "hi": ("रूस",),
    },
    {  # the Soviet Union
        "en": ("USSR", "Soviet"),
        "fr": ("URSS", "Union soviétique", "soviétique"),
        "es": ("URSS", "Unión Soviética", "soviétic"),
        "de": ("UdSSR", "Sowjetunion", "sowjetisch"),
        "it": ("URSS", "Unione Sovietica", "sovietic"),
        "pt": ("URSS", "União Soviética", "soviétic"),
        "ru": ("СССР", "Советск* Союз", "советск"),
        "cs": ("SSSR", "Sovětsk* svaz", "sovětsk"),
        "hi": ("सोवियत",),
    },
    {  # the Czech Republic
        "en": ("Czech Republic", "Czech"),
        "fr": ("République tchèque", "tchèque"),
        "es": ("República Checa", "checo", "checa"),
        "de": ("Tschechien", "Tschechische* Republik", "tschechisch"),
        "it": ("Repubblica Ceca", "ceco", "ceca"),
        "pt": ("República Checa", "República Tcheca", "checo", "checa", "tchec"),
        "ru": ("Чехи*", "Чешск* Республик", "чешск"),
        "cs": ("ČR", "Česk* republik", "česk"),
    },
    {  # television
        "en": ("TV", "television"),
        "fr": ("TV", "télé"),
        "es": ("TV", "televisi", "tele"),
        "de": ("TV", "Fernseh"),
        "it": ("TV", "televisi", "tivù"),
        "pt": ("TV", "televis"),
        "ru": ("ТВ", "телеви"),
        "cs": ("TV", "televiz"),
        "hi": ("टीवी", "टेलीविज़न", "टेलीविजन"),
    },
    {  # deoxyribonucleic acid
        "en": ("DNA",),
        "fr": ("ADN",),
        "es": ("ADN",),
        "de": ("DNA", "DNS", "Erbgut"),
        "it": ("DNA",),
        "pt": ("DNA", "ADN"),
        "ru": ("ДНК",),
        "cs": ("DNA",),
        "hi": ("डीएनए",),
    },
    {  # the human immunodeficiency virus
        "en": ("HIV",),
        "fr": ("VIH",),
        "es": ("VIH",),
        "de": ("HIV",),
        "it": ("HIV",),
        "pt": ("HIV", "VIH"),
        "ru": ("ВИЧ",),
        "cs": ("HIV",),
        "hi": ("एचआईवी",),
    },
    {  # acquired immunodeficiency syndrome
        "en": ("AIDS", "Aids"),
        "fr": ("SIDA", "sida"),
        "es": ("SIDA", "sida"),
        "de": ("AIDS", "Aids"),
        "it": ("AIDS", "Aids"),
        "pt": ("SIDA", "AIDS", "Aids"),
        "ru": ("СПИД",),
        "cs": ("AIDS",),
        "hi": ("एड्स",),
    },
    {  # gross domestic product
        "en": ("GDP", "gross domestic product"),
        "fr": ("PIB", "produit intérieur brut"),
        "es": ("PIB", "producto interior bruto", "producto interno bruto"),
        "de": ("BIP", "Bruttoinlandsprodukt"),
        "it": ("PIL", "prodotto interno lordo"),
        "pt": ("PIB", "produto interno bruto"),
        "ru": ("ВВП", "валов* внутренн* продукт"),
        "cs": ("HDP", "hrub* domácí* produkt"),
        "hi": ("जीडीपी", "सकल घरेलू उत्पाद"),
    },
    {  # a non-governmental organisation
        "en": ("NGO", "non-governmental", "nongovernmental"),
        "fr": ("ONG", "non gouvernemental"),
        "es": ("ONG", "no gubernamental"),
        "de": ("NGO", "NRO", "Nichtregierungsorganisation", "Hilfsorganisation"),
        "it": ("ONG", "non governativ"),
        "pt": ("ONG", "não governamenta", "não-governamenta"),
        "ru": ("НКО", "НПО", "неправительственн", "некоммерческ"),
        "cs": ("NNO", "nevládní"),
        "hi": ("एनजीओ", "गैर-सरकारी", "गैर सरकारी"),
    },
    {  # the Millennium Development Goals
        "en": ("MDG", "Millennium Development Goal"),
        "fr": ("OMD", "objectif* du Millénaire"),
        "es": ("ODM", "Objetivo* de Desarrollo del Milenio"),
        "de": ("MDG", "Millenniums", "Millennium"),
        "it": ("OSM", "Obiettivi di sviluppo del Millennio"),
        "pt": ("ODM", "Objetivos de Desenvolvimento do Milénio"),
        "ru": ("ЦРТ", "Цел* развития тысячелетия"),
        "cs": ("MDG", "rozvojov* cíl* tisíciletí"),
    },
    {  # the Sustainable Development Goals
        "en": ("SDG", "Sustainable Development Goal"),
        "fr": ("ODD", "objectif* de développement durable"),
        "es": ("ODS", "Objetivo* de Desarrollo Sostenible"),
        "de": ("SDG", "Nachhaltigkeitsziel", "nachhaltig* Entwicklung"),
        "it": ("OSS", "SDG", "Obiettivi di sviluppo sostenibile"),
        "pt": ("ODS", "Objetivos de Desenvolvimento Sustentável"),
        "ru": ("ЦУР", "Цел* устойчивого развития"),
        "cs": ("SDG", "cíl* udržitelného rozvoje"),
    },
    {  # the Communist Party of China
        "en": ("CPC", "CCP", "Communist Party"),
        "fr": ("PCC", "Parti communiste"),
        "es": ("PCCh", "PCC", "Partido Comunista"),
        "de": ("KPCh", "Kommunistisch* Partei"),
        "it": ("PCC", "Partito Comunista"),
        "pt": ("PCC", "Partido Comunista"),
        "ru": ("КПК", "Коммунистическ* парти"),
        "cs": ("KSČ", "Komunistick* stran"),
    },
    {  # the Canada Border Services Agency
        "en": ("CBSA", "Canada Border Services Agency", "border"),
        "fr": ("ASFC", "Agence des services frontaliers"),
    },
    {  # the mass media (Russian writes them as an acronym)
        "ru": ("СМИ",),
        "en": ("media", "press"),
        "fr": ("média", "presse"),
        "es": ("medios", "prensa"),
        "de": ("Medien", "Presse"),
        "it": ("media", "stampa"),
        "pt": ("mídia", "media", "imprensa"),
        "cs": ("médi*", "tisk*"),
        "hi": ("मीडिया",),
    },
    {  # the Ministry of Internal Affairs (Russian writes it as an acronym)
        "ru": ("МВД",),
        "en": ("Interior", "Internal Affairs"),
        "fr": ("Intérieur",),
        "es": ("Interior",),
        "de": ("Innenministerium", "Innern"),
        "it": ("Interno", "Interni"),
        "pt": ("Interior", "Administração Interna"),
        "cs": ("vnitra",),
    },
    {  # a road accident (Russian writes it as an acronym)
        "ru": ("ДТП",),
        "en": ("accident", "crash", "collision"),
        "fr": ("accident", "collision"),
        "es": ("accidente", "choque"),
        "de": ("Unfall", "Unfäll", "Zusammenstoß"),
        "it": ("incidente",),
        "pt": ("acidente",),
        "cs": ("nehod",),
    },
    {  # the Bharatiya Janata Party
        "en": ("BJP", "Bharatiya Janata"),
        "hi": ("भाजपा", "बीजेपी", "भारतीय जनता पार्टी"),
    },
)
