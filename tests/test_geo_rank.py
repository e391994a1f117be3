"""Candidate ranking: which record a name means when several share it."""

from __future__ import annotations

from collections import Counter

from frontwire.geo_rank import rank_candidates
from frontwire.geo_tokens import Match, tokenise
from frontwire.model import Place


def _place(pid: str, iso2: str, lat: float, lon: float, population: int = 0) -> Place:
    return Place(id=pid, name="Berezivske", country=iso2, iso2=iso2, latitude=lat, longitude=lon,
                 feature="PPL", population=population)  # fmt: skip


def test_the_front_line_namesake_wins() -> None:
    text = "The OSCE SMM observed 9 explosions near Berezivske."
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text == "Berezivske")
    kharkiv, luhansk = _place("a", "UA", 49.9, 36.0), _place("b", "UA", 48.57, 38.52)
    (mention,) = rank_candidates(
        text, tokens, [Match(i, i, (kharkiv, luhansk), 0, "near")], Counter(), Counter()
    )
    assert mention.candidates[0].id == "b"


def test_a_name_is_no_evidence_for_its_own_foreign_namesakes() -> None:
    text = "Regime forces looted the town of Abu Rasin in the countryside of Al-Hasakeh."
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text == "Abu")
    iraqi = _place("iq", "IQ", 36.3, 42.1)
    match = Match(i, i + 1, (iraqi,), 0, "town", True, vouched=0.5)
    (mention,) = rank_candidates(text, tokens, [match], Counter({"SY": 2.0, "IQ": 0.5}), Counter())
    assert mention.candidates == ()


def test_a_named_district_sets_a_namesake_apart_in_its_province() -> None:
    text = "Residents held a protest in Kumb town (Khairpur, Sindh) against the police."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    # The same point for both: only the named district tells them apart.
    larkana = Place(id="a", name="Kumb", country="Pakistan", iso2="PK", admin1="Sindh", admin2="Larkana",
                    latitude=27.3, longitude=68.6, feature="PPL")  # fmt: skip
    khairpur = Place(id="b", name="Kumb", country="Pakistan", iso2="PK", admin1="Sindh", admin2="Khairpur",
                     latitude=27.3, longitude=68.6, feature="PPL")  # fmt: skip
    district = Place(id="c", name="Khairpur", country="Pakistan", iso2="PK", admin1="Sindh", admin2="Khairpur",
                     latitude=27.5, longitude=68.8, feature="PPL", population=124_602)  # fmt: skip
    province = Place(id="d", name="Sindh", country="Pakistan", iso2="PK", admin1="Sindh", feature="ADM1")
    kept = [Match(at["Kumb"], at["Kumb"], (larkana, khairpur), 0, "town", True),
            Match(at["Khairpur"], at["Khairpur"], (district,), 0),
            Match(at["Sindh"], at["Sindh"], (province,), 0)]  # fmt: skip
    kumb, _, _ = rank_candidates(text, tokens, kept, Counter({"PK": 3.0}), Counter())
    assert kumb.candidates[0].id == "b"


def test_a_typed_name_is_held_by_the_place_after_its_type_word() -> None:
    text = "Locals staged a protest in Wadali village, Amritsar, against a quarantine centre."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    yangon = Place(id="mm", name="Wadali", country="Myanmar", iso2="MM", admin1="Yangon", latitude=17.4,
                   longitude=95.9, feature="PPL")  # fmt: skip
    amritsar = Place(id="in", name="Amritsar", country="India", iso2="IN", admin1="Punjab", latitude=31.6,
                     longitude=74.9, feature="PPL", population=1_159_227)  # fmt: skip
    kept = [Match(at["Wadali"], at["Wadali"], (yangon,), 0, "village", True, vouched=0.5),
            Match(at["Amritsar"], at["Amritsar"], (amritsar,), 0, vouched=0.5)]  # fmt: skip
    wadali, _ = rank_candidates(text, tokens, kept, Counter({"MM": 0.5, "IN": 0.5}), Counter())
    assert wadali.candidates == ()  # Myanmar's Wadali is no village of Amritsar


