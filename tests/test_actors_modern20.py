"""
Actors in modern wire copy (session 20): coordinated capitals, a seat of
government in apposition, "the group" of two groups named, a leader's
"his fighters" a sentence on, national contingents of a mission.
Every story here was written for the project.
"""

from __future__ import annotations

import datetime

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.parsers.actors import ActorParser


def _actors(text: str, day: datetime.date) -> list[tuple[str, str | None]]:
    doc = Document(text=text, context=Context(published=day))
    return [(m.text, m.canonical) for m in ActorParser()(doc)]


def test_coordinated_capitals_before_a_past_tense_verb_are_both_governments() -> None:
    got = _actors(
        "Islamabad and Kabul said on Monday they would extend the border truce.",
        datetime.date(2025, 10, 20),
    )
    assert ("Islamabad", "Government of Pakistan") in got
    assert ("Kabul", "Government of Afghanistan (2021-)") in got


def test_a_place_before_a_past_tense_verb_after_an_object_is_no_pair() -> None:
    got = _actors(
        "M23 fighters captured Goma and residents said the city was calm.",
        datetime.date(2025, 2, 1),
    )
    assert [t for t, _c in got] == ["M23 fighters"]


def test_seat_of_government_in_apposition_speaks_for_the_government() -> None:
    got = _actors(
        "Port Sudan, the army-backed government's seat, accused the Rapid Support "
        "Forces on Sunday of shelling a camp near El Fasher.",
        datetime.date(2025, 9, 14),
    )
    assert ("Port Sudan", "Government of Sudan (2021-)") in got


def test_a_provincial_capital_in_apposition_is_no_government() -> None:
    got = _actors(
        "Goma, the capital of North Kivu, said nothing.", datetime.date(2025, 2, 1)
    )
    assert got == []


def test_the_group_of_two_groups_named_is_the_subject_that_attacked() -> None:
    got = _actors(
        "Islamic State militants attacked a checkpoint of the Syrian Democratic Forces "
        "near Shaddadi late on Saturday, killing four SDF members, the Kurdish-led force "
        "said.\n\nThe group's fighters fled toward the desert after the assault.",
        datetime.date(2025, 3, 2),
    )
    assert ("The group", "Islamic State") in got


def test_the_group_is_not_the_subject_when_the_other_group_speaks() -> None:
    got = _actors(
        "The SDF holds the northeast. Islamic State militants attacked a checkpoint near "
        "Shaddadi, and the SDF said its men repelled them. The group said ten attackers "
        "died.",
        datetime.date(2025, 3, 2),
    )
    assert ("The group", "Syrian Democratic Forces") in got


def test_his_fighters_of_a_leader_named_a_sentence_before() -> None:
    got = _actors(
        "M23 rebels attacked positions in Walikale overnight, a Wazalendo commander said "
        'on Tuesday.\n\n"They came at 2 a.m. with heavy weapons," the commander told '
        "AFP, adding that five of his fighters were killed.",
        datetime.date(2025, 8, 12),
    )
    assert ("fighters", "Wazalendo") in got


def test_national_personnel_of_a_mission_are_its_contingent() -> None:
    got = _actors(
        "Kenyan personnel of the Gang Suppression Force exchanged fire with gang "
        "members in Croix-des-Bouquets on Tuesday.",
        datetime.date(2025, 11, 5),
    )
    assert ("Kenyan personnel", "Gang Suppression Force") in got
    got = _actors(
        "Burundian troops serving with AUSSOM repelled an al-Shabaab attack.",
        datetime.date(2025, 11, 5),
    )
    assert got[0][1] == "African Union Support and Stabilization Mission in Somalia"


def test_national_personnel_alone_are_their_state_forces() -> None:
    got = _actors("Kenyan personnel were wounded.", datetime.date(2025, 11, 5))
    assert got == [("Kenyan personnel", "Military Forces of Kenya")]


def test_the_group_after_a_state_strike_is_the_group_of_its_sentence() -> None:
    got = _actors(
        "Hamas said its fighters destroyed a tank in Khan Younis. Hamas also fired "
        "rockets.\n\nIn Lebanon, an Israeli drone strike killed a Hezbollah commander "
        "in the south overnight, the group said.",
        datetime.date(2025, 6, 24),
    )
    assert ("the group", "Hezbollah") in got


def test_a_capital_blamed_for_or_accused_with_an_article_is_a_government() -> None:
    got = _actors(
        "Islamabad blames Kabul for sheltering the group.", datetime.date(2025, 3, 13)
    )
    assert ("Kabul", "Government of Afghanistan (2021-)") in got
    got = _actors(
        "Sudan accused the United Arab Emirates of supplying weapons.",
        datetime.date(2025, 5, 21),
    )
    assert ("United Arab Emirates", "Government of United Arab Emirates") in got


def test_capitals_that_traded_accusations_are_governments_not_those_that_traded_fire() -> (
    None
):
    got = _actors(
        "Kinshasa and Kigali traded accusations at the United Nations on Monday.",
        datetime.date(2025, 2, 26),
    )
    assert ("Kinshasa", "Government of Democratic Republic of Congo") in got
    assert ("Kigali", "Government of Rwanda") in got
    got = _actors(
        "Israel and Hezbollah traded fire on Monday.", datetime.date(2025, 2, 26)
    )
    assert [t for t, _c in got] == ["Hezbollah"]


