"""
Actors in modern wire copy (session 24): one country's descriptions
("clan militias") read in another country's story, the table's own name of a
state organ over a template's, fighters backed by a bare "army", "armed gang
members", a mission named by the country that leads it, the forces "its"
names, a place before "-based", strikes of "government" drones, a group
named in apposition to "militant groups", and a health ministry that is a
source, not a side. Every story here was written for the project.
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


def test_clan_militias_outside_somalia_are_no_somali_militia() -> None:
    kenya = _actors(
        "NAIROBI, March 10 (Reuters) - A clan militia attacked a village in Kenya's "
        "Mandera county on Saturday, killing four herders, police said.",
        datetime.date(2024, 3, 10),
    )
    assert ("clan militia", "Unidentified Armed Group (Kenya)") in kenya
    ethiopia = _actors(
        "Clan militia fighters killed six people in Ethiopia's Somali region on "
        "Saturday, local officials said. The fighting in Ethiopia was over water wells.",
        datetime.date(2024, 3, 10),
    )
    assert ethiopia[0] == ("Clan militia fighters", "Unidentified Armed Group (Ethiopia)")
    # in Somalia the description still names the Macawisley
    somalia = _actors(
        "Clan militias attacked al-Shabaab positions in Somalia's Hiran region on "
        "Sunday, killing 12 fighters.",
        datetime.date(2024, 3, 3),
    )
    assert somalia[0] == ("Clan militias", "Macawisley")


def test_a_demonym_opening_a_sentence_is_no_description() -> None:
    got = _actors(
        "PEMBA, Mozambique, Aug 19 (Reuters) - Insurgents beheaded seven villagers. "
        "Rwandan troops said they had killed 12 militants near Macomia on Monday.",
        datetime.date(2025, 8, 19),
    )
    assert ("Rwandan troops", "Military Forces of Rwanda") in got


def test_the_russian_defence_ministry_is_no_guess() -> None:
    got = _found(
        "The Russian defence ministry said on Monday its forces had repelled a "
        "Ukrainian incursion in the Kursk region.",
        datetime.date(2024, 8, 12),
    )
    # the government, as "Russia's defence ministry" and every other
    # country's "{demonym} defence ministry" are; no guess left
    assert got[0] == ("Russian defence ministry", "Government of Russia", None)


def test_army_backed_fighters_are_not_the_paramilitary_foe() -> None:
    got = _actors(
        "Army-backed fighters killed at least 20 people in a village in Sudan's Gezira "
        "state on Tuesday, a doctors' group said. The Sudanese army has been at war "
        "with the paramilitary Rapid Support Forces since April 2023.",
        datetime.date(2025, 1, 15),
    )
    assert got[0] == ("fighters", "Unidentified Armed Group (Sudan)")


def test_army_backed_militia_is_the_countrys_pro_government_militia() -> None:
    got = _actors(
        "Army-backed militiamen killed 20 people in Burkina Faso's Sahel region on "
        "Tuesday, residents said.",
        datetime.date(2025, 1, 15),
    )
    assert got[0] == ("militiamen", "Volunteers for the Defence of the Homeland")


def test_armed_gang_members_are_one_mention_of_the_towns_country() -> None:
    got = _actors(
        "Heavily armed gang members killed at least 70 people in the Haitian town of "
        "Pont-Sonde on Thursday, the United Nations said.",
        datetime.date(2024, 10, 4),
    )
    assert got[0] == ("armed gang members", "Unidentified Armed Group (Haiti)")


def test_a_kenya_led_mission_is_the_mss() -> None:
    got = _actors(
        "Haitian police backed by a Kenya-led security mission launched an operation "
        "against gangs in Port-au-Prince on Monday, officials said.",
        datetime.date(2024, 9, 10),
    )
    assert ("Kenya-led security mission", "Multinational Security Support Mission") in got


def test_its_air_force_after_a_junta_is_that_countrys_military() -> None:
    got = _actors(
        "Burkina Faso's junta said its air force had killed dozens of jihadists in "
        "strikes near Djibo on Sunday.",
        datetime.date(2024, 5, 20),
    )
    assert ("air force", "Military Forces of Burkina Faso (2022-)") in got


def test_a_place_based_militia_is_a_militia_of_its_country() -> None:
    got = _actors(
        "Clashes between a Tripoli-based militia and government forces killed at "
        "least six people in the Libyan capital on Tuesday, the health ministry said.",
        datetime.date(2025, 5, 14),
    )
    assert ("militia", "Unidentified Armed Group (Libya)") in got
    assert ("government forces", "Military Forces of Libya") in got


def test_government_drone_strikes_are_the_states_military() -> None:
    report = parse(
        "Government drone strikes killed at least 30 people in Ethiopia's Amhara "
        "region on Sunday, residents said. Fano militiamen have been fighting the "
        "federal army since August.",
        published="2024-02-05",
    )
    assert report.actors[0].text == "Government drone strikes"
    assert report.actors[0].canonical == "Military Forces of Ethiopia"
    assert report.events[0].side_a is not None
    assert report.events[0].side_a.canonical == "Military Forces of Ethiopia"


def test_militant_groups_before_their_names_are_the_first_named() -> None:
    got = _actors(
        "Indian missiles struck nine sites in Pakistan on Wednesday, hitting camps of "
        "militant groups Lashkar-e-Taiba and Jaish-e-Mohammed, officials said.",
        datetime.date(2025, 5, 7),
    )
    assert ("militant groups", "Lashkar-e-Taiba") in got


def test_gazas_health_ministry_is_a_source_not_a_side() -> None:
    report = parse(
        "Twelve people were killed in an air strike on a school in Gaza City on "
        "Monday, Gaza's Health Ministry said.",
        published="2024-06-10",
    )
    ministry = [a for a in report.actors if a.text == "Health Ministry"]
    assert ministry and ministry[0].kind == "state" and not ministry[0].generic
    for event in report.events:
        for side in (event.side_a, event.side_b):
            assert side is None or side.text != "Health Ministry"


def test_african_union_forces_in_somalia_are_its_mission_of_the_day() -> None:
    got = _found(
        "MOGADISHU, Aug 12 (Reuters) - Al-Shabaab fighters attacked a military base in "
        "the Middle Shabelle region on Monday, killing at least seven soldiers. "
        "African Union forces were not involved, an officer said.",
        datetime.date(2025, 8, 12),
    )
    assert (
        "African Union forces",
        "African Union Support and Stabilization Mission in Somalia",
        "the body's one mission in the report's country",
    ) in got


def test_nato_forces_stay_the_alliance() -> None:
    got = _actors(
        "KABUL, Jan 10 (AFP) - Taliban fighters attacked a checkpoint in Helmand on "
        "Sunday. NATO forces carried out air strikes in support of Afghan troops.",
        datetime.date(2016, 1, 10),
    )
    assert ("NATO forces", "NATO") in got


def test_a_militia_leader_who_speaks_is_no_apposition() -> None:
    got = _actors(
        "Jihadists killed at least 12 farmers in Borno state on Tuesday, a militia "
        "leader said, in the latest attack blamed on the Islamic State West Africa "
        "Province.",
        datetime.date(2024, 11, 20),
    )
    assert ("militia", "Unidentified Armed Group (Nigeria)") in got
    assert got[0] == ("Jihadists", "Islamic State West Africa Province")


def test_turkish_backed_factions_are_the_syrian_national_army() -> None:
    got = _actors(
        "DAMASCUS, Dec 9 (Reuters) - Turkish-backed factions clashed with the "
        "Kurdish-led Syrian Democratic Forces near Manbij, a war monitor said.",
        datetime.date(2024, 12, 9),
    )
    assert ("Turkish-backed factions", "Syrian National Army") in got


def test_a_shared_name_with_no_dateline_goes_by_the_country_spelled() -> None:
    got = _actors(
        "Suspected Islamist insurgents killed at least 20 people in an attack on a "
        "village in Mozambique's Cabo Delgado province, local sources said. The "
        "insurgents, known locally as al-Shabaab, have been fighting since 2017. "
        "Rwandan troops were sent to the region in 2021.",
        datetime.date(2024, 6, 5),
    )
    assert ("al-Shabaab", "Islamic State Mozambique Province") in got


def test_militia_fighters_are_one_mention_of_the_militia() -> None:
    got = _actors(
        "GOMA, April 14 (Reuters) - Fighting between M23 rebels and pro-government "
        "militia fighters killed at least 52 people around Goma, the rebels said. "
        "Wazalendo fighters have attacked M23 positions since January.",
        datetime.date(2025, 4, 14),
    )
    assert ("militia fighters", "Wazalendo") in got
    assert ("fighters", "M23") not in got


def test_a_demonym_and_the_countrys_named_group_give_its_forces() -> None:
    got = _actors(
        "Pakistani Taliban militants attacked a police checkpoint in the Dera Ismail "
        "Khan district of Khyber Pakhtunkhwa, killing three policemen, officials said.",
        datetime.date(2024, 5, 28),
    )
    assert ("policemen", "Police Forces of Pakistan") in got


def test_forces_loyal_to_a_government_are_its_military() -> None:
    got = _actors(
        "TRIPOLI, Libya, Sept 1 (Reuters) - Clashes erupted between rival armed groups "
        "in the Libyan capital overnight. Forces loyal to the Government of National "
        "Unity were deployed in the city centre.",
        datetime.date(2025, 9, 1),
    )
    assert (
        "Forces loyal to the Government of National Unity",
        "Military Forces of Libya",
    ) in got


def test_un_peacekeepers_are_no_mercenaries_named_in_the_report() -> None:
    got = _actors(
        "BANGUI, Feb 27 (AFP) - Rebels of the 3R group attacked a village in the "
        "northwest of the Central African Republic, killing 12 civilians, UN "
        "peacekeepers said. Russian paramilitaries support the government.",
        datetime.date(2025, 2, 27),
    )
    assert ("UN peacekeepers", "MINUSCA") in got


def test_gabons_and_madagascars_military_governments_have_their_periods() -> None:
    before = _actors(
        "LIBREVILLE (Reuters) - Gabonese soldiers fired on protesters, killing two.",
        datetime.date(2023, 8, 20),
    )
    after = _actors(
        "LIBREVILLE (Reuters) - Gabonese soldiers fired on protesters, killing two.",
        datetime.date(2023, 9, 10),
    )
    assert before == [("Gabonese soldiers", "Military Forces of Gabon")]
    assert after == [("Gabonese soldiers", "Military Forces of Gabon (2023-)")]
    got = _actors(
        "Soldiers dispersed protesters in Antananarivo on Monday, wounding three, the "
        "Malagasy junta said.",
        datetime.date(2025, 10, 20),
    )
    assert ("Malagasy junta", "Government of Madagascar (2025-)") in got


def test_a_missions_old_name_after_its_end_is_its_successor() -> None:
    got = _found(
        "MOGADISHU, May 10 (Reuters) - AMISOM troops and Somali forces retook a town "
        "from al-Shabaab on Tuesday, officials said.",
        datetime.date(2023, 5, 10),
    )
    assert got[0] == (
        "AMISOM troops",
        "African Union Transition Mission in Somalia",
        "the mission that succeeded the one named",
    )
    # two renamings on: AUSSOM in 2025
    got = _found(
        "AMISOM troops and Somali forces retook a town from al-Shabaab on Tuesday.",
        datetime.date(2025, 5, 10),
    )
    assert got[0][1] == "African Union Support and Stabilization Mission in Somalia"
    # no doubt left on al-Shabaab once the story's other actors settle it
    assert ("al-Shabaab", "al-Shabaab", None) in got
    # the old mission told of beside its successor stays itself
    got = _found(
        "MOGADISHU, March 12 (Reuters) - AUSSOM troops killed the attackers. The African "
        "Union Support and Stabilization Mission replaced ATMIS at the start of the year.",
        datetime.date(2025, 3, 12),
    )
    assert ("ATMIS", "African Union Transition Mission in Somalia", None) in got


def test_a_shared_name_is_the_group_the_report_names_by_its_own() -> None:
    got = _found(
        "OUAGADOUGOU (Reuters) - Russian mercenaries and Burkinabe soldiers killed 20 "
        "civilians near Djibo, residents said. Moscow sent the Africa Corps to Burkina "
        "Faso in January.",
        datetime.date(2024, 6, 1),
    )
    assert ("Russian mercenaries", "Africa Corps", None) in got


def test_a_capital_spelled_beats_a_demonym_of_a_foreign_force() -> None:
    got = _actors(
        "Gang members in Port-au-Prince killed at least 15 people in the Solino "
        "neighbourhood on Sunday, a human rights group said. Police and soldiers of "
        "the Kenyan-led mission were sent to the area.",
        datetime.date(2024, 7, 8),
    )
    assert got[0] == ("Gang members", "Unidentified Armed Group (Haiti)")
    assert ("Police", "Police Forces of Haiti") in got


def test_the_military_government_is_the_government() -> None:
    got = _actors(
        "Fighters of the Arakan Army clashed with junta troops near Paletwa, a "
        "resident said. The military government has lost much of Rakhine state.",
        datetime.date(2024, 11, 5),
    )
    assert ("The military government", "Government of Myanmar (2021-)") in got


def test_a_somalia_story_from_nairobi_keeps_its_clan_militias_and_al_shabaab() -> None:
    got = _found(
        "NAIROBI, March 3 (Reuters) - Clan militias attacked al-Shabaab positions in "
        "Somalia's Hiran region on Sunday, killing 12 fighters, a local elder said.",
        datetime.date(2024, 3, 3),
    )
    assert got[0] == ("Clan militias", "Macawisley", None)
    assert ("al-Shabaab", "al-Shabaab", None) in got