def test_a_container_read_abroad_from_its_own_container_filters_nothing() -> None:
    text = "Vandals burnt the stadium stand in Oyem town (Ntem, Woleu-Ntem) on Thursday."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    oyem = Place(id="ga", name="Oyem", country="Gabon", iso2="GA", admin1="Woleu-Ntem", latitude=1.6,
                 longitude=11.6, feature="PPL", population=60_000)  # fmt: skip
    cameroon = Place(id="cm", name="Ntem", country="Cameroon", iso2="CM", admin1="Sud", latitude=2.3,
                     longitude=11.3, feature="PPL")  # fmt: skip
    province = Place(id="wn", name="Woleu-Ntem", country="Gabon", iso2="GA", admin1="Woleu-Ntem", feature="ADM1")
    ntem, last = (k for k, t in enumerate(tokens) if t.text == "Ntem")
    kept = [Match(at["Oyem"], at["Oyem"], (oyem,), 0, "town", True),
            Match(ntem, ntem, (cameroon,), 0),
            Match(last - 1, last, (province,), 0)]  # fmt: skip
    first, _, _ = rank_candidates(text, tokens, kept, Counter({"GA": 2.0, "CM": 1.5}), Counter())
    assert first.candidates[0].id == "ga"


def test_the_province_its_containers_agree_on_rules_out_namesake_villages() -> None:
    text = "An NPA militant was killed in a firefight in Barangay Tuburan, Tulunan, Cotabato."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    barmm = Place(id="b", name="Tuburan", country="Philippines", iso2="PH", admin1="Bangsamoro", admin2="Tuburan",
                  latitude=6.64, longitude=122.27, feature="PPL", population=8204)  # fmt: skip
    tulunan = Place(id="t", name="Tulunan", country="Philippines", iso2="PH", admin1="Soccsksargen",
                    admin2="Tulunan", latitude=6.83, longitude=124.87, feature="PPL", population=9584)  # fmt: skip
    province = Place(id="c", name="North Cotabato", country="Philippines", iso2="PH", admin1="Soccsksargen",
                     feature="ADM1", population=1_226_508)  # fmt: skip
    kept = [Match(at["Tuburan"], at["Tuburan"], (barmm,), 0),
            Match(at["Tulunan"], at["Tulunan"], (tulunan,), 0),
            Match(at["Cotabato"], at["Cotabato"], (province,), 0)]  # fmt: skip
    tuburan, _, _ = rank_candidates(text, tokens, kept, Counter({"PH": 3.0}), Counter())
    assert tuburan.candidates == ()  # the gazetteer lacks Tulunan's Tuburan: placed by its container


def test_the_district_written_after_a_name_beats_its_namesake_city() -> None:
    text = "Residents of the Eyenkorin suburb of Ilorin (Borgu LGA, Niger) demonstrated over a killing."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    kwara = Place(id="acled:NG:ilorin", name="Ilorin", country="Nigeria", iso2="NG", admin1="Kwara", admin2="Ilorin East",
                  latitude=8.5, longitude=4.55, feature="PPLA", population=1_080_000)  # fmt: skip
    borgu = Place(id="b", name="Ilorin", country="Nigeria", iso2="NG", admin1="Niger", admin2="Borgu",
                  latitude=10.88, longitude=4.0, feature="PPL")  # fmt: skip
    lga = Place(id="l", name="Borgu", country="Nigeria", iso2="NG", admin1="Niger", latitude=10.5, longitude=4.2,
                feature="ADM2", population=171_965)  # fmt: skip
    suburb = Place(id="e", name="Eiye Nkorin", country="Nigeria", iso2="NG", admin1="Kwara", admin2="Asa",
                   latitude=8.4, longitude=4.47, feature="PPL")  # fmt: skip
    kept = [Match(at["Eyenkorin"], at["Eyenkorin"], (suburb,), 0, "suburb", True),
            Match(at["Ilorin"], at["Ilorin"], (kwara, borgu), 0, "suburb of", True),
            Match(at["Borgu"], at["Borgu"], (lga,), 0, "lga", True)]  # fmt: skip
    _, ilorin, _ = rank_candidates(text, tokens, kept, Counter({"NG": 3.0}), Counter())
    assert ilorin.candidates[0].id == "b"


