"""
Actors in modern wire copy (session 25): Russian mercenaries by the country
and day they served in, the VDP as Burkina Faso's militia, armed youths as a
communal militia, Syria's own Ansar al-Sunna, "army forces", Israeli settlers
who are no referent of a report's gunmen, a foreign force's "Russian
fighters", and "Wagner fighters" opening a sentence of a Mali story. Every
story here was written for the project.
"""

from __future__ import annotations

from conflictparse import parse


def _actors(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in parse(text, published=published).actors]


def _reasons(text: str, published: str) -> dict[str, str | None]:
    return {m.text: m.provenance.reason for m in parse(text, published=published).actors}


def test_russian_mercenaries_are_the_force_serving_in_the_country_that_day() -> None:
    mali_2024 = (
        "BAMAKO, Aug 2 (Reuters) - Malian soldiers and Russian mercenaries killed at least "
        "20 civilians in central Mali on Tuesday, residents said."
    )
    assert ("Russian mercenaries", "Wagner Group") in _actors(mali_2024, "2024-08-02")
    assert _reasons(mali_2024, "2024-08-02")["Russian mercenaries"] is None
    mali_2025 = (
        "BAMAKO, Sept 10 (AFP) - Russian mercenaries and Malian troops clashed with "
        "JNIM militants near Nioro du Sahel on Monday, local sources said."
    )
    assert ("Russian mercenaries", "Africa Corps") in _actors(mali_2025, "2025-09-10")
    burkina_2024 = (
        "OUAGADOUGOU, Aug 2 (Reuters) - Russian paramilitaries arrived in Burkina Faso "
        "this week to help the junta fight jihadists, a security source said."
    )
    assert ("Russian paramilitaries", "Africa Corps") in _actors(
        burkina_2024, "2024-08-02"
    )
    assert _reasons(burkina_2024, "2024-08-02")["Russian paramilitaries"] is None


def test_the_vdp_is_burkina_fasos_militia_and_no_guess() -> None:
    text = (
        "OUAGADOUGOU, March 5 (AFP) - Suspected jihadists killed 12 VDP fighters in an "
        "attack on a post in northern Burkina Faso on Sunday, security sources said. The "
        "VDP, a civilian auxiliary force, has lost hundreds of members since 2020."
    )
    vdp = "Volunteers for the Defence of the Homeland"
    found = parse(text, published="2024-03-05").actors
    named = [m for m in found if "VDP" in m.text]
    assert [m.canonical for m in named] == [vdp, vdp]
    assert all(m.provenance.reason is None for m in named)


def test_armed_youths_are_a_communal_militia_not_the_group_quoted() -> None:
    text = (
        "JUBA, Feb 10 (Reuters) - Armed youths from Jonglei state attacked cattle camps in "
        "Pibor, killing 17 people, a local official said on Saturday. The SPLM-IO said in a "
        "statement that it was not involved."
    )
    found = _actors(text, "2024-02-10")
    assert ("Armed youths", "Unidentified Communal Militia (South Sudan)") in found
    [youths] = [m for m in parse(text, published="2024-02-10").actors if m.generic]
    assert youths.kind == "identity_militia"
    white_army = (
        "JUBA, March 5 (AFP) - Nuer White Army fighters overran an SSPDF base in Nasir, "
        "officials said. Armed youths later looted the town."
    )
    assert ("Armed youths", "White Army (South Sudan)") in _actors(
        white_army, "2025-03-05"
    )


def test_ansar_al_sunna_in_syria_is_syrias_group() -> None:
    text = (
        "DAMASCUS, Feb 3 (Reuters) - Members of Ansar al-Sunna, a hardline Sunni group, "
        "killed four Alawite villagers near Homs on Sunday, a war monitor said."
    )
    assert ("Ansar al-Sunna", "Saraya Ansar al-Sunna") in _actors(text, "2025-02-03")
    assert _reasons(text, "2025-02-03")["Ansar al-Sunna"] is None


def test_army_forces_are_the_military() -> None:
    text = (
        "KHARTOUM, June 12 (Reuters) - Army forces shelled RSF positions in Omdurman on "
        "Wednesday, killing at least 10 civilians, medics said."
    )
    assert ("Army forces", "Military Forces of Sudan (2021-)") in _actors(
        text, "2024-06-12"
    )


def test_israeli_settlers_are_named_and_no_referent_of_gunmen() -> None:
    text = (
        "RAMALLAH, April 14 (Reuters) - Israeli settlers attacked the village of "
        "al-Mughayyir in the occupied West Bank on Saturday, killing one Palestinian and "
        "wounding 25, the Palestinian health ministry said. Two gunmen later opened fire "
        "on Israeli troops near Jenin."
    )
    found = _actors(text, "2024-04-14")
    assert ("Israeli settlers", "Settlers (Israel)") in found
    assert ("gunmen", "Unidentified Armed Group (Palestine)") in found


def test_a_demonyms_fighters_are_its_foreign_force_named_before() -> None:
    text = (
        "BAMAKO, Aug 2 (Reuters) - Malian soldiers and Russian mercenaries killed at least "
        "20 civilians in the village of Ouenkoro in central Mali on Tuesday, residents "
        "said.\n\nThe Russian fighters have supported Mali's junta since 2021."
    )
    assert ("fighters", "Wagner Group") in _actors(text, "2024-08-02")


