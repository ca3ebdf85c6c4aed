"""
Actors in modern wire copy (session 22): state organs named by a capital or
a short country name in the possessive or by who installed them, national
contingents of a mission named by its acronym, the Syrian transition's day,
paragraph leads that name a country in a round-up, and a speaker that opens
its sentence. Every story here was written for the project.
"""

from __future__ import annotations

import datetime

from conflictparse import Document, parse
from conflictparse.context import Context
from conflictparse.parsers.actors import ActorParser


def _actors(text: str, day: datetime.date) -> list[tuple[str, str | None]]:
    doc = Document(text=text, context=Context(published=day))
    return [(m.text, m.canonical) for m in ActorParser()(doc)]


def test_a_capital_in_the_possessive_names_its_state_organ() -> None:
    got = _actors(
        "Damascus's new authorities sent reinforcements to Latakia on Sunday, and "
        "Bamako's military rulers said soldiers had killed 40 militants.",
        datetime.date(2025, 3, 9),
    )
    assert ("Damascus's new authorities", "Government of Syria (2024-)") in got
    assert ("Bamako's military rulers", "Government of Mali (2020-)") in got


def test_a_short_country_name_in_the_possessive_names_its_army() -> None:
    got = _actors(
        "Burkina's army said it had repelled an attack on Djibo.",
        datetime.date(2025, 5, 14),
    )
    assert ("Burkina's army", "Military Forces of Burkina Faso (2022-)") in got


def test_officials_installed_by_a_capital_or_demonym_are_its_government() -> None:
    got = _actors(
        "Moscow-installed officials in Zaporizhzhia said a drone hit a bus, and "
        "Russian-installed authorities in Kherson reported shelling.",
        datetime.date(2025, 8, 12),
    )
    assert ("Moscow-installed officials", "Government of Russia") in got
    assert ("Russian-installed authorities", "Government of Russia") in got


def test_a_city_official_in_the_possessive_is_no_government() -> None:
    got = _actors(
        "Kyiv's police chief said the blast wounded two.", datetime.date(2025, 8, 12)
    )
    assert all(not t.startswith("Kyiv") for t, _c in got)


def test_national_officers_of_a_mission_named_by_acronym_are_its_contingent() -> None:
    got = _actors(
        "Kenyan officers of the MSS came under fire near the airport on Thursday, "
        "a spokesman for the MSS said.",
        datetime.date(2025, 4, 3),
    )
    assert ("Kenyan officers", "Multinational Security Support Mission") in got
    assert ("MSS", "Multinational Security Support Mission") in got


