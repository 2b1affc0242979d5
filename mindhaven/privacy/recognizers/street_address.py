from __future__ import annotations

import regex as re  # \p{Lu}: capitals of every script
from presidio_analyzer import EntityRecognizer, RecognizerResult

from mindhaven.privacy.lexicon import COMMON_ZIPF, fold, like_medicine, names, zipf

# Street types written after the name ("Baker Street", "Elm St.", "Harbour View").
_SUFFIXES = (
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|tce|way|close|"
    "crescent|cres|square|sq|highway|hwy|parkway|pkwy|circle|cir|gardens|gdns|grove|gr|row|walk|view|hill|rise|"
    "mews|green|park|gate|wharf|parade|quay|vale|villas|mall|plaza|alley|trail|trl|heights|hts|estate|loop|path|"
    "pike|broadway|causeway|dale|flats|lodge|forks|isle|bridge|junction|meadows?|ridge|springs?|summit|glen|"
    "hollow|crossing|landing|point|manor|commons?|fields?|greens|squares|radial|run|bypass|esplanade|promenade|"
    "embankment|approach|chase|croft|fold|garth|lea|yard|str(?=[.,])"
)
# Rarer street types, trusted only capitalised after a house number and capitalised words ("03711 Jones
# Light" is an address, "2 light bulbs" is not).
_RARE_SUFFIXES = (
    "Alley|Arcade|Bend|Bluffs?|Brooks?|Burgs?|Camp|Canyon|Cape|Cent(?:er|re)s?|Circles?|Circuit|Circus|Cliffs?|"
    "Colonnade|Concourse|Copse|Corners?|Courts|Courtyard|Coves?|Creek|Crest|Crossroad|Crossway|Curve|Dam|Dell|"
    "Divide|Drives|Estates|Expressway|Extensions?|Falls?|Ferry|Fords?|Forest|Forges?|Fort|Freeway|Garden|Gateway|"
    "Glade|Glens|Grange|Groves|Gully|Harbou?rs?|Haven|Inlet|Islands?|Junctions|Knolls?|Lakes?|Laneway|Link|Loaf|"
    "Locks?|Lookout|Manors|Mills?|Mission|Motorway|Mount|Mountains?|Neck|Nook|Orchard|Oval|Overpass|Parklands|"
    "Parks|Parkways|Pass|Passage|Pathway|Pines?|Plains?|Plateau|Points|Ports?|Prairie|Quadrant|Ramble|Ramp|Ranch|"
    "Rapids?|Reserve|Retreat|Ridges|Ridgeway|River|Riverway|Roads|Route|Shoals?|Shores?|Skyway|Spurs?|Station|"
    "Strand|Stravenue|Stream|Streets|Tarn|Throughway|Tor|Trace|Track|Trafficway|Tunnel|Turnpike|Underpass|Valleys?|"
    "Via|Viaduct|Views|Villages?|Ville|Vista|Walks|Walkway|Wall|Ways|Wynd"
)


def _faker_street_types() -> str:
    """The street types of Faker's English-speaking locales: the US postal suffixes ("Light", "Key"),
    Australia's and New Zealand's ("Brae", "Anchorage", "Intersection"), one word each."""
    from faker.providers.address import en_AU, en_CA, en_GB, en_NZ, en_US

    types = {t.strip() for locale in (en_AU, en_CA, en_GB, en_NZ, en_US) for t in locale.Provider.street_suffixes}
    return "|".join(sorted((t for t in types if re.fullmatch(r"\p{Lu}\p{Ll}+", t)), key=len, reverse=True))


