"""Crowds (protests and riots) on our own domain sentences: one sentence, the expected actors."""

from __future__ import annotations

from datetime import date

from fixtures.actor_cases import pair_of as actor_pair

from frontwire.actors import extract_actors
from frontwire.model import Document, EventMention, EventType, Span

DAY = date(2020, 5, 5)


def pair_of(text: str, event_type: str, sub: str, country: str) -> tuple[str, str]:
    return actor_pair(text, event_type, sub, country, DAY)


def test_police_dispersing_a_march_face_the_protesters():
    assert pair_of("Around 40 workers marched in San Antonio; police dispersed the group and arrested 5.",
                   "Protests", "Protest with intervention", "Chile") == ("Protesters (Chile)",
                                                                         "Police Forces of Chile (2018-)")  # fmt: skip


def test_a_mob_beating_a_suspected_thief_faces_civilians():
    assert pair_of("A mob beat a suspected thief to death in Kakiri.", "Riots", "Mob violence",
                   "Uganda") == ("Rioters (Uganda)", "Civilians (Uganda)")  # fmt: skip


def test_a_police_stations_limits_are_a_place_not_the_police():
    assert pair_of("Local villagers assaulted three persons under Koya police station limits in Hajo, suspecting "
                   "them to be cattle thieves.", "Riots", "Mob violence", "India") == ("Rioters (India)",
                                                                                    "Civilians (India)")  # fmt: skip


def test_migrants_protesting_abroad_are_protesters_of_their_own_country():
    assert pair_of("Around 500 Venezuelan migrants protested on a highway in Bogota to demand buses home.",
                   "Protests", "Peaceful protest", "Colombia")[0] == "Protesters (Venezuela)"  # fmt: skip


def test_workers_of_a_foreign_company_are_the_event_countrys_crowd():
    assert pair_of("More than 600 workers of the China Road and Bridges Company demonstrated against a pay freeze.",
                   "Protests", "Peaceful protest", "Kenya")[0] == "Protesters (Kenya)"  # fmt: skip


def test_police_who_only_rescue_a_mobs_victim_leave_the_victim_as_opponent():
    assert pair_of("A lynch mob attacked a suspected thief in Mityana, beating him. Police intervened to rescue "
                   "the victim.", "Riots", "Mob violence", "Uganda") == ("Rioters (Uganda)",
                                                                         "Civilians (Uganda)")  # fmt: skip


def test_police_dispersing_a_lynch_mob_face_it():
    assert pair_of("A mob attacked a murder suspect in Bugembe; police dispersed the mob with tear gas.",
                   "Riots", "Mob violence", "Uganda")[1] == "Police Forces of Uganda (1986-)"  # fmt: skip


def test_rioters_damaging_a_bank_hit_civilians_associated_with_labour():
    a = extract_actors(
        Document(id="t", text=(t := "Unknown rioters hurled Molotov cocktails at the BLC bank in Nabatiyeh.")),
        EventMention((Span(0, len(t), t),), Span(0, len(t), t)),
        EventType("Riots", "Violent demonstration"), "Lebanon", DAY,
    )  # fmt: skip
    assert a.actor2.name == "Civilians (Lebanon)"
    assert [x.name for x in a.assoc_actor_2] == ["Labour Group (Lebanon)"]


def test_rioters_burning_objects_only_in_front_of_a_bank_hit_no_one():
    assert pair_of("People burned objects in front of a bank agency in Manaus to demonstrate against its closing.",
                   "Riots", "Violent demonstration", "Brazil") == ("Rioters (Brazil)", "")  # fmt: skip


def test_excessive_force_told_from_the_forces_side_puts_them_first():
    text = "Security forces fired live rounds at protesters opposing a new constitution in Coyah, killing one person."
    assert actor_pair(text, "Protests", "Excessive force against protesters", "Guinea") == (
        "Police Forces of Guinea (2010-)", "Protesters (Guinea)")  # fmt: skip