def test_a_foreign_forces_name_opening_a_sentence_is_still_that_force() -> None:
    text = (
        "BAMAKO, Feb 8 (AFP) - Malian soldiers killed at least 24 civilians in a raid on a "
        "village in central Mali on Monday, local officials said. Wagner fighters have "
        "backed the Malian army since 2021."
    )
    assert ("Wagner fighters", "Wagner Group") in _actors(text, "2025-02-08")


def test_rioters_are_the_rioters_of_the_storys_country() -> None:
    text = (
        "NAIROBI, June 26 (Reuters) - Rioters set fire to a police station in Kikuyu on "
        "Wednesday and looted shops, police said."
    )
    [rioters] = [
        m for m in parse(text, published="2025-06-26").actors if m.kind == "rioters"
    ]
    assert (rioters.text, rioters.canonical, rioters.country) == (
        "Rioters",
        "Rioters (Kenya)",
        "KE",
    )
    [event] = parse(text, published="2025-06-26").events
    assert event.side_a is not None
    assert event.side_a.canonical == "Rioters (Kenya)"


def test_forces_loyal_to_a_generic_government_are_its_military() -> None:
    text = (
        "ADEN, May 6 (Reuters) - Forces loyal to the internationally recognised government "
        "clashed with Houthi fighters in Taiz on Tuesday, a military source said."
    )
    found = _actors(text, "2025-05-06")
    assert (
        "Forces loyal to the internationally recognised government",
        "Military Forces of Yemen",
    ) in found


def test_a_demonyms_ground_troops_are_its_military() -> None:
    text = (
        "BEIRUT, Oct 8 (Reuters) - Hezbollah fighters fought Israeli ground troops near the "
        "border on Tuesday, Lebanon's health ministry said."
    )
    assert ("Israeli ground troops", "Military Forces of Israel") in _actors(
        text, "2024-10-08"
    )


def test_local_militias_are_no_insurgents() -> None:
    text = (
        "MAPUTO, Sept 15 (Reuters) - Insurgents beheaded at least 10 Christians in "
        "Mozambique's Cabo Delgado province last week, the Islamic State group said.\n\n"
        "Mozambican troops and Rwandan forces have battled the insurgency since 2021. Local "
        "militias known as Naparamas have also taken up arms against the militants."
    )
    found = _actors(text, "2025-09-15")
    assert ("militias", "Unidentified Armed Group (Mozambique)") in found
    assert ("the militants", "Islamic State Mozambique Province") in found


def test_a_demonyms_units_are_its_military() -> None:
    text = (
        "KYIV, Aug 12 (Reuters) - North Korean troops joined Russian units in the Kursk "
        "region on Monday, Ukrainian officials said."
    )
    assert ("Russian units", "Military Forces of Russia") in _actors(text, "2024-08-12")


def test_gunmen_from_pro_government_factions_are_no_insurgents() -> None:
    syria = (
        "DAMASCUS, March 9 (Reuters) - Gunmen from pro-government factions executed dozens "
        "of Alawite men in Latakia, a monitor said. Members of Ansar al-Sunna were also "
        "accused of killings."
    )
    assert ("Gunmen", "Unidentified Armed Group (Syria)") in _actors(syria, "2025-03-09")
    congo = (
        "GOMA, March 9 (Reuters) - Fighters of pro-government militias killed 12 civilians "
        "in Masisi, a monitor said. M23 denied involvement."
    )
    assert ("Fighters", "Wazalendo") in _actors(congo, "2025-03-09")


def test_soldiers_beside_jnim_and_the_vdp_are_burkina_fasos() -> None:
    """(A guard: the VDP, no longer an alias of the army, still places the story.)"""
    text = (
        "JNIM fighters killed about 30 soldiers in an ambush near Djibo on Sunday, security "
        "sources said. Eight members of the VDP militia were among the dead, and the army "
        "said its soldiers had repelled a second attack."
    )
    found = _actors(text, "2025-03-04")
    assert ("soldiers", "Military Forces of Burkina Faso (2022-)") in found


def test_a_designation_as_a_terrorist_group_is_no_actor() -> None:
    text = (
        "GUADALAJARA, Mexico, May 22 (AP) - Suspected members of the Jalisco New Generation "
        "Cartel ambushed National Guard officers in Jalisco state on Wednesday, officials "
        "said. The CJNG, designated a foreign terrorist organisation by the United States "
        "in February, is fighting the Sinaloa Cartel."
    )
    texts = [t for t, _c in _actors(text, "2025-05-22")]
    assert "terrorist organisation" not in texts
    assert "CJNG" in texts


def test_security_forces_loyal_to_a_government_are_one_mention() -> None:
    text = (
        "DAMASCUS, March 9 (Reuters) - Security forces loyal to Syria's new government "
        "killed dozens of Alawite civilians in Latakia province, a war monitor said."
    )
    found = _actors(text, "2025-03-09")
    assert found[0] == (
        "Security forces loyal to Syria's new government",
        "Military Forces of Syria (2024-)",
    )
    assert [t for t, _c in found].count("Security forces") == 0


def test_dissidents_of_a_front_after_the_dissidents_name_are_one_mention() -> None:
    text = (
        "BOGOTA, Jan 5 (Reuters) - FARC dissidents of the 33rd Front attacked a police post "
        "in Norte de Santander, the army said."
    )
    found = _actors(text, "2025-01-05")
    assert found[0] == ("FARC dissidents of the 33rd Front", "FARC dissidents")
    assert len([t for t, c in found if c == "FARC dissidents"]) == 1