_RARE_SUFFIXES += "|" + _faker_street_types()
# Words that join a distance or a count to a place ("5 miles to the park"), never a street's name.
_NOT_IN_NAME = r"(?!(?i:the|to|at|of|and|in|on|into|from|for|with|my|a(?!\.)|an|by)\b)"
# Street types written before the name ("Rua Diadema 1903", "calle mayor 12", "33 avenue de Provence").
_PREFIXES = (
    "rue|rua|rúa|trg|avenida|avda|av|avenue|boulevard|bd|bld|chemin|allée|allee|impasse|quai|cours|calle|c/|carrer|"
    "camino|paseo|plaza|plaça|praça|praca|travessa|largo|estrada|rodovia|alameda|ronda|via|viale|piazza|"
    "piazzetta|piazzale|corso|strada|vicolo|borgo|ulica|ul|aleja|al|utca|út|ulitsa|jalan|jl|carrera|"
    "diagonal|transversal|rambla|glorieta|pasaje|callejón|callejon|urbanización|urbanizacion|contrada|incrocio|"
    "núcleo|nucleo|distrito|condomínio|condominio|conjunto|quadra|setor|ladeira|pasadizo|cañada|corredor|calzada|"
    "andador|ampliación|ampliacion|cerrada|circuito|prolongación|prolongacion|retorno|intrarea|aleea|calea|"
    "carretera|ctra|splaiul|bulevardul|șoseaua|soseaua|piața|drumul|plac|rotonda|stretto|vereda|praia|"
    "pl(?=\\.)|gg(?=\\.)|r(?=\\.)|c(?=\\.)"  # abbreviations, only with their full stop: "R. de Amaral, 50"
)
# Street words fused to the name in Germanic, Nordic, Finnish, Dutch, Hungarian and Slavic names.
_FUSED = (
    "strasse|straße|str|gasse|weg|allee|platz|ring|damm|ufer|markt|gade|vej|veien|vegen|gata|gatan|vägen|väg|"
    "torget|katu|kuja|tie|polku|kaari|rinne|tee|iela|gatve|cesta|straat|laan|plein|dreef|singel|gracht|kade|"
    "steeg|utca|út|útja|ulica|gränd|stigen|stræde|straede|bakken|vingen|stubben|boulevard|bulevardi|"
    "baan|vollen|åsen|haugen|jordet"
)
_WORD = r"[^\W\d_][\w'’.-]*"
_INITIAL = r"(?:\p{Lu}|[\p{Greek}\p{Cyrillic}])"  # a name's first letter: a capital, or Greek or Cyrillic in any case
_NUM = r"\d{1,6}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?"
_QUOTE = r"[ \t>?*|-]*"  # quoting marks at the start of a line: "> ", "??? "
_UNIT = r"(?:apt|apartment|unit|flat|suite|ste|fl|floor|room|rm|bldg|building|piso|puerta|bloque|depto|dpto|#)"

