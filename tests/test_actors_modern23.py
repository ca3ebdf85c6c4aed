"""
Actors in modern wire copy (session 23): the Wagner Group's dates, a
junta's air force, "the government of" a leader, a state force's name with
its acronym and its members' noun as one mention, militias allied with or
backed by a state's forces, soldiers a closing military speaker tells of,
and "the group" after a described militia. Every story here was written for
the project.
"""

from __future__ import annotations

import datetime

from conflictparse import Document, parse
from conflictparse.context import Context
from conflictparse.parsers.actors import ActorParser


def _found(text: str, day: datetime.date) -> list[tuple[str, str | None, str | None]]:
    doc = Document(text=text, context=Context(published=day))
    return [(m.text, m.canonical, m.provenance.reason) for m in ActorParser()(doc)]


def _actors(text: str, day: datetime.date) -> list[tuple[str, str | None]]:
    return [(t, c) for t, c, _r in _found(text, day)]


def test_wagner_named_in_mali_in_2025_is_read_without_doubt() -> None:
    got = _found(
        "Malian soldiers and Wagner Group fighters killed at least 20 civilians near "
        "Niono, residents said. In the Central African Republic, Wagner mercenaries "
        "guarding a gold mine clashed with 3R rebels.",
        datetime.date(2025, 3, 14),
    )
    assert ("Wagner Group fighters", "Wagner Group", None) in got
    assert ("Wagner mercenaries", "Wagner Group", None) in got


def test_the_juntas_air_force_is_its_military() -> None:
    got = _actors(
        "The Myanmar junta's air force bombed a village in Sagaing region on Sunday, "
        "killing 15 civilians. The junta's air force has stepped up strikes.",
        datetime.date(2024, 5, 20),
    )
    assert got[0] == ("Myanmar junta", "Military Forces of Myanmar (2021-)")
    assert ("The junta's air force", "Military Forces of Myanmar (2021-)") in got


def test_the_government_of_a_leader_is_that_states_government() -> None:
    got = _actors(
        "The government of Nicolas Maduro arrested dozens of opposition activists "
        "after the disputed election, rights groups said.",
        datetime.date(2024, 9, 12),
    )
    assert got == [("government of Nicolas Maduro", "Government of Venezuela")]


def test_a_capitals_government_of_another_day_is_not_read_by_its_name() -> None:
    got = _actors(
        "The government of Khartoum said the RSF had shelled El Fasher.",
        datetime.date(2024, 9, 12),
    )
    assert ("The government", "Government of Sudan (2021-)") in got


def test_a_forces_name_acronym_and_members_are_one_mention() -> None:
    got = _actors(
        "Somali National Army (SNA) troops recaptured the town of Elbur from al "
        "Shabaab on Monday. Two Somali National Army soldiers were killed.",
        datetime.date(2024, 6, 18),
    )
    assert got[0] == ("Somali National Army (SNA) troops", "Military Forces of Somalia")
    assert ("Somali National Army soldiers", "Military Forces of Somalia") in got
    assert not any(text in ("SNA", "troops") for text, _c in got)


def test_a_foreign_forces_fighters_are_one_mention() -> None:
    got = _actors(
        "Wagner Group fighters attacked the village on Tuesday.",
        datetime.date(2024, 6, 18),
    )
    assert got == [("Wagner Group fighters", "Wagner Group")]


def test_militias_allied_with_the_congolese_army_are_the_wazalendo() -> None:
    got = _actors(
        "The Congolese army and allied militias clashed with M23 rebels near Sake on "
        "Wednesday. Congolese troops backed by allied militias later retook Kibumba.",
        datetime.date(2024, 3, 7),
    )
    assert [c for t, c in got if t == "militias"] == ["Wazalendo", "Wazalendo"]


def test_militias_aligned_with_the_army_are_not_its_foe() -> None:
    got = _actors(
        "SAF-aligned militias shelled a market in Omdurman on Monday, killing eight "
        "civilians. The Rapid Support Forces blamed the army for the attack.",
        datetime.date(2024, 10, 22),
    )
    assert ("militias", "Unidentified Armed Group (Sudan)") in got


def test_soldiers_a_closing_military_speaker_tells_of_are_its_own() -> None:
    report = parse(
        "GAZA (Reuters) - Hamas fighters attacked an army post near Kissufim on "
        "Thursday, killing two soldiers, the Israeli military said.",
        published="2023-11-30",
    )
    got = [(m.text, m.canonical) for m in report.actors]
    assert ("soldiers", "Military Forces of Israel") in got


def test_the_group_is_not_a_described_clan_militia() -> None:
    got = _actors(
        "Fano militiamen raided a police station in Amhara region, officials said. "
        "A clan militia in the area had earlier clashed with federal troops. The "
        "group has been fighting the government since 2023.",
        datetime.date(2025, 1, 10),
    )
    assert ("The group", "Fano") in got


def test_a_forces_name_in_a_describing_word_is_no_actor() -> None:
    got = _actors(
        "Drones struck Russia's military-industrial complex in Bryansk, and police "
        "found military-grade explosives near the plant.",
        datetime.date(2025, 1, 15),
    )
    assert not any("military" in text for text, _c in got)