def test_the_district_its_containers_agree_on_rules_out_namesake_villages() -> None:
    text = "Unknown gunmen entered the village of Boungou (Fada Ngourma, Gourma) and killed two people."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    tapoa = Place(id="t", name="Boungou", country="Burkina Faso", iso2="BF", admin1="Est", admin2="Tapoa",
                  latitude=12.0, longitude=1.39, feature="PPL")  # fmt: skip
    town = Place(id="f", name="Fada-Ngourma", country="Burkina Faso", iso2="BF", admin1="Est", admin2="Gourma",
                 latitude=12.06, longitude=0.36, feature="PPL", population=73_200)  # fmt: skip
    district = Place(id="g", name="Gourma", country="Burkina Faso", iso2="BF", admin1="Est", latitude=12.2,
                     longitude=0.5, feature="ADM2", population=304_169)  # fmt: skip
    kept = [Match(at["Boungou"], at["Boungou"], (tapoa,), 0, "village", True),
            Match(at["Fada"], at["Ngourma"], (town,), 0),
            Match(at["Gourma"], at["Gourma"], (district,), 0)]  # fmt: skip
    boungou, _, _ = rank_candidates(text, tokens, kept, Counter({"BF": 3.0}), Counter())
    assert boungou.candidates == ()  # Tapoa's Boungou is no village of Gourma


def test_a_container_the_town_before_it_is_filed_under_is_that_area() -> None:
    text = "A man shot at a security guard in Montego Bay, Saint James Parish, on Friday."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    bay = Place(id="j", name="Montego Bay", country="Jamaica", iso2="JM", admin1="Saint James", latitude=18.47,
                longitude=-77.92, feature="PPL", population=82_867)  # fmt: skip
    vung_tau = Place(id="v", name="Vung Tau", country="Vietnam", iso2="VN", admin1="Ba Ria-Vung Tau",
                     latitude=10.35, longitude=107.08, feature="PPL", population=464_860)  # fmt: skip
    kept = [Match(at["Montego"], at["Bay"], (bay,), 0, "in", vouched=0.5),
            Match(at["Saint"], at["James"], (vung_tau,), 0, vouched=0.5)]  # fmt: skip
    _, parish = rank_candidates(text, tokens, kept, Counter({"JM": 0.5, "VN": 0.5}), Counter())
    assert parish.candidates == ()  # Jamaica's parish, which the gazetteer lacks as a record


def test_the_last_of_a_bracketed_pair_is_read_as_a_province() -> None:
    text = "Suspected Fulani militias attacked a farmer in Gordi (Mamprugo Moaduri, North East)."
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text == "North")
    town = Place(id="us", name="North East", country="United States", iso2="US", admin1="Pennsylvania",
                 latitude=42.2, longitude=-79.8, feature="PPL", population=4_172)  # fmt: skip
    region = Place(id="gh", name="North East", country="Ghana", iso2="GH", admin1="North East", latitude=10.5,
                   longitude=-0.4, feature="ADM1")  # fmt: skip
    (mention,) = rank_candidates(text, tokens, [Match(i, i + 1, (town, region), 0)], Counter(), Counter())
    assert mention.candidates[0].id == "gh"


def test_a_consonant_guess_far_from_its_container_in_another_province_is_dropped() -> None:
    text = "Fishermen held a protest in Pulluvila village (Thiruvananthapuram, KL) on Saturday."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    palwal = Place(id="h", name="Palwal", country="India", iso2="IN", admin1="Haryana", latitude=28.14,
                   longitude=77.33, feature="PPL", population=131_926)  # fmt: skip
    city = Place(id="k", name="Thiruvananthapuram", country="India", iso2="IN", admin1="Kerala", latitude=8.49,
                 longitude=76.95, feature="PPL", population=788_271)  # fmt: skip
    kept = [Match(at["Pulluvila"], at["Pulluvila"], (palwal,), 1, "village", True),
            Match(at["Thiruvananthapuram"], at["Thiruvananthapuram"], (city,), 0)]  # fmt: skip
    village, _ = rank_candidates(text, tokens, kept, Counter({"IN": 3.0}), Counter())
    assert village.candidates == ()