STREET = re.compile(
    "|".join([
        # [Flat 2,] 221b [12] Baker Street | 350 w 42nd st; a word before the street type, or "2 park passes"
        # and "took 2 green pills" would be streets
        rf"(?i:(?:(?<!\w){_UNIT}\.?\s*\w{{1,5}},?\s+)?\b{_NUM}(?:\s+\d{{1,5}}[a-z]?)?,?\s+"
        rf"(?:(?:{_NOT_IN_NAME}(?:{_WORD}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}(?:{_SUFFIXES})|broadway)\b\.?)",
        # 03711 Jones Light | 65 Brandon Crossway
        rf"\b{_NUM}(?:\s+\d{{1,5}}[a-z]?)?,?[ \t]+(?:{_NOT_IN_NAME}\p{{Lu}}[\w'’-]*[ \t]+){{1,3}}"
        rf"(?:{_RARE_SUFFIXES})\b",
        # [353] Loorenstrasse 149 | Harjukuja 54 | Johannes van Vlotenlaan 14
        rf"(?:\b{_NUM}[ \t]+)?\b(?:(?:\p{{Lu}}\w*|van|von|de|der|den)[ \t]+){{0,3}}[\w-]*(?i:{_FUSED})\.?"
        rf"[ \t]+{_NUM}\b\.?",
        # 822 kieler strasse 90: a street word apart from the name, in any case, between two numbers
        rf"\b{_NUM}[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{1,2}}(?i:strasse|straße|str\.|gasse|weg|allee|platz|vej|gade|"
        rf"gata|gatan|katu|tie|straat|laan|utca|ulica|cesta)[ \t]+{_NUM}\b",
        # Király u. 15. | Szilágyi Erzsébet fasor 96. | Kozarčev vijenac 8a | Tom Wilhelmsens vei 83 | Opplands
        # gate 8 | Jõe põik 97 | Maltézské Náměstí 11: Hungarian, South Slavic, Nordic, Estonian and Czech street
        # words after the name
        rf"(?:\b{_NUM}[ \t]+)?\p{{Lu}}[\w'’-]*[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}"
        rf"(?:u\.|utca|út|útja|tér|krt\.|körút|rkp\.|fasor|kapu|sor|köz|sétány|rakpart|prečac|vijenac|vrh|naselje|put|"
        rf"šetalište|cesta|ulica|trg|vei|veg|vej|gade|gata|(?<=s[ \t])gate|väg|vägen|katu|tie|tänav|põik|maantee|"
        rf"puiestee|kalea|etorbidea|enparantza|(?i:náměstí|nábřeží|třída|námestie|nábrežie))"
        rf"[ \t]+{_NUM}\b\.?",
        # Dúbravčická 9 | Cablkova 4: Czech and Slovak streets named with an adjective
        rf"\b\p{{Lu}}\w{{2,}}(?:ská|cká|ová|ova)[ \t]+{_NUM}\b",
        # 353 Buerlia 227 | 641 Dašická 688 | 017 Ventanilla de Beas 56: a number, capitalised words, a number
        rf"\b\d{{1,6}}\s+{_INITIAL}[\w'’.-]*[ \t]+"
        r"(?:(?:\p{Lu}[\w'’.-]*|d[aeiou]s?|del|la|le|van|von|der|den|à)[ \t]+){0,3}\d{1,5}[a-zA-Z]?\b",
        # P.O. Box 242 | PSC 0413, Box 8144 APO AA 42323 | USS Mahler FPO AA 70489 | Unit 1234 Box 5678 DPO AE
        r"(?i:\bp\.?\s?o\.?\s+box\s+\d{1,6}\b)",
        r"(?i:\b(?:PSC|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5}\b)",
        r"\bUS(?:S|NS|NV|CGC)\s+(?:(?:van|von|de|der|den|la|le)\s+)*\p{Lu}\p{L}+\b",
        # the corner of Alšova 408 and Vedzizhev Greens
        rf"(?i:\bthe\s+corner\s+of\s+(?:{_WORD}\s+|\d{{1,5}}(?:st|nd|rd|th)?\.?\s+){{1,6}}and\s+(?:{_WORD}|\d{{1,5}})"
        # then more of the second street's name: capitalised words, numbers or a street type ("Av. 5", not "last")
        rf"(?:[ \t]+(?:(?-i:\p{{Lu}})[\w'’.-]*|\d{{1,5}}\b\.?|(?:{_SUFFIXES})\b\.?)){{0,3}})",
    ])
)
# 440 Monicalaan | 405 Neužilova | 77309 Kossuth utca | 047 Matjaževa ulica: a house number before a street
# whose type is fused to its name or written after it, with no number after. The fused word must not be an English one
# ("4 String", "3 Committee"): see ``_foreign``.
NUMBER_FIRST = re.compile(
    rf"\b{_NUM}[ \t]+(?:\p{{Lu}}[\w'’-]*[ \t]+){{0,2}}(?:(?P<fused>\p{{Lu}}[\w-]*(?i:{_FUSED}|ská|cká|ová|ova))|"
    rf"\p{{Lu}}[\w'’-]*[ \t]+(?:utca|út|útja|tér|körút|köz|sétány|ulica|ulice|cesta|trg|vijenac|put|"
    rf"třída)|"
    # "24518 route Florence"
    rf"(?:route|rang|chemin|montée|rue)[ \t]+(?:d[eu][ \t]+|de[ \t]+la[ \t]+)?\p{{Lu}}[\w'’-]*)\b"
)
# [2456] Rue de Virton 38 | calle mayor 12 | 33 avenue de Provence. Apart from STREET, since "010 63
# Avenue du Golf Arabe" also reads as a number and a street type there, and only one reading is kept.
PREFIXED_STREET = re.compile(
    rf"(?i:(?:\b{_NUM},?\s+){{0,2}}\b(?:{_PREFIXES})\.?[ \t]+(?:{_WORD}[ \t]+){{0,4}}?"
    rf"(?:{_WORD}(?:,?[ \t]+(?:(?:n[º°o.]|nr)\.?[ \t]*)?(?:{_NUM}|s/n)\b)|{_WORD}(?=\s*(?:,|\n|$|\.(?:\s|$)))))"
)
# "sent 2 via Paypal": the English "via", not an Italian street, when no house number follows it.
ENGLISH_VIA = re.compile(r"(?i:(?:\d+,?\s+)*via\s+\D*$)")
# "shows on Marina Fort Street": a named street without a number, after a preposition.
NAMED_STREET = re.compile(
    r"(?<=\b(?:on|along|down|off|up|at|near|in)[ \t])(?!(?:The|A|An|My|Our|This|That)\b|Memory Lane|Easy Street)"
    r"(?:\p{Lu}[\w'’-]*[ \t]+){1,3}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Terrace|Crescent)\b"
)
# After a street: flat or suite numbers, then town, region, country and postcode, line by line or comma
# by comma.
# "FL" in capitals before a postcode is Florida, not a floor: "Daniellefurt, FL Y4B 3G9".
UNIT_AFTER = re.compile(
    rf"(?i:[ \t]*,?[ \t]*\n?{_QUOTE}(?!(?-i:FL)[ \t]){_UNIT}(?:\.[ \t]*|[ \t]+|[ \t]*#[ \t]*)(?=[\w-]*\d|[a-z]\b)"
    rf"[\w-]{{1,6}}\b)"
    rf"|[ \t]*,?[ \t]*\d{{1,2}}[ \t]*[º°ª][ \t]*[a-zA-Z]?\b"  # Spanish floors: "3º b"
)
MILITARY = re.compile(rf"(?i:[ \t]*,?[ \t]*\n?{_QUOTE}[AFD]PO\s+A[AEP]\s+\d{{3,5}}\b)")
POSTCODE = (  # UK (either case), Netherlands, 4-8 digits (with a ZIP+4), Canada, Poland, Sweden, Azerbaijan
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|\d{4}\s?[A-Z]{2}\b|"
    r"\d{4,8}(?:-\d{3,4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{2}-\d{3}|\d{3}\s\d{2}|AZ\s?\d{4})"
)
_ENDS_IN_POSTCODE = re.compile(rf"{POSTCODE}[ \t]*$")
# "Antigua and Barbuda", "Isle of Man": a small word inside a place's name, when capitalised words
# follow up to the end of the line, a comma or a postcode ("London and Tom hates it" is not a place).
_JOINED = r"(?:and|of|the)(?=(?:[ \t]+\p{Lu}[\w'’.-]*)+[ \t]*(?:,|\n|$|\d))"
# The town after its postcode: "08302 Lüdenscheid", "491 21 Police nad Metují".
_POSTCODE_TOWN = (
    rf"{POSTCODE}[ \t]+\p{{Lu}}[\w'’.-]*(?:[ \t]+(?:\p{{Lu}}[\w'’.-]*|-|nad|pod|na|an|am|de|del|la|le|sur)){{0,3}}"
)
# Words that start a sentence, never a town: "Apt 4 Was Ours", "...\n\nTo whom it may concern".
_NOT_PLACE = (r"(?!(?:Is|Was|Were|Are|Has|Had|The|And|Then|But|So|It|I|We|You|He|She|They|My|Our|Your|To|Dear|"
              r"Hi|Hello|Thanks|Regards|Please|This|That|There|If|When|Where)\b)")