def test_government_troops_on_the_day_damascus_fell_are_assads() -> None:
    text = (
        "BEIRUT, Dec 8 (Reuters) - Government troops withdrew from Homs early on "
        "Sunday as rebels advanced across Syria, a war monitor said."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2024-12-08").actors]
    assert ("Government troops", "Military Forces of Syria") in got
    # the new authorities' forces from the next day on
    later = text.replace("Dec 8", "Dec 9")
    got = [(m.text, m.canonical) for m in parse(later, published="2024-12-09").actors]
    assert ("Government troops", "Military Forces of Syria (2024-)") in got


def test_a_round_ups_paragraph_opening_sets_its_country() -> None:
    text = (
        "BAGHDAD, Feb 20 (AFP) - Violence across the region claimed dozens of lives "
        "this week.\n\nIn Syria, gunmen killed four members of a family in Hama "
        "province on Tuesday, a war monitor said. The gunmen fled on motorcycles.\n\n"
        "In Iraq, gunmen opened fire on a checkpoint near Tarmiyah, killing two "
        "soldiers, security sources said."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-02-20").actors]
    assert got == [
        ("gunmen", "Unidentified Armed Group (Syria)"),
        ("The gunmen", "Unidentified Armed Group (Syria)"),
        ("gunmen", "Unidentified Armed Group (Iraq)"),
        ("soldiers", "Military Forces of Iraq"),
    ]


def test_a_neighbour_named_at_a_paragraphs_opening_is_its_country() -> None:
    text = (
        "OUAGADOUGOU, June 2 (Wire) - Jihadists killed 12 soldiers in Djibo on Sunday."
        "\n\nIn neighbouring Mali, gunmen attacked an army camp near Boni, killing "
        "three soldiers."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-06-02").actors]
    assert ("gunmen", "Unidentified Armed Group (Mali)") in got
    assert got[-1] == ("soldiers", "Military Forces of Mali (2020-)")


def test_a_speaker_opening_its_sentence_on_the_foes_forces_is_the_datelines() -> None:
    text = (
        "KYIV, July 19 (Reuters) - Russian forces pounded the front line overnight. "
        "The general staff said Russian troops attacked Ukrainian positions 45 times "
        "near Pokrovsk over the past day."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-07-19").actors]
    assert ("The general staff", "Military Forces of Ukraine") in got


def test_a_speaker_in_a_hub_on_the_one_force_named_stays_that_forces() -> None:
    # (Egypt is no party: "the military" is the one army the report names)
    text = (
        "CAIRO, May 3 (Reuters) - The Israeli army said its jets struck Gaza City. "
        "The Israeli military said troops killed two gunmen in Rafah. The military "
        "said Israeli troops also shot a man in Khan Younis."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-05-03").actors]
    assert ("The military", "Military Forces of Israel") in got


def test_the_coalition_after_an_armed_alliance_is_that_alliance() -> None:
    text = (
        "PORT-AU-PRINCE, March 31 (Reuters) - Gang members of the Viv Ansanm alliance "
        "attacked Mirebalais overnight, police said.\n\nThe coalition, led by Jimmy "
        "Cherizier, controls most of the capital. Kenyan-led forces of the "
        "Multinational Security Support mission have struggled to contain it."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-03-31").actors]
    assert ("The coalition", "Viv Ansanm") in got


def test_the_us_led_coalition_of_2001_in_afghanistan_is_enduring_freedom() -> None:
    text = (
        "KABUL, Nov 10 (Reuters) - Northern Alliance forces advanced on Mazar-i-Sharif "
        "as the US-led coalition bombed Taliban lines. The coalition said its jets "
        "hit 20 targets."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2001-11-10").actors]
    assert ("US-led coalition", "Operation Enduring Freedom") in got
    assert ("The coalition", "Operation Enduring Freedom") in got


def test_jihadists_linked_to_a_network_are_its_branch_not_a_rivals() -> None:
    text = (
        "BAMAKO, June 3 (Reuters) - Jihadists linked to al-Qaeda attacked a military "
        "camp in Boulkessi on Sunday, killing 30 soldiers.\n\nIn the Menaka region, "
        "Islamic State Sahel Province fighters killed 34 soldiers last week. ISSP, "
        "also known as IS-Sahel, has fought JNIM for control of the area."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-06-03").actors]
    assert got[0] == ("Jihadists", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_the_junta_after_a_foreign_capital_is_the_coup_countrys() -> None:
    text = (
        "NIAMEY, July 27 (Reuters) - Soldiers who seized power in Niger overnight said "
        "they had dissolved the constitution.\n\nECOWAS condemned the putsch and "
        "France said it did not recognise the junta."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2023-07-27").actors]
    assert ("the junta", "Government of Niger (2023-)") in got


def test_a_gang_is_the_criminal_group_named_not_the_rebels_named_more() -> None:
    text = (
        "BOGOTA, June 1 (Reuters) - Soldiers killed six members of the Estado Mayor "
        "Central (EMC), a FARC dissident group, the defence ministry said. The EMC's "
        "leader has rejected talks. Separately, the Clan del Golfo, Colombia's largest "
        "drug trafficking gang, attacked a police station. The gang denied involvement."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-06-01").actors]
    assert ("gang", "Clan del Golfo") in got
    assert ("The gang", "Clan del Golfo") in got


def test_sadc_soldiers_are_the_sadc_mission() -> None:
    got = _actors(
        "GOMA, Jan 27 (Reuters) - Thirteen SADC soldiers were killed as M23 rebels "
        "entered Goma.",
        datetime.date(2025, 1, 27),
    )
    assert ("SADC soldiers", "SADC Mission in the DRC") in got


def test_militants_a_strike_on_a_groups_camp_killed_are_that_group() -> None:
    text = (
        "ABUJA, Feb 3 (Reuters) - The Nigerian Air Force said a strike on a Lakurawa "
        "camp killed 20 militants in Sokoto state."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-02-03").actors]
    assert ("militants", "Lakurawa") in got


def test_fighters_loyal_to_a_government_are_its_forces_not_its_foes() -> None:
    text = (
        "TRIPOLI, July 10 (Reuters) - Clashes erupted between the Radaa force and "
        "fighters loyal to the Government of National Unity (GNU). The Libyan National "
        "Army (LNA) of Khalifa Haftar said it was monitoring the situation, and the LNA "
        "put its units on alert."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-07-10").actors]
    assert ("fighters", "Military Forces of Libya") in got


def test_his_troops_after_an_official_named_by_demonym_are_his_states() -> None:
    text = (
        "KYIV, Feb 18 (Reuters) - Ukraine's military said it had withdrawn from "
        "Avdiivka.\n\nRussian defence minister Sergei Shoigu said his troops had "
        "taken full control."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2024-02-18").actors]
    assert ("troops", "Military Forces of Russia") in got


def test_the_rohingya_solidarity_organisation_is_a_known_group() -> None:
    doc = Document(
        text="The Rohingya Solidarity Organisation (RSO) recruited refugees in the camps.",
        context=Context(published=datetime.date(2025, 10, 20)),
    )
    got = [(m.text, m.kind, m.country) for m in ActorParser()(doc)]
    assert ("Rohingya Solidarity Organisation", "rebel", "MM") in got
    assert ("RSO", "rebel", "MM") in got


def test_a_country_that_struck_is_its_military() -> None:
    got = _actors(
        "India struck nine sites in Pakistan early on Wednesday, and Russia on Sunday "
        "attacked the grid. Missiles fired at Israel struck Tel Aviv.",
        datetime.date(2025, 5, 7),
    )
    assert ("India", "Military Forces of India") in got
    assert ("Russia", "Military Forces of Russia") in got
    assert all(t != "Israel" for t, _c in got)


def test_a_capital_and_a_weekday_before_a_reporting_verb_is_its_government() -> None:
    got = _actors(
        "Islamabad on Tuesday accused Kabul of sheltering militants.",
        datetime.date(2025, 10, 14),
    )
    assert ("Islamabad", "Government of Pakistan") in got


def test_the_internationally_recognised_government_and_la_mayiza() -> None:
    got = _actors(
        "SANAA, March 17 (AP) - The Houthis fired missiles at a U.S. carrier. The "
        "internationally recognised government, based in Aden, welcomed the strikes.",
        datetime.date(2025, 3, 17),
    )
    assert ("The internationally recognised government", "Government of Yemen") in got
    got = _actors(
        "CULIACAN, Mexico, Sept 16 (Reuters) - Los Chapitos have been fighting La "
        "Mayiza in the city.",
        datetime.date(2025, 9, 16),
    )
    assert ("La Mayiza", "Sinaloa Cartel") in got


def test_pakistans_military_media_wing_and_its_name_for_the_ttp() -> None:
    got = _actors(
        "ISLAMABAD, April 29 (Reuters) - The army's media wing, ISPR, said 54 members "
        "of Fitna al-Khawarij were killed.",
        datetime.date(2025, 4, 29),
    )
    assert ("ISPR", "Military Forces of Pakistan") in got
    assert ("Fitna al-Khawarij", "Tehrik-i-Taliban Pakistan") in got


def test_a_force_noun_after_a_groups_possessive_is_that_groups() -> None:
    got = _actors(
        "YANGON, Jan 5 (Reuters) - The KNU and its armed wing, the KNLA, seized "
        "Myawaddy, the KNU said. The AA's fighters shelled Sittwe. The Kachin "
        "Independence Army's troops took Bhamo.",
        datetime.date(2025, 1, 5),
    )
    assert ("fighters", "Arakan Army") in got
    assert ("troops", "Kachin Independence Army") in got


def test_ituri_and_kivu_militias_and_burhans_army_are_known() -> None:
    doc = Document(
        text="The Zaire militia and the Nyatura were blamed, and Burhan's army said so.",
        context=Context(published=datetime.date(2025, 1, 5)),
    )
    got = [(m.text, m.canonical, m.kind) for m in ActorParser()(doc)]
    assert ("Zaire militia", "Zaire militia", "identity_militia") in got
    assert ("Nyatura", "Nyatura", "identity_militia") in got
    assert ("Burhan's army", "Military Forces of Sudan (2021-)", "state") in got


def test_ukraines_military_intelligence_and_chechen_akhmat_units() -> None:
    got = _actors(
        "KYIV, June 1 (Reuters) - Ukraine's GUR military intelligence said North Korean "
        "troops were fighting in Kursk, where Chechen Akhmat units also took part.",
        datetime.date(2025, 6, 1),
    )
    assert ("GUR", "Military Forces of Ukraine") in got
    assert ("Akhmat units", "Military Forces of Russia") in got


def test_a_hub_dateline_gives_way_to_the_country_of_the_towns_named() -> None:
    text = (
        "BEIRUT, Dec 8 (Reuters) - Government troops withdrew from Homs early on "
        "Sunday as rebels advanced, a war monitor said, before the insurgents "
        "announced that Damascus had fallen."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2024-12-08").actors]
    assert ("Government troops", "Military Forces of Syria") in got
    # (one capital alone is no subject: "Soldiers searched homes in Kabul")
    text = "LONDON, May 2 (Reuters) - Soldiers searched homes in Kabul overnight."
    got = [(m.text, m.canonical) for m in parse(text, published="2010-05-02").actors]
    assert got == [("Soldiers", "Military Forces of United Kingdom")]


def test_abu_shabab_is_a_mans_name_not_al_shabaab() -> None:
    got = _actors(
        "GAZA, June 5 (Reuters) - The Popular Forces of Yasser Abu Shabab clashed with "
        "Hamas in Rafah.",
        datetime.date(2025, 6, 5),
    )
    assert all(c != "al-Shabaab" for _t, c in got)
    assert ("Popular Forces of Yasser Abu Shabab", "Popular Forces (Gaza)") in got


def test_more_groups_of_2024_2025_are_known() -> None:
    got = _actors(
        "Mahmuda fighters, the Village de Dieu gang, Carteles Unidos and the BLA's "
        "Majeed Brigade were blamed.",
        datetime.date(2025, 6, 5),
    )
    assert ("Mahmuda fighters", "Mahmuda") in got
    assert ("Village de Dieu gang", "5 Segonn") in got
    assert ("Carteles Unidos", "Carteles Unidos") in got
    assert ("Majeed Brigade", "Balochistan Liberation Army") in got


def test_a_second_speaker_joined_by_and_is_of_the_first_speakers_state() -> None:
    text = (
        "KYIV, July 19 (Reuters) - Russian forces pounded the front line overnight. "
        "The general staff said Russian troops attacked Ukrainian positions 45 times, "
        "and the military said 12 of the assaults were repelled."
    )
    got = [(m.text, m.canonical) for m in parse(text, published="2025-07-19").actors]
    assert ("the military", "Military Forces of Ukraine") in got