def test_troops_right_after_a_foreign_force_are_that_forces() -> None:
    got = _actors(
        "Al Shabaab fighters stormed a base in Middle Shabelle. Government forces "
        "backed by AUSSOM troops later retook it.",
        datetime.date(2025, 3, 2),
    )
    mission = "African Union Support and Stabilization Mission in Somalia"
    assert ("troops", mission) in got


def test_gunmen_suspected_to_be_a_named_group_are_that_group() -> None:
    got = _actors(
        "Gunmen suspected to be Fulani herders killed 42 villagers in Benue state. "
        "Separately, ISWAP fighters overran a military base in Borno state.",
        datetime.date(2025, 5, 30),
    )
    assert got[0] == ("Gunmen", "Fulani Ethnic Militia")


def test_fighters_of_forces_loyal_to_a_government_are_its_forces() -> None:
    got = _actors(
        "Houthi rebels fired a missile at Israel. Forces loyal to Yemen's "
        "internationally recognised government said two of their fighters were "
        "killed in clashes with the Houthis in Taez.",
        datetime.date(2025, 8, 14),
    )
    assert ("fighters", "Military Forces of Yemen") in got


def test_the_afghan_taliban_government_is_the_government() -> None:
    got = _actors(
        "Islamabad accuses Kabul's Taliban rulers of sheltering the TTP, a charge "
        "the Afghan Taliban government denies.",
        datetime.date(2024, 12, 10),
    )
    assert ("Taliban rulers", "Government of Afghanistan (2021-)") in got
    assert ("Afghan Taliban government", "Government of Afghanistan (2021-)") in got


def test_the_government_of_a_leader_named_with_al() -> None:
    got = _actors(
        "The government of Ahmed al-Sharaa pledged an inquiry into the killings.",
        datetime.date(2025, 3, 18),
    )
    assert got == [("government of Ahmed al-Sharaa", "Government of Syria (2024-)")]


def test_rebel_appointed_officials_are_the_rebels() -> None:
    got = _actors(
        "M23 rebels have installed new officials in Rubaya. The rebel-appointed "
        "governor said 700 people had been killed in the fighting.",
        datetime.date(2025, 2, 10),
    )
    assert ("rebel-appointed governor", "M23") in got
    assert all(c is None or not c.startswith("Government") for _t, c in got)


def test_fighters_on_both_sides_are_no_one_groups() -> None:
    got = _actors(
        "Turkish-backed Syrian National Army fighters clashed with the Syrian "
        "Democratic Forces near the Tishrin Dam, killing 21 fighters on both sides.",
        datetime.date(2024, 12, 20),
    )
    assert "fighters" not in [t for t, _c in got]


def test_un_peacekeepers_are_the_mission_of_the_reports_country() -> None:
    report = parse(
        "GOMA, Jan 27 (Reuters) - M23 rebels entered Goma on Monday, as Congolese "
        "soldiers surrendered their weapons to UN peacekeepers.",
        published="2025-01-27",
    )
    got = [(m.text, m.canonical) for m in report.actors]
    assert ("UN peacekeepers", "MONUSCO") in got


def test_the_government_of_a_titled_leader_is_the_government_in_context() -> None:
    report = parse(
        "PORT-AU-PRINCE, March 2 (Reuters) - Gangs stormed Haiti's two largest "
        "prisons overnight. The government of Prime Minister Ariel Henry declared a "
        "state of emergency.",
        published="2024-03-02",
    )
    got = [(m.text, m.canonical) for m in report.actors]
    assert ("The government of Prime Minister Ariel Henry", "Government of Haiti") in got


def test_bare_soldiers_of_a_gaza_story_are_israels() -> None:
    report = parse(
        "GAZA (Reuters) - Hamas fighters attacked an army post near Kissufim on "
        "Thursday, killing two soldiers, the military said.",
        published="2023-11-30",
    )
    got = [(m.text, m.canonical) for m in report.actors]
    assert ("soldiers", "Military Forces of Israel") in got
    assert ("the military", "Military Forces of Israel") in got


def test_a_countrys_military_rulers_are_its_government() -> None:
    got = _actors(
        "Niger's military rulers said the junta's army had killed 30 jihadists near "
        "Tillaberi. The Israeli military regimented its reserves.",
        datetime.date(2024, 5, 15),
    )
    assert got[0] == ("Niger's military rulers", "Government of Niger (2023-)")
    assert ("Israeli military", "Military Forces of Israel") in got


def test_forces_loyal_to_a_man_are_the_forces_named_after_him() -> None:
    got = _actors(
        "Forces loyal to eastern commander Khalifa Haftar clashed with a militia "
        "south of Tripoli. Troops loyal to General Abdel Fattah al-Burhan retook "
        "the palace in Khartoum.",
        datetime.date(2025, 3, 15),
    )
    assert got[0] == (
        "Forces loyal to eastern commander Khalifa Haftar",
        "Libyan National Army",
    )
    assert (
        "Troops loyal to General Abdel Fattah al-Burhan",
        "Military Forces of Sudan (2021-)",
    ) in got


def test_the_regime_of_a_fallen_leader_is_his_regime() -> None:
    got = _actors(
        "The regime of President Bashar al-Assad fell in December, and the "
        "government of Khartoum said it welcomed the change.",
        datetime.date(2025, 5, 15),
    )
    assert got[0] == ("regime of President Bashar al-Assad", "Government of Syria")
    assert ("government of Khartoum", "Government of Sudan") not in got