# A further word of a place's name; a full stop then a space ends the name unless it ends a short abbreviation
# ("St. Louis"): "Georgia AZ5579. Please call" stops at the postcode.
_PLACE_WORD_AFTER = r"[\p{Lu}d(][\w'’)-]*(?:\.[\w'’)-]+)*(?:(?<=(?<!\w)\p{Lu}\p{Ll}{0,2})\.)?"
PLACE_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]*\n(?:{_QUOTE}\n)?{_QUOTE}(?:,[ \t]*)?|[ \t]+(?=\p{{Lu}}{{2,}}\b))"
    rf"(?:{_NOT_PLACE}(?:\p{{Lu}}[\w'’.-]*|\([\w ]+\))"
    rf"(?:[ \t]+(?:{_PLACE_WORD_AFTER}|de|del|la|le|nad|pod|pri|na|u|v|an|am|im|bei|upon|on|sur|{_JOINED}))"
    rf"{{0,5}}"
    rf"(?:[ \t]+{POSTCODE})?|{_POSTCODE_TOWN}|{POSTCODE}|[A-Z]{{2}}[ \t]+\d{{4,6}})(?!\w|[ \t.-]*\d)"
)
# "Apt. 375 Kamenice nad Lipou Kraj Vysocina": town, region and country after a flat on the same line, up to a
# break, a punctuation mark or a word in lower case; "Apt 4 Was Ours" is not a town.
PLACE_AFTER_FLAT = re.compile(
    rf"[ \t]+{_NOT_PLACE}\p{{Lu}}[\w'’-]*(?:[ \t]+{_NOT_PLACE}(?:\p{{Lu}}[\w'’()-]*|nad|pod|d[aeiou]s?|del|la|le|sur|"
    rf"am|an|im|y|and|of)){{0,5}}(?:[ \t]+{POSTCODE})?(?=[ \t]*(?:[,.;:?!)]|\n|$)|[ \t]+\p{{Ll}})"
)
# "Bundesstrasse 31 Zezig Streets": more of the street's name on the same line, before a break.
SAME_LINE = re.compile(
    r"[ \t]+(?:(?:\p{Lu}[\w'’.-]*[ \t]*){1,3}(?:\d{1,5}[a-zA-Z]?)?|\d{1,5}[a-zA-Z]?)[ \t]*(?=\n|,|$)"
)
LOWER_PLACE = re.compile(rf"[ \t]*,[ \t]*[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?[ \t]+{POSTCODE}\b")
# In a message written all in lower case, the lines of town and country under a street, when the last of them ends
# with a postcode: "\n apt. 297\n tystberga\n sweden 99178". Without the postcode the lines are left alone, and
# a year is no postcode ("\nmy mum hates it\nsince 2024").
_LOWER_LINE = rf"[ \t]*\n{_QUOTE}(?:,[ \t]*)?[^\W\d_][\w'’.()-]*(?:,?[ \t]+[^\W\d_][\w'’.()-]*){{0,2}}"
LOWER_LINES = re.compile(
    rf"(?:{_LOWER_LINE}[ \t]*(?=\n)){{0,3}}(?:{_LOWER_LINE}[ \t]+|(?<=[^\W\d_][ \t]*)\n{_QUOTE})"
    r"(?:\d{5}(?:-\d{4})?|\d{3} \d{2}|\d{2}-\d{3})"
    r"(?=[ \t]*(?:\n|$|[.,;!?])|[ \t]+[^\W\d_])"  # then the line ends, or the sentence goes on: "... 17037 lol"
)
# Right after these words, a name and a number ("lives on Grössgstötten 50") is an address too.
LABELLED = re.compile(
    r"(?i:\b(?:address(?:\s+is)?:?|live[sd]?\s+(?:at|on)(?:\s+the\s+\w+\s+(?:side|end)\s+of)?|"
    r"living\s+(?:at|on)|moved\s+to|staying\s+at|send(?:\s+it|\s+them)?\s+to|sent\s+to|deliver(?:ed)?\s+to|"
    r"located\s+at|vivo\s+en|direcci[oó]n\s+es)\s+)"
    rf"((?:(?i:{_UNIT})\.?[ \t]*\w{{1,5}},?[ \t]+)?(?:(?:{_NUM}[ \t]+)?(?:\p{{Lu}}[\w'’.-]*[ \t]+){{1,3}}{_NUM}\b|"
    rf"{_NUM}[ \t]+\p{{Lu}}[\w'’-]*\b))"
)