def test_excessive_force_told_from_the_crowds_side_keeps_the_protesters_first():
    text = "Protesters marched against the tax increase in Malindi; police shot dead one of them."
    assert (
        actor_pair(text, "Protests", "Excessive force against protesters", "Kenya")[0] == "Protesters (Kenya)"
    )


def test_refugees_with_no_nationality_told_protest_as_international():
    assert pair_of("About 50 asylum seekers protested outside the reception centre in Moria, demanding "
                   "better living conditions.", "Protests", "Peaceful protest", "Greece")[0] == \
        "Protesters (International)"  # fmt: skip


def test_migrants_clashing_with_police_riot_as_international():
    assert pair_of("Hundreds of migrants clashed with Turkish police at the Greek border near Edirne.",
                   "Riots", "Violent demonstration", "Turkey") == ("Rioters (International)",
                                                                   "Police Forces of Turkey (2016-)")  # fmt: skip


def test_displaced_people_stay_of_their_own_country():
    assert pair_of("Hundreds of IDPs protested at a camp in Baidoa over food aid.", "Protests",
                   "Peaceful protest", "Somalia")[0] == "Protesters (Somalia)"  # fmt: skip


def test_settlers_stoning_cars_make_an_israeli_mob():
    text = "A group of Jewish settlers threw stones at Palestinian cars near Hebron on Monday, damaging several vehicles."
    assert pair_of(text, "Riots", "Mob violence", "Palestine") == ("Rioters (Israel)", "Civilians (Palestine)")


def test_palestinian_youths_stoning_settlers_stay_a_palestinian_mob():
    text = "Palestinian youths threw stones at settlers near Nablus."
    assert pair_of(text, "Riots", "Mob violence", "Palestine")[0] == "Rioters (Palestine)"


def test_police_named_only_in_what_rioters_were_angry_about_face_no_one():
    text = ("Residents blocked an avenue with burning objects in Salvador, to demonstrate against the death of an "
            "adolescent during a military police intervention.")  # fmt: skip
    assert pair_of(text, "Riots", "Violent demonstration", "Brazil") == ("Rioters (Brazil)", "")


def test_a_riot_over_a_killing_by_police_faces_no_one_when_no_force_acts():
    text = ("A group set a bus on fire during a demonstration over the death of a teenager killed by the Military "
            "Police in Ubatuba.")  # fmt: skip
    assert pair_of(text, "Riots", "Violent demonstration", "Brazil") == ("Rioters (Brazil)", "")


def test_rioters_angry_at_the_police_who_then_dispersed_them_face_the_police():
    text = "Youths protesting against police violence burned tyres in Homa Bay before police dispersed them with tear gas."
    assert pair_of(text, "Riots", "Violent demonstration", "Kenya")[1].startswith("Police Forces of Kenya")


def test_a_mob_that_attacked_the_security_forces_faces_the_police():
    text = ("A mob attacked the residence of the traditional leader in Sakumono. Upon arrival of police forces, "
            "the mob attacked the security forces.")  # fmt: skip
    assert pair_of(text, "Riots", "Mob violence", "Ghana")[1].startswith("Police Forces of Ghana")


def test_police_the_mob_was_helping_do_not_face_it():
    text = ("Around 2 May 2020, volunteers, helping police enforce the coronavirus lockdown, beat up a truck driver in "
            "Bansure town and made him kneel down.")  # fmt: skip
    assert actor_pair(text, "Riots", "Mob violence", "India") == ("Rioters (India)", "Civilians (India)")


def test_a_foreigner_the_crowd_is_angry_about_does_not_give_the_mob_his_nationality():
    text = "A group of Muslims riot due to the detention of a Jamaican Muslim cleric. Four police were hurt."
    assert pair_of(text, "Riots", "Violent demonstration", "Kenya")[0] == "Rioters (Kenya)"