def test_a_city_district_read_as_a_town_beats_a_namesake_hamlet() -> None:
    text = "Police detained 11 protesters in Kadikoy town, Istanbul, on Workers' Day."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    hamlet = Place(id="a", name="Kadikoey", country="Turkey", iso2="TR", admin1="Istanbul", admin2="Silivri",
                   latitude=41.137, longitude=28.364, feature="PPL")  # fmt: skip
    district = Place(id="b", name="Kadiköy", country="Turkey", iso2="TR", admin1="Istanbul",
                     latitude=40.979, longitude=29.062, feature="ADM2", population=744_670)  # fmt: skip
    province = Place(id="c", name="Istanbul", country="Turkey", iso2="TR", admin1="Istanbul",
                     latitude=41.239, longitude=28.409, feature="ADM1", population=15_462_452)  # fmt: skip
    kept = [Match(at["Kadikoy"], at["Kadikoy"], (hamlet, district), 0, "town", True),
            Match(at["Istanbul"], at["Istanbul"], (province,), 0)]  # fmt: skip
    kadikoy, _ = rank_candidates(text, tokens, kept, Counter({"TR": 2.0}), Counter())
    assert kadikoy.candidates[0].id == "b"


def test_a_province_named_bare_beats_a_namesake_hamlet() -> None:
    text = "Coalition air raids were reported on Al Jawf border governorate in northern Yemen."
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text == "Al")
    hamlet = Place(id="h", name="Al Jawf", country="Yemen", iso2="YE", latitude=14.26, longitude=44.83,
                   feature="PPL", admin1="Al Bayda")  # fmt: skip
    province = Place(id="p", name="Al Jawf", country="Yemen", iso2="YE", latitude=16.67, longitude=45.57,
                     feature="ADM1", admin1="Al Jawf", population=443_797)  # fmt: skip
    match = Match(i, i + 1, (hamlet, province), 0, "on")
    (mention,) = rank_candidates(text, tokens, [match], Counter({"YE": 3.0}), Counter())
    assert mention.candidates[0].id == "p"


def test_a_bracket_ending_in_a_province_name_sets_the_country() -> None:
    text = "Coalition airstrikes reportedly targeted Ash Shurfah area (Najran)."
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text == "Ash")
    j = next(k for k, t in enumerate(tokens) if t.text == "Najran")
    shurfah = Place(id="ye-shurfah", name="Ash Shurfah", country="Yemen", iso2="YE", latitude=16.31,
                    longitude=43.45, feature="PPL", admin1="Hajjah", population=19)  # fmt: skip
    hamlet = Place(id="ye-najran", name="Najran", country="Yemen", iso2="YE", latitude=15.56, longitude=44.97,
                   feature="PPL", admin1="Marib")  # fmt: skip
    city = Place(id="sa-najran", name="Najran", country="Saudi Arabia", iso2="SA", latitude=17.49,
                 longitude=44.13, feature="PPL", admin1="Najran", population=505_652)  # fmt: skip
    kept = [Match(i, i + 1, (shurfah,), 0, "area", True), Match(j, j, (hamlet, city), 0)]
    first, second = rank_candidates(text, tokens, kept, Counter({"YE": 3.5, "SA": 0.5}), Counter({"SA": 0.5}))
    assert [c.id for c in second.candidates] == ["sa-najran"]
    assert first.candidates == ()


def test_a_name_in_acleds_bracket_is_no_other_province() -> None:
    text = "Around 200 people demonstrated near the national library in Anosy (Ambalavao, Haute Matsiatra)."
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text == "Anosy")
    j = next(k for k, t in enumerate(tokens) if t.text == "Ambalavao")
    region = Place(id="anosy", name="Anosy", country="Madagascar", iso2="MG", latitude=-25.03, longitude=46.98,
                   feature="ADM1", admin1="Anosy")  # fmt: skip
    town = Place(id="ambalavao", name="Ambalavao", country="Madagascar", iso2="MG", latitude=-21.83,
                 longitude=46.93, feature="PPL", admin1="Haute Matsiatra", population=45_784)  # fmt: skip
    kept = [Match(i, i, (region,), 0, "in"), Match(j, j, (town,), 0)]
    first, second = rank_candidates(text, tokens, kept, Counter({"MG": 2.0}), Counter())
    assert first.candidates == () and second.candidates[0].id == "ambalavao"