# A form's address line: everything after "Address:" on the next line that starts with a number.
ADDRESS_LINE = re.compile(r"(?i:\baddress[ \t]*:[ \t]*\n?[ \t]*)(\d{1,6}[ \t]+[^\n]{4,80}?)\.?[ \t]*(?=\n|$)")
_FLAT = rf"(?i:{_UNIT})\.?[ \t]*#?[ \t]*\d"  # "Apt. 232", "suite #4"
_FLAT_FOLLOWS = rf",?(?:[ \t]+|[ \t]*\n{_QUOTE}){_FLAT}"
# "0605 πεντέλης 210 apt. 999", "4923 Fuente del Gallo 47\n Suite 380", "68839 Kwiatowa\n Apt. 232": a number,
# words in any case, maybe a number, then a flat and its number on the same line or the next.
NUMBERS_AND_UNIT = re.compile(
    rf"(?:\b\d{{1,6}}[ \t]+(?:(?:[^\W\d_][\w'’.-]*[ \t]+){{1,4}}\d{{1,5}}[a-zA-Z]?\.?|"
    rf"\p{{Lu}}[\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){{0,3}})"  # without a number after, capitalised: not "2 cats"
    rf")(?={_FLAT_FOLLOWS})"
)
# A capitalised street and its number before a flat: "Ružičnjak 8a/0 Suite 196", "Acceso de Che Gimenez 93 Apt. 92";
# a street only if one of its words is rare in English ("I Was In Year 9 Apt 4" is Title Case, not a street).
STREET_NUMBER_UNIT = re.compile(
    rf"\b(?P<words>\p{{Lu}}[\w'’.-]*(?:[ \t]+(?:\p{{Lu}}[\w'’.-]*|d[aeiu]s?|del|la|le|van|von)){{0,3}})"
    rf"[ \t]+{_NUM}\b(?:[ \t]+\d{{1,5}}\b)?(?={_FLAT_FOLLOWS})"
)
# A line with a number and a few words ("Šalata 6b/5", "Área Rocha, 60") over lines of town, region and country
# that end in a postcode: an address written as on an envelope, whatever the street looks like. A flat's line
# ("Apt. 407") belongs to the street above it, not a street of its own.
_LINE_PART = r"(?:\p{Lu}[\w'’.-]*|\d{1,6}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?|d[aeo]s?|del|la|na|u)"
# Where such a street starts: at the start of its line, or after the last lower-case word before it ("send it to
# Šalata 6b/5"); never at a flat's word.
_LINE_START = rf"(?m)^{_QUOTE}(?:[^\n]*?\b\p{{Ll}}[\w'’]*[?!.:,;]?[ \t]+)?(?!(?i:{_UNIT})\b)"
LINE_WITH_NUMBER = re.compile(rf"{_LINE_START}({_LINE_PART}(?:,?[ \t]+{_LINE_PART}){{1,5}})[ \t]*$")