def test_the_coalition_is_the_gang_coalition_the_report_names() -> None:
    got = _actors(
        "Members of the Viv Ansanm gang coalition attacked Mirebalais overnight. Kenyan "
        "officers of the Multinational Security Support mission were sent to the area.\n\n"
        "The coalition controls most of the capital.",
        datetime.date(2025, 4, 3),
    )
    assert ("The coalition", "Viv Ansanm") in got


def test_gunmen_linked_to_a_named_cartel_are_the_cartel() -> None:
    got = _actors(
        "Gunmen linked to the Sinaloa Cartel killed six people in Culiacan on Thursday.",
        datetime.date(2025, 5, 16),
    )
    assert got[0] == ("Gunmen", "Sinaloa Cartel")


def test_the_army_backed_government_is_the_government() -> None:
    got = _actors(
        "The army-backed government said the RSF shelled El Fasher.",
        datetime.date(2025, 5, 16),
    )
    assert got[0] == ("The army-backed government", "Government of Sudan (2021-)")


def test_the_army_led_government_in_a_town_named_after_its_country() -> None:
    got = _actors(
        "The army-led government in Port Sudan said the RSF had killed 2,000 civilians.",
        datetime.date(2025, 10, 27),
    )
    assert got[0] == ("The army-led government", "Government of Sudan (2021-)")
    assert "Sudan" not in [t for t, _c in got]
    got = _actors(
        "Port Sudan said on Monday it would respond.", datetime.date(2025, 10, 27)
    )
    assert got == [("Port Sudan", "Government of Sudan (2021-)")]


def test_the_affiliate_of_a_parent_is_the_one_child_the_report_names() -> None:
    got = _actors(
        "Jihadists of the JNIM group attacked Djibo on Sunday, killing dozens of soldiers. "
        "The al Qaeda affiliate said in a statement that its fighters had killed 100 "
        "soldiers.",
        datetime.date(2025, 5, 12),
    )
    jnim = "Jama'at Nusrat al-Islam wal-Muslimin"
    assert ("al Qaeda affiliate", jnim) in got
    assert ("fighters", jnim) in got


def test_haiti_gangs_and_mexican_cartels_of_their_own() -> None:
    day = datetime.date(2025, 3, 1)
    got = _actors("Members of the 5 Segonn gang attacked Delmas.", day)
    assert got == [("5 Segonn gang", "5 Segonn")]
    got = _actors("The Cartel del Noreste ambushed soldiers in Tamaulipas.", day)
    assert got[0] == ("Cartel del Noreste", "Cartel del Noreste")
    got = _actors("La Nueva Familia Michoacana kidnapped 11 people.", day)
    assert got == [("La Nueva Familia Michoacana", "La Nueva Familia Michoacana")]


def test_two_capitals_with_an_auxiliary_before_the_shared_verb() -> None:
    day = datetime.date(2025, 3, 1)
    got = _actors("Addis Ababa and Asmara have traded accusations for months.", day)
    assert got == [
        ("Addis Ababa", "Government of Ethiopia"),
        ("Asmara", "Government of Eritrea"),
    ]
    got = _actors("Washington and Kyiv signed a minerals deal on Wednesday.", day)
    assert ("Washington", "Government of United States") in got


def test_a_generic_mention_ends_before_its_possessive() -> None:
    got = _actors(
        "Turkish drones struck PKK positions despite the militant group's announcement "
        "that it was disarming.",
        datetime.date(2025, 7, 28),
    )
    assert ("the militant group", "Kurdistan Workers' Party") in got


def test_militants_are_never_a_regional_force_that_fights_them() -> None:
    got = _actors(
        "Puntland forces said on Monday they had retaken a base in the Cal Miskaad "
        "mountains. Puntland forces have fought Islamic State there since December.\n\n"
        "Militants attacked the base again overnight, a local elder said.",
        datetime.date(2025, 2, 18),
    )
    assert ("Militants", "Islamic State Somalia Province") in got


def test_a_speaker_that_reports_its_kills_is_not_the_militants_of_the_next_sentence() -> (
    None
):
    got = _actors(
        "Puntland forces said on Monday they had killed 22 Islamic State fighters in the "
        "Cal Miskaad mountains.\n\nThe militants had launched suicide attacks on "
        "Puntland bases earlier this year.",
        datetime.date(2025, 2, 18),
    )
    assert ("The militants", "Islamic State Somalia Province") in got


def test_a_parents_regional_branch_is_the_branch_the_report_names() -> None:
    got = _actors(
        "Suspected jihadists killed 15 soldiers in Boulkessi on Sunday, the latest of the "
        "assaults by al Qaeda's Sahel branch.\n\nJNIM said its fighters had seized weapons.",
        datetime.date(2025, 8, 5),
    )
    assert ("al Qaeda's Sahel branch", "Jama'at Nusrat al-Islam wal-Muslimin") in got


def test_whose_troops_are_the_mission_before_it() -> None:
    got = _actors(
        "The African Union's AUSSOM mission, whose troops are mostly from Uganda, has "
        "struggled for funding.",
        datetime.date(2025, 6, 16),
    )
    assert got[-1] == (
        "troops",
        "African Union Support and Stabilization Mission in Somalia",
    )