def test_a_container_read_only_abroad_passes_the_frame_to_the_next_unit() -> None:
    text = "Laborers protested in Jurumudi Baru sub-district, Benda district, Tangerang City, Banten province."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    sulawesi = Place(id="s", name="Baru", country="Indonesia", iso2="ID", admin1="Central Sulawesi", latitude=1.04,
                     longitude=120.8, feature="PPL", population=242_783)  # fmt: skip
    benda = Place(id="bd", name="Benda", country="Bangladesh", iso2="BD", admin1="Khulna", latitude=23.0,
                  longitude=89.6, feature="PPL")  # fmt: skip
    city = Place(id="t", name="Tangerang", country="Indonesia", iso2="ID", admin1="Banten", latitude=-6.18,
                 longitude=106.63, feature="PPL", population=1_927_815)  # fmt: skip
    province = Place(id="b", name="Banten", country="Indonesia", iso2="ID", admin1="Banten", feature="ADM1")
    kept = [Match(at["Baru"], at["Baru"], (sulawesi,), 0, "sub-district", True),
            Match(at["Benda"], at["Benda"], (benda,), 0, "district", True),
            Match(at["Tangerang"], at["Tangerang"], (city,), 0, "city", True),
            Match(at["Banten"], at["Banten"], (province,), 0, "province", True)]  # fmt: skip
    baru = rank_candidates(text, tokens, kept, Counter({"ID": 3.0}), Counter())[0]
    assert baru.candidates == ()  # Tangerang, Banten frames it: the Sulawesi namesake is not meant


def test_a_container_that_is_a_province_and_its_city_tells_the_province() -> None:
    text = "The NAF fired 120mm mortars at the governmental positions near Myronivskyi, Donetsk."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    raion = Place(id="k", name="Myronivskyi", country="Ukraine", iso2="UA", admin1="Kiev", latitude=49.73,
                  longitude=31.06, feature="ADM2", population=40_488)  # fmt: skip
    city = Place(id="c", name="Donetsk", country="Ukraine", iso2="UA", admin1="Donetsk", latitude=48.02,
                 longitude=37.80, feature="PPL", population=1_024_700)  # fmt: skip
    oblast = Place(id="o", name="Donetsk", country="Ukraine", iso2="UA", admin1="Donetsk", latitude=48.04,
                   longitude=37.69, feature="ADM1", population=4_841_074)  # fmt: skip
    kept = [Match(at["Myronivskyi"], at["Myronivskyi"], (raion,), 0, "near"),
            Match(at["Donetsk"], at["Donetsk"], (city, oblast), 0)]  # fmt: skip
    myronivskyi, _ = rank_candidates(text, tokens, kept, Counter({"UA": 3.0}), Counter())
    assert myronivskyi.candidates == ()  # Kyiv's raion, 500 km off, is not the hamlet by the front


def test_a_written_district_keeps_its_one_reading_under_another_province() -> None:
    text = "An airstrike killed 14 Taliban militants in Bulani village of Zhari district, Balkh."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    zhari = Place(id="z", name="Zhari", country="Afghanistan", iso2="AF", admin1="Kandahar", latitude=31.6,
                  longitude=65.4, feature="ADM2")  # fmt: skip
    city = Place(id="c", name="Balkh", country="Afghanistan", iso2="AF", admin1="Balkh", latitude=36.76,
                 longitude=66.9, feature="PPL", population=114_883)  # fmt: skip
    province = Place(id="b", name="Balkh", country="Afghanistan", iso2="AF", admin1="Balkh", latitude=36.7,
                     longitude=67.0, feature="ADM1")  # fmt: skip
    kept = [Match(at["Zhari"], at["Zhari"], (zhari,), 0, "district", True),
            Match(at["Balkh"], at["Balkh"], (city, province), 0)]  # fmt: skip
    district, _ = rank_candidates(text, tokens, kept, Counter({"AF": 3.0}), Counter())
    assert district.candidates[0].id == "z"  # the note's province label is wrong; the district is Kandahar's