# A line of capitalised words right above a flat's line is its street, even without a number ("Diamond Extension
# Samat Road\n Apt. 686", "Hassan-Löffler-Weg\n Suite 607").
LINE_ABOVE_UNIT = re.compile(rf"{_LINE_START}({_LINE_PART}(?:,?[ \t]+{_LINE_PART}){{0,5}})[ \t]*(?=\n{_QUOTE}{_FLAT})")


# Capitalised words and a house number, written as a street without a street type ("Kooli 97", "Republica de
# Chile 7715", "R Doutor Serrão Martins 97"): trusted only where an address is expected (see ``_street_words``).
_JOINERS = r"d[aeiou]s?|del|la|le|van|von|na|pod|y"  # small words inside a street's name: "Treinta y Tres"
_STREET_WORDS = (
    rf"(?P<words>{_INITIAL}[\w'’.-]*(?:[ \t]+(?:{_INITIAL}[\w'’.-]*|{_JOINERS})){{0,3}})"
    rf"[ \t]+{_NUM}\b"
    # "on Tinder 24/7", "at Costco 5pm", "Windows 10.2": not a house number
    r"(?![ \t]*(?:%|[.:]\d|/\d|(?i:mg|ml|am|pm|years?|yrs?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|"
    r"times?|x|mph|kg|lbs?)\b))"
)
# ... after a word that places it: "Meet me at Mjövattnet 77", "The shelter is on Kooli 97", "Jana and Välja 95"
_CUES = r"at|on|to|from|outside|near|of"
_AFTER_CUE = rf"(?<=(?:\b(?:{_CUES}|and)|:)[ \t]+)"
AFTER_PLACE_WORD = re.compile(rf"{_AFTER_CUE}{_STREET_WORDS}")
# The same with the house number first, ending the street: "at 171 Zeas Pasalimani at 6", "443 58 Machiton
# Scholis, Limassol"
_NUMBER_FIRST_WORDS = (
    rf"{_NUM}(?:[ \t]+\d{{1,5}}[a-zA-Z]?)?[ \t]+(?P<words>\p{{Lu}}[\w'’.-]*"
    rf"(?:[ \t]+(?!(?i:{_UNIT})\b)(?:\p{{Lu}}[\w'’.-]*|{_JOINERS})){{0,3}})\b(?![ \t]*\d)"
)
NUMBER_AFTER_PLACE_WORD = re.compile(rf"{_AFTER_CUE}{_NUMBER_FIRST_WORDS}")
# ... before a town and its postcode on the same line: "Atamaria 55, Cuntis 89383", "Linden 250, 0307 Oslo"
BEFORE_TOWN = re.compile(
    rf"\b{_STREET_WORDS}(?=,[ \t]+(?:\p{{Lu}}[\w'’.-]*[ \t]+){{1,3}}{POSTCODE}\b|,[ \t]+\d{{4,5}}[ \t]+\p{{Lu}})"
)
NUMBER_BEFORE_TOWN = re.compile(rf"\b{_NUMBER_FIRST_WORDS}(?=,[ \t]+\p{{Lu}})")
# A house number before a street type and capitalised words: "1812 Rue De La Gare", "52 Avenida Del Mar". The
# street type is capitalised too, so "sent 2 via Paypal" stays.
NUMBER_AND_PREFIX = re.compile(
    rf"\b(?:{_NUM},?[ \t]+){{1,2}}(?=\p{{Lu}})(?i:{_PREFIXES}|place|plaza)\.?"
    r"(?:[ \t]+(?:\p{Lu}[\w'’-]*|d[aeiou]s?|del|la|le|du|des|d'\p{L}+)){0,4}[ \t]+\p{Lu}[\w'’-]*"
)
# German streets named with a preposition: "Im Wingert 87", "An der Kirche 3" ("I Am 5" is not one).
GERMAN_PREPOSITION = re.compile(
    r"(?<!\bI[ \t])\b(?:Am|Im|An[ \t]+der|Auf[ \t]+de[mr]|Zum|Zur|In[ \t]+der|Unter[ \t]+den)[ \t]+"
    rf"(?P<words>\p{{Lu}}[\w'’-]*(?:[ \t]+\p{{Lu}}[\w'’-]*)?)[ \t]+{_NUM}\b"
)
# Portugal's "R" for "Rua", without its full stop: "R Doutor Serrão Martins 97".
RUA = re.compile(rf"(?:\b{_NUM}[ \t]+)?\bR[ \t]+(?:(?:\p{{Lu}}[\w'’-]*|d[aeo]s?)[ \t]+){{1,4}}{_NUM}\b")


class StreetAddressRecognizer(EntityRecognizer):
    """Street addresses in English and many other countries' formats, with flat, city and postcode.

    A street is a house number and a street type ("221b Baker Street", "12 Elm St. Apt 4"), a
    street type before the name ("Rua Diadema 1903", "calle mayor 12"), a street word fused to the
    name ("Loorenstrasse 149"), a PO box or a military address; also a capitalised street with a type
    but no number after "on", "at" and the like ("on Marina Fort Street") and a form's "Address:" line.
    Where an address is expected (after "at", "on", "to", a label, or before a town and its postcode), a
    name and a house number are a street too, when the name is not an English word, a medicine or a
    person ("Meet me at Mjövattnet 77"). Whatever follows the street on the next lines or after commas
    that looks like a flat, a city, a country or a postcode (before or after the town) joins the span.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["STREET_ADDRESS"], supported_language="en",
                         name="StreetAddressRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        spans = [(_unit_before(text, m.start()), m.end())
                 for pattern in (STREET, PREFIXED_STREET, NUMBERS_AND_UNIT) for m in pattern.finditer(text)
                 if pattern is not PREFIXED_STREET or not ENGLISH_VIA.match(m.group(0))]
        spans += [(m.start(1), m.end(1)) for pattern in (LABELLED, ADDRESS_LINE) for m in pattern.finditer(text)]
        spans += [(m.start(), m.end()) for m in NUMBER_FIRST.finditer(text) if _foreign(m.group("fused"))]
        spans += _envelope_lines(text)
        spans += [(m.start(), m.end()) for pattern in (AFTER_PLACE_WORD, NUMBER_AFTER_PLACE_WORD, BEFORE_TOWN,
                                                       NUMBER_BEFORE_TOWN, GERMAN_PREPOSITION)
                  for m in pattern.finditer(text) if _street_words(m.group("words"))]
        spans += [(m.start(), m.end()) for pattern in (NUMBER_AND_PREFIX, RUA) for m in pattern.finditer(text)]
        spans += [(m.start(), m.end()) for m in STREET_NUMBER_UNIT.finditer(text)
                  if any(zipf(w.lower(), "en") < 4.0 for w in m.group("words").split())]
        named = [(m.start(), m.end()) for m in NAMED_STREET.finditer(text)]
        named += [(_after_addressee(text, m.start(1), m.end(1)), m.end(1)) for m in LINE_ABOVE_UNIT.finditer(text)
                  if not _full_name(m.group(1))]
        spans += named
        merged = _merge([(_crossing_before(text, start), end) for start, end in spans])
        kept = []
        for n, (start, end) in enumerate(merged):
            full = _continue(text, end)
            # In a block of addresses, one after another, the town lines read after one may run into the next
            # street: whether a span is an address is judged on it alone, then the two are joined.
            alone = min(full, merged[n + 1][0]) if n + 1 < len(merged) else full
            value = text[start:alone]
            if sum(c.isalpha() for c in value) >= 2 and any(c.isdigit() for c in value) or \
                    "box" in value.lower() or "corner" in value.lower() or \
                    any(start <= s and e <= end for s, e in named):
                kept.append((start, full))
        return [RecognizerResult("STREET_ADDRESS", start, end, 0.75) for start, end in _merge(kept)]


def _full_name(line: str) -> bool:
    """ "John Smith" above "Flat 4": a listed given name and surname, which the name recognizer takes."""
    first, last = names()
    words = [fold(w) for w in line.split()]
    return 2 <= len(words) <= 3 and not any(c.isdigit() for c in line) and words[0] in first and words[-1] in last


def _street_words(words: str) -> bool:
    """A street's name without a street type: one of its words is rare in English, and it is neither a medicine,
    even misspelt ("on Sertaline 50"), nor a person's name, which starts with a given name ("to Priya 2")."""
    folded = [fold(w) for w in words.split()]
    if folded[0] in names()[0]:
        return False
    rare = [w for w in folded if zipf(w, "en") < COMMON_ZIPF]
    return bool(rare) and not any(like_medicine(w) for w in rare)


def _envelope_lines(text: str) -> list[tuple[int, int]]:
    """Lines with a number whose following lines are places ending in a postcode (see LINE_WITH_NUMBER)."""
    spans = []
    for m in LINE_WITH_NUMBER.finditer(text):
        line = m.group(1)
        # Checked here rather than by look-aheads in the pattern, which would read each long line again per word.
        if not any(c.isdigit() for c in line) or not re.search(r"\p{L}{2}", line):
            continue
        end = _continue(text, m.end(1))
        if "\n" in text[m.end(1) : end] and _ENDS_IN_POSTCODE.search(text, m.end(1), end):
            spans.append((_after_addressee(text, m.start(1), m.end(1)), end))
    return spans


# "Selma Veitonen, 5088 Via Nolana 57": on a street's line, words before a comma and a house number with words
# after it are the person or company the letter goes to.
_ADDRESSEE = re.compile(r"[^\d\n,]+,[ \t]+(?=\d{1,6}[a-zA-Z]?[ \t]+\p{L})")


def _after_addressee(text: str, start: int, end: int) -> int:
    m = _ADDRESSEE.match(text, start, end)
    return m.end() if m else start


def _foreign(word: str | None) -> bool:
    """A fused street word is read as one when English does not use it ("Monicalaan", not "String")."""
    return word is None or zipf(word.lower(), "en") < 2.5


_FLAT_AND_NUMBER = rf"(?i:\b{_UNIT}\.?[ \t]*#?[ \t]*[\w-]{{1,6}})"  # "Apt. 675", "suite #4"
UNIT_BEFORE = re.compile(rf"{_FLAT_AND_NUMBER},?[ \t]+$")
UNIT_WORD_BEFORE = re.compile(rf"(?i:\b{_UNIT}\.?[ \t]*#?[ \t]*)$")


def _unit_before(text: str, start: int) -> int:
    """ "Apt. 675 62314 Mellemvej 32": a flat number written before the street belongs to it, also when the
    street's pattern took the flat's number as a house number ("Suite 541 6343 ul. Asnyka Adama 82")."""
    m = UNIT_BEFORE.search(text[max(0, start - 20) : start])
    if not m and text[start : start + 1].isdigit():
        m = UNIT_WORD_BEFORE.search(text[max(0, start - 12) : start])
    return start - len(m.group(0)) if m else start


# "Meet me at Fifth and Välja 95": a crossing written without "the corner of", a word and "and" before a street,
# where an address is expected.
CROSSING_BEFORE = re.compile(rf"(?:(?:\b(?:{_CUES})|:)[ \t]+|^[ \t]*)(\p{{Lu}}[\w'’-]*[ \t]+and[ \t]+)$", re.MULTILINE)


def _crossing_before(text: str, start: int) -> int:
    m = CROSSING_BEFORE.search(text[max(0, start - 40) : start])
    return start - len(m.group(1)) if m else start


FLAT_ENDS = re.compile(rf"{_FLAT_AND_NUMBER}$")


def _continue(text: str, end: int) -> int:
    """The end of the address that starts with a street ending at ``end``."""
    m = LOWER_PLACE.match(text, end)
    if m:
        return m.end()
    for step in range(8):
        patterns = (UNIT_AFTER, MILITARY, PLACE_AFTER) + ((SAME_LINE,) if step == 0 else ()) + \
            ((PLACE_AFTER_FLAT,) if FLAT_ENDS.search(text, max(0, end - 20), end) else ())
        for pattern in patterns:
            m = pattern.match(text, end)
            # "...\nMobile: 0341 ..." is the next field's label, not the town of Mobile.
            if m and m.end() > end and ":" not in text[m.start() : m.end() + 2] and "@" not in m.group(0):
                end = m.end()
                break
        else:
            break
    if not any(c.isupper() for c in text):
        m = LOWER_LINES.match(text, end)
        end = m.end() if m else end
    return end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
