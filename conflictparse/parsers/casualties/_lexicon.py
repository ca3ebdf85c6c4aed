"""
Word tables of the casualty reader: outcome phrases, victim nouns,
qualifiers and vague quantities.

Every table is keyed by folded (lower-case, diacritic-free) words, so ALL-CAPS
wire copy reads the same as mixed case.
"""

from __future__ import annotations

from typing import Final

from conflictparse._data import read_tsv


def words(text: str) -> frozenset[str]:
    """The white-space separated words of *text*, as a set."""
    return frozenset(text.split())


# --- outcomes ----------------------------------------------------------------
# Each phrase maps to (outcome, flags). Flags:
#   P  may follow its victims ("two soldiers were killed", "12 dead")
#   A  may precede its victims as an active verb ("killing two soldiers")
#   T  transitive: after its victims without a form of "be" it must not be
#      followed by an object ("gunmen killed two" is active, not passive)
#   N  a noun that counts on its own ("12 deaths", "no casualties")
#   O  a noun taking "of" ("the murder of six priests")
#   E  a euphemism of military statements ("12 terrorists were neutralised",
#      "lost up to 300 servicemen"): it counts only victims of an armed
#      category the word list knows, never a bare number, an unknown noun
#      or a name ("neutralised a bomb", "eliminated from the tournament")
#   H  a hospital phrase ("taken to hospital"): no count when a check-up or
#      a precaution follows ("taken to hospital for checks")
#   F  a flight ("600 villagers fled"): it counts only victims the word
#      list knows as people who may be displaced, never fighters, police or
#      prisoners (who escape), nor a bare number
#   K  a verb that also takes things ("seized 25 passengers", "seized 30
#      rifles"): it counts only victims the word list knows as people,
#      never a bare number or an unknown noun
#   R  a verb of saving people from any danger ("rescued"): it counts only
#      captives, released ("rescued nine of the hostages", "11 kidnapped
#      pupils were rescued"), never people pulled from rubble or water
#   C  a verb of staying that tells captivity only of captives ("50 hostages
#      remain in Gaza", never "12 people remain in hospital")
#   Y  a passive of holding people that is captivity only when its agent
#      is an armed group or captors ("held by the militants", never "held by
#      police")
#   W  a passive of taking people away ("14 worshippers were taken away"):
#      an abduction unless its agent is named and is no armed group or
#      captors ("taken away by ambulances", "by relatives", "by police")
#   B  a bare passive that many idioms open ("taken" of "43 people had been
#      taken"): it counts only after a form of "be" and with no object,
#      particle or infinitive after it ("were taken to a camp", "had been
#      taken ill", "were taken by surprise" are no count)

PHRASES: Final[dict[str, tuple[str, str]]] = {
    # killed
    "killed": ("killed", "PAT"),
    "kill": ("killed", "A"),
    "kills": ("killed", "A"),
    "killing": ("killed", "AO"),
    "killings": ("killed", "O"),
    "slain": ("killed", "P"),
    "slew": ("killed", "A"),
    "dead": ("killed", "PN"),
    "died": ("killed", "P"),
    "die": ("killed", "P"),
    "perished": ("killed", "P"),
    "murdered": ("killed", "PAT"),
    "murdering": ("killed", "A"),
    "murder": ("killed", "O"),
    "murders": ("killed", "O"),
    "assassinated": ("killed", "PAT"),
    "assassinating": ("killed", "A"),
    "assassination": ("killed", "O"),
    "assassinations": ("killed", "O"),
    "massacred": ("killed", "PAT"),
    "massacring": ("killed", "A"),
    "massacre": ("killed", "O"),
    "executed": ("killed", "PAT"),
    "executing": ("killed", "A"),
    "slaughtered": ("killed", "PAT"),
    "lynched": ("killed", "PAT"),
    "beheaded": ("killed", "PAT"),
    # "we have buried 38 so far": burials count the dead (never a
    # passive: "buried under the rubble" may be alive; the parser checks
    # the active's words after its victims too)
    "buried": ("killed", "A"),
    "shot dead": ("killed", "PAT"),
    "gunned down": ("killed", "PAT"),
    "shooting dead": ("killed", "A"),
    "gunning down": ("killed", "A"),
    "shot and killed": ("killed", "PAT"),
    "shot to death": ("killed", "PAT"),
    "burned to death": ("killed", "PAT"),
    "burnt to death": ("killed", "PAT"),
    "beaten to death": ("killed", "PAT"),
    "stabbed to death": ("killed", "PAT"),
    "hacked to death": ("killed", "PAT"),
    "tortured to death": ("killed", "PAT"),
    "lost their lives": ("killed", "P"),
    "claimed the lives of": ("killed", "A"),
    # "the attack claimed 14 lives": only a count of people ("lives"), never
    # "claimed responsibility" or "claimed 40 villages"
    "claimed": ("killed", "AK"),
    "claiming": ("killed", "AK"),
    "claiming the lives of": ("killed", "A"),
    "cost the lives of": ("killed", "A"),
    "lost his life": ("killed", "P"),
    "lost her life": ("killed", "P"),
    "martyred": ("killed", "PAT"),
    "drowned": ("killed", "P"),
    "succumbed to their injuries": ("killed", "P"),
    "succumbed to his injuries": ("killed", "P"),
    "succumbed to her injuries": ("killed", "P"),
    "succumbed to injuries": ("killed", "P"),
    "succumbed to their wounds": ("killed", "P"),
    "succumbed to his wounds": ("killed", "P"),
    "succumbed to her wounds": ("killed", "P"),
    "succumbed to wounds": ("killed", "P"),
    "deaths": ("killed", "NO"),
    "death": ("killed", "O"),
    "fatalities": ("killed", "N"),
    "bodies": ("killed", "NO"),
    "body": ("killed", "O"),
    "corpses": ("killed", "N"),
    # military euphemisms: Nigerian, Pakistani, Turkish and Russian
    # statements say "neutralised" or "eliminated" for killed; their
    # "losses" count the wounded too
    "neutralised": ("killed", "PATE"),
    "neutralized": ("killed", "PATE"),
    "neutralising": ("killed", "AE"),
    "neutralizing": ("killed", "AE"),
    "eliminated": ("killed", "PATE"),
    "eliminating": ("killed", "AE"),
    "lost": ("killed_or_wounded", "AE"),
    "losses": ("killed_or_wounded", "OE"),
    # killed or wounded
    "casualties": ("killed_or_wounded", "N"),
    "dead or wounded": ("killed_or_wounded", "P"),
    "dead or injured": ("killed_or_wounded", "P"),
    "dead and wounded": ("killed_or_wounded", "PN"),
    "dead and injured": ("killed_or_wounded", "PN"),
    "killed or wounded": ("killed_or_wounded", "PAT"),
    "killed or injured": ("killed_or_wounded", "PAT"),
    "killed and wounded": ("killed_or_wounded", "PT"),
    "killed and injured": ("killed_or_wounded", "PT"),
    "wounded or killed": ("killed_or_wounded", "PAT"),
    "injured or killed": ("killed_or_wounded", "PAT"),
    # "killing and wounding 40 people" counts both outcomes in one number
    "killing and wounding": ("killed_or_wounded", "A"),
    "killing and injuring": ("killed_or_wounded", "A"),
    "killing or wounding": ("killed_or_wounded", "A"),
    "killing or injuring": ("killed_or_wounded", "A"),
    # "its fighters had killed or captured more than 100 soldiers": one
    # number of both, of which none is known dead or known held (the
    # vocabulary's outcome of a side's losses, as "casualties" is)
    "killed or captured": ("killed_or_wounded", "PAT"),
    "captured or killed": ("killed_or_wounded", "PAT"),
    "killing or capturing": ("killed_or_wounded", "A"),
    # wounded
    "wounded": ("wounded", "PAT"),
    "wounding": ("wounded", "A"),
    # a headline's present tense: "Bomb kills 4, wounds 5 in Kabul",
    # "gunmen kill 3, injure 12" (never a passive: "wounds" is a noun there)
    "wounds": ("wounded", "A"),
    "wound": ("wounded", "A"),
    "injures": ("wounded", "A"),
    "injure": ("wounded", "A"),
    "injured": ("wounded", "PAT"),
    "injuring": ("wounded", "A"),
    "injuries": ("wounded", "N"),
    "injury": ("wounded", "O"),
    "hurt": ("wounded", "PT"),
    "maimed": ("wounded", "PAT"),
    # taken to hospital after an attack: hurt
    "hospitalised": ("wounded", "PH"),
    "hospitalized": ("wounded", "PH"),
    "taken to hospital": ("wounded", "PH"),
    "taken to the hospital": ("wounded", "PH"),
    "taken to hospitals": ("wounded", "PH"),
    "rushed to hospitals": ("wounded", "PH"),
    "admitted to hospitals": ("wounded", "PH"),
    "rushed to hospital": ("wounded", "PH"),
    "rushed to the hospital": ("wounded", "PH"),
    "admitted to hospital": ("wounded", "PH"),
    "admitted to the hospital": ("wounded", "PH"),
    "treated in hospital": ("wounded", "PH"),
    "treated for injuries": ("wounded", "P"),
    "treated for wounds": ("wounded", "P"),
    "treated for gunshot wounds": ("wounded", "P"),
    "suffered injuries": ("wounded", "P"),
    "suffered minor injuries": ("wounded", "P"),
    "suffered serious injuries": ("wounded", "P"),
    "suffered gunshot wounds": ("wounded", "P"),
    "sustained injuries": ("wounded", "P"),
    "sustained minor injuries": ("wounded", "P"),
    "sustained serious injuries": ("wounded", "P"),
    "sustained gunshot wounds": ("wounded", "P"),
    # shot in a limb: hurt (not "in the head", "in the chest" or "in the
    # back", after which many die)
    "shot in the leg": ("wounded", "P"),
    "shot in the legs": ("wounded", "P"),
    "shot in the arm": ("wounded", "P"),
    "shot in the arms": ("wounded", "P"),
    "shot in the hand": ("wounded", "P"),
    "shot in the foot": ("wounded", "P"),
    "shot in the thigh": ("wounded", "P"),
    "shot in the shoulder": ("wounded", "P"),
    "shot in the knee": ("wounded", "P"),
    # kidnapped
    "kidnapped": ("kidnapped", "PAT"),
    "kidnapping": ("kidnapped", "AO"),
    "kidnappings": ("kidnapped", "O"),
    "abducted": ("kidnapped", "PAT"),
    "abducting": ("kidnapped", "A"),
    "abducts": ("kidnapped", "A"),
    "abduct": ("kidnapped", "A"),
    "kidnaps": ("kidnapped", "A"),
    "kidnap": ("kidnapped", "A"),
    "abduction": ("kidnapped", "O"),
    "taken hostage": ("kidnapped", "P"),
    "seized": ("kidnapped", "AK"),
    "seizing": ("kidnapped", "AK"),
    "held hostage": ("kidnapped", "P"),
    "taken captive": ("kidnapped", "P"),
    # "eight others remained in captivity", "12 are still held captive":
    # hostages still held (a subset of those taken, `_still_held`; not a
    # bare "in captivity": "in" would make every sentence a cue's)
    "remained in captivity": ("kidnapped", "P"),
    "remain in captivity": ("kidnapped", "P"),
    "remains in captivity": ("kidnapped", "P"),
    # "Fifty hostages remain in Gaza": only of captives (C)
    "remained in": ("kidnapped", "PC"),
    "remain in": ("kidnapped", "PC"),
    "remains in": ("kidnapped", "PC"),
    # "30 villagers were being held by the militants": only by captors (Y)
    "held by": ("kidnapped", "PY"),
    "held captive": ("kidnapped", "P"),
    # "43 people had been taken" (by gunmen): taken away by force
    "taken": ("kidnapped", "PB"),
    # "14 worshippers were taken away (by the gang)": by
    # captors when an agent is named (W)
    "taken away": ("kidnapped", "PBW"),
    # "holding 182 hostages" (a verb that also takes things: K)
    "holding": ("kidnapped", "AK"),
    # "gunmen took 12 passengers from the bus": a bare "took" of people by
    # captors (the parser checks the taker; K: never "took 12 hours")
    "took": ("kidnapped", "AK"),
    # "killing 1,200 people and taking 251 hostages" (of hostages or
    # captives alone: "taking part", "taking control")
    "taking": ("kidnapped", "AK"),
    # "the attackers took away 15 young men": the same, with its particle
    "took away": ("kidnapped", "AK"),
    # "took 19 passengers hostage" (a cue: the quantity takes the word in
    # as its noun, and `_passive` reads it there)
    "hostage": ("kidnapped", "PT"),
    # ("armed men took 25 passengers captive": the same)
    "captive": ("kidnapped", "PT"),
    # arrested
    "arrested": ("arrested", "PAT"),
    "arresting": ("arrested", "A"),
    "arrest": ("arrested", "O"),
    "arrests": ("arrested", "O"),
    "detained": ("arrested", "PAT"),
    "detaining": ("arrested", "A"),
    "captured": ("arrested", "PAT"),
    "capturing": ("arrested", "A"),
    "apprehended": ("arrested", "PAT"),
    "taken prisoner": ("arrested", "P"),
    "taken into custody": ("arrested", "P"),
    "rounded up": ("arrested", "PT"),
    # missing
    "missing": ("missing", "P"),
    "unaccounted for": ("missing", "P"),
    "disappeared": ("missing", "P"),
    "went missing": ("missing", "P"),
    # displaced
    "displaced": ("displaced", "PAT"),
    "displacing": ("displaced", "A"),
    "fled their homes": ("displaced", "P"),
    # "forced more than 36,000 to flee their homes": people alone, so a
    # bare number too (unlike a bare "flee", F)
    "flee their homes": ("displaced", "P"),
    # "6,000 villagers fled to the capital", "forced 25,000 people to flee"
    # (F: only people who may be displaced; fighters who flee escape)
    "fled": ("displaced", "PF"),
    "flee": ("displaced", "PF"),
    "left homeless": ("displaced", "P"),
    "made homeless": ("displaced", "P"),
    # "3,000 families were driven from their homes", "the clashes uprooted
    # 12,000 people" (F: not fighters, nor a bare number; "forced from their
    # homes" would make "forced", common in copy, a cue word: 0.7 % of the
    # stage's instructions)
    "driven from their homes": ("displaced", "PF"),
    "uprooted": ("displaced", "PATF"),
    # released
    "released": ("released", "PAT"),
    "releasing": ("released", "A"),
    "freed": ("released", "PAT"),
    "freeing": ("released", "A"),
    # a headline's present tense: "Gang frees 9 of 17 abducted missionaries"
    "frees": ("released", "A"),
    # (headlines' present tense: "Colombia rebels free 28 soldiers",
    # "Hamas releases three hostages")
    "free": ("released", "A"),
    "releases": ("released", "A"),
    "set free": ("released", "PT"),
    "release": ("released", "O"),
    "rescued": ("released", "PATR"),
    "rescuing": ("released", "AR"),
    # unharmed
    "unharmed": ("unharmed", "P"),
    "unhurt": ("unharmed", "P"),
    "uninjured": ("unharmed", "P"),
    "unscathed": ("unharmed", "P"),
}


def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for phrase, (outcome, flags) in PHRASES.items():
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append((words, outcome, flags))
    return {
        k: tuple(sorted(v, key=lambda e: len(e[0]), reverse=True))
        for k, v in table.items()
    }


#: Outcome phrases by their first word, longest phrase first.
TRIGGERS: Final = _by_first_word()

#: What an explicit zero ("no one was hurt") counts: being hurt or harmed
#: covers both killed and wounded.
ZERO_OUTCOME: Final = {"hurt": "killed_or_wounded", "harmed": "killed_or_wounded"}

#: The outcome of an active verb before a zero ("lost no soldiers") where it
#: differs from the verb's own: "lost two soldiers" may count the wounded,
#: but "lost no soldiers" surely says that none was killed, not that none
#: was wounded.
ZERO_ACTIVE_OUTCOME: Final = {"lost": "killed"}

# --- victims -----------------------------------------------------------------
# Head nouns of a victim noun phrase -> (category, singular?). A category of
# "" marks a generic head ("members", "personnel") whose category comes from
# its modifiers ("security force members", "police officers").

_HEADS: Final = """
civilians civilians  civilian civilians.
residents civilians  resident civilians.  villagers civilians  villager civilians.
peasants civilians  peasant civilians.  farmers civilians  farmer civilians.
students civilians  student civilians.  teachers civilians  teacher civilians.
passers-by civilians  bystanders civilians  pedestrians civilians
worshippers civilians  worshipers civilians  pilgrims civilians  shoppers civilians
passengers civilians  passenger civilians.  drivers civilians  driver civilians.
travellers civilians  traveller civilians.  travelers civilians  traveler civilians.
refugees civilians  inhabitants civilians  citizens civilians  citizen civilians.  locals civilians
doctors civilians  doctor civilians.  nurses civilians  nurse civilians.
priests civilians  priest civilians.  jesuits civilians  jesuit civilians.
nuns civilians  nun civilians.  clergymen civilians  clergyman civilians.
businessmen civilians  businessman civilians.  traders civilians  trader civilians.
merchants civilians  merchant civilians.  shopkeepers civilians  shopkeeper civilians.
employees civilians  employee civilians.  relatives civilians  unionists civilians
hostages civilians  hostage civilians.  youths civilians  youth civilians.
missionaries civilians  missionary civilians.
passerby civilians.  passersby civilians  vendors civilians  vendor civilians.  engineers civilians
engineer civilians.  technicians civilians  technician civilians.
managers civilians  manager civilians.  agronomists civilians  agronomist civilians.
inspectors police  inspector police.  detectives police  detective police.
magistrates officials  magistrate officials.  ambassadors officials
ambassador officials.
militants militants  militant militants.  insurgents militants  insurgent militants.
rebels militants  rebel militants.  guerrillas militants  guerrilla militants.
guerillas militants  guerilla militants.  terrorists militants  terrorist militants.
fighters militants  fighter militants.  jihadists militants  jihadist militants.
gunmen militants  gunman militants.  gangsters militants  gangster militants.  attackers militants  attacker militants.
assailants militants  assailant militants.  extremists militants  extremist militants.
subversives militants  subversive militants.  narcoterrorists militants
bombers militants  bomber militants.  taliban militants  combatants militants
commanders militants  commander militants.  separatists militants  separatist militants.
khwarij militants  khawarij militants  kharijites militants  kharijite militants.
soldiers soldiers  soldier soldiers.  troops soldiers  servicemen soldiers
serviceman soldiers.  marines soldiers  marine soldiers.  paratroopers soldiers
troopers soldiers  trooper soldiers.  sergeant soldiers.  lieutenant soldiers.
captain soldiers.  colonel soldiers.  general soldiers.  generals soldiers
sergeants soldiers  lieutenants soldiers  captains soldiers  colonels soldiers
conscripts soldiers  recruits soldiers
guardsmen soldiers  guardsman soldiers.  sailors soldiers  airmen soldiers
police police  policemen police  policeman police.  policewoman police.
policewomen police  constables police  constable police.  cops police  cop police.
agents police  agent police.  patrolmen police  patrolman police.
guards security_forces  guard security_forces.  bodyguards security_forces
bodyguard security_forces.  watchmen security_forces  watchman security_forces.
officers  officer.  forces
protesters civilians  protester civilians.  demonstrators civilians
demonstrator civilians.  families civilians  miners civilians  miner civilians.
fishermen civilians  fisherman civilians.  labourers civilians  laborers civilians
officials officials  official officials.  mayors officials  mayor officials.
judges officials  judge officials.  ministers officials  minister officials.
diplomats officials  diplomat officials.  governor officials.  governors officials
councilmen politicians  councilman politicians.  councillors politicians
councillor politicians.  candidates politicians  candidate politicians.
politicians politicians  politician politicians.  lawmakers politicians
lawmaker politicians.  legislators politicians  deputies politicians
congressmen politicians  congressman politicians.  leaders people  leader people.
activists people  activist people.  companions people  companion people.
colleagues people  colleague people.  followers people  follower people.
supporters people  supporter people.  sympathizers people  sympathizer people.
escorts security_forces  escort security_forces.
sons civilians  son civilians.  daughters civilians  daughter civilians.
wife civilians.  husband civilians.  wives civilians  husbands civilians
brothers civilians  brother civilians.  sisters civilians  sister civilians.
mother civilians.  father civilians.
headmasters civilians  headmaster civilians.  headmistress civilians.
headteachers civilians  headteacher civilians.  vice-principals civilians
vice-principal civilians.  lecturers civilians  lecturer civilians.
worshipper civilians.  worshiper civilians.  pilgrim civilians.  refugee civilians.
bishops civilians  bishop civilians.  catechists civilians  catechist civilians.
informants civilians  informant civilians.  voters civilians  voter civilians.
businesswomen civilians  businesswoman civilians.  chairmen officials  chairman officials.
vigilante militants.  hunter people.  lives people  maoists militants  maoist militants.
naxalites militants  naxalite militants.  naxals militants
nephew civilians.  grandmother civilians.  grandfather civilians.  grandson civilians.
granddaughter civilians.  grandsons civilians  granddaughters civilians
grandparents civilians  uncle civilians.  aunt civilians.  uncles civilians  aunts civilians
niece civilians.  cousin civilians.  cousins civilians  parents civilians
children children  child children.  boys children  boy children.  girls children
girl children.  kids children  minors children  minor children.  infants children
infant children.  babies children  baby children.  teenagers children  teenager children.
schoolgirls children  schoolgirl children.  schoolboys children
schoolboy children.  schoolchildren children  pupils children  pupil children.
women women  woman women.  men men  man men.
journalists journalists  journalist journalists.  reporters journalists
reporter journalists.  cameramen journalists  cameraman journalists.
photographers journalists  photographer journalists.
peacekeepers peacekeepers  peacekeeper peacekeepers.
prisoners prisoners  prisoner prisoners.  inmates prisoners  inmate prisoners.
detainees prisoners  detainee prisoners.  suspects prisoners  suspect prisoners.
foreigners foreigners  foreigner foreigners.  tourists foreigners  tourist foreigners.
expatriates foreigners  nationals foreigners  national foreigners.
people people  persons people  person people.  individuals people
individual people.  others people  victims people  victim people.
americans people  afghans people  iraqis people  syrians people  israelis people
palestinians people  pakistanis people  somalis people  nigerians people
albanians people  kurds people  yemenis people  iranians people  turks people
russians people  ukrainians people  libyans people  sudanese people
ethiopians people  congolese people  malians people  indians people
colombians people  salvadorans people  peruvians people  guatemalans people
mexicans people  filipinos people  rohingya people  tutsis people  hutus people
colombian people.  salvadoran people.  peruvian people.  guatemalan people.
mexican people.  american people.  ecuadorean people.  ecuadoreans people
ecuadorian people.  ecuadorians people  honduran people.  hondurans people
nicaraguan people.  nicaraguans people  panamanian people.  panamanians people
bolivian people.  bolivians people  chilean people.  chileans people
venezuelan people.  venezuelans people  spaniard people.  spaniards people
experts people  expert people.  advisers people  adviser people.
advisors people  advisor people.  contractors people  contractor people.
militias militants  militiamen militants  militiaman militants.
taleban militants  shabaab militants  jihadis militants  islamists militants
islamist militants.  loyalists militants  paramilitaries militants
members  member.  personnel  workers  worker.  rangers  ranger.
staff people  patients civilians  patient civilians.
volunteers people  volunteer people.  seafarers civilians  seafarer civilians.
mariners civilians  seamen people  seaman people.  crewmen people  crewman people.
crew people  crewmembers people  pilots people  pilot people.
herders civilians  herder civilians.  herdsmen civilians  herdsman civilians.
shepherds civilians  shepherd civilians.  nomads civilians  pastoralists civilians
settlers civilians  settler civilians.  farmworkers civilians  labourer civilians.
laborer civilians.  porters civilians  hunters people  fishers civilians
medics civilians  medic civilians.  paramedics civilians  paramedic civilians.
rescuers civilians  rescuer civilians.  firefighters civilians  firefighter civilians.
surgeons civilians  surgeon civilians.  pharmacists civilians  midwives civilians
midwife civilians.  servants civilians  servant civilians.  pensioners civilians
pensioner civilians.  staffers civilians  staffer civilians.
lawyers civilians  lawyer civilians.  clerics civilians  cleric civilians.
imams civilians  imam civilians.  pastors civilians  pastor civilians.
monks civilians  monk civilians.  rabbis civilians  rabbi civilians.
scholars civilians  scholar civilians.  preachers civilians  preacher civilians.
muezzins civilians  muezzin civilians.
elders civilians  elder civilians.  chiefs  tribesmen people
academics civilians  lecturers civilians  professors civilians  athletes civilians
mourners civilians  churchgoers civilians  congregants civilians
commuters civilians  commuter civilians.  motorists civilians  motorist civilians.
motorcyclists civilians  motorcyclist civilians.  cyclists civilians
spectators civilians  fans civilians  guests civilians  revellers civilians
revelers civilians  partygoers civilians  concertgoers civilians  owners civilians
riders civilians  truckers civilians  pensioners civilians  siblings civilians
fathers civilians  mothers women  uncles civilians  nephews civilians
grandchildren civilians  toddlers children  toddler children.  newborns children
teens children  teen children.  adolescents children
migrants civilians  migrant civilians.  asylum-seekers civilians  seekers civilians
returnees civilians  evacuees civilians  idps civilians  captives civilians
abductees civilians  protestors civilians  protestor civilians.  rioters people
dissidents people  dissident people.  survivors people  observers people
monitors people  looters people  smugglers people  poachers people
photojournalists journalists  photojournalist journalists.  correspondents journalists
correspondent journalists.  bloggers journalists  blogger journalists.
prosecutors officials  prosecutor officials.  commissioners officials
commissioner officials.  administrators officials  administrator officials.
envoys officials  envoy officials.  headmen civilians  headman civilians.
chief.  aides people  aide people.  adults people  adult people.
senators politicians
senator politicians.  parliamentarians politicians  mps politicians  mp politicians.
cadets soldiers  cadet soldiers.  reservists soldiers  reservist soldiers.
commandos soldiers  commando soldiers.  servicemembers soldiers  generals soldiers
gendarmes police  gendarme police.
bandits militants  bandit militants.  kidnappers militants  kidnapper militants.
criminals militants  hitmen militants  hitman militants.  sicarios militants  sicario militants.
pirates militants  pirate militants.  raiders militants  raider militants.
hijackers militants  hijacker militants.
mercenaries militants  mercenary militants.  vigilantes militants
jihadi militants.  shabab militants  houthis militants
christians people  christian people.  muslims people  muslim people.
hindus people  jews people  copts people  shiites people  shias people
sunnis people  yazidis people  alawites people  druze people  hazaras people
uyghurs people  fulani people  tigrayans people  gazans people  lebanese people
egyptians people  jordanians people  saudis people  algerians people
tunisians people  moroccans people  kenyans people  ugandans people
cameroonians people  chadians people  nigeriens people  burkinabe people
eritreans people  burundians people  rwandans people  mozambicans people
bangladeshis people  thais people  indonesians people  chinese people
britons people  germans people  haitians people  brazilians people
azerbaijanis people  armenians people  georgians people  belarusians people
europeans people  africans people  asians people  arabs people  newsmen journalists
newsman journalists.  maids civilians  maid civilians.  domestics civilians
"""


def _heads() -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    words = _HEADS.split()
    i = 0
    while i < len(words):
        word = words[i].rstrip(".")
        singular = words[i].endswith(".")
        category = ""
        if i + 1 < len(words) and not _is_head_word(words[i + 1]):
            category = words[i + 1].rstrip(".").replace("_", " ")
            singular = singular or words[i + 1].endswith(".")
            i += 1
        out[word] = (category, singular)
        i += 1
    # the plural of every demonym the project ships ("three Malawians",
    # "two Britons"): people of a nationality
    for _code, forms in read_tsv("demonyms.tsv", columns=2):
        for form in forms.split("|")[1:]:
            key = form.lower()
            if key.endswith("s") and " " not in key and key not in out:
                out[key] = ("people", False)
    return out


def _is_head_word(word: str) -> bool:
    return word.rstrip(".").replace("_", " ") not in _CATEGORY_NAMES


_CATEGORY_NAMES: Final = frozenset(
    {
        "civilians", "militants", "soldiers", "police", "security forces",
        "officials", "politicians", "children", "women", "men", "journalists",
        "aid workers", "peacekeepers", "prisoners", "foreigners", "people",
    }
)  # fmt: skip

#: Victim head nouns: word -> (category or "" for generic, singular?).
HEADS: Final = _heads()

#: Modifier words that decide a generic head's category
#: ("security force members", "police officers", "aid workers").
MODIFIER_CATEGORIES: Final = {
    "police": "police",
    "security": "security forces",
    "army": "soldiers",
    "military": "soldiers",
    "militia": "militants",
    "civilian": "civilians",
    "rebel": "militants",
    "guerrilla": "militants",
    "militant": "militants",
    "insurgent": "militants",
    "terrorist": "militants",
    "jihadist": "militants",
    "separatist": "militants",
    "gang": "militants",
    "cartel": "militants",
    "taliban": "militants",
    "government": "officials",
    "aid": "aid workers",
    "humanitarian": "aid workers",
    "relief": "aid workers",
    "un": "peacekeepers",
    "peacekeeping": "peacekeepers",
    "family": "civilians",
    "union": "civilians",
    "media": "journalists",
    "park": "civilians",
    "wildlife": "civilians",
    "press": "journalists",
}

#: Guard nouns, security forces alone ("two guards at the checkpoint")...
GUARD_HEADS: Final = frozenset(["guard", "guards"])
#: ... but civilians after one of these modifiers: "a security guard", "a
#: private guard" is a hired employee of a bank, hotel or mine, not a
#: member of the state's forces.
CIVILIAN_GUARD_MODIFIERS: Final = frozenset(["security", "private"])

#: The category a generic head takes when no modifier decides it.
GENERIC_DEFAULTS: Final = {
    "members": "people",
    "member": "people",
    "personnel": "people",
    "workers": "civilians",
    "worker": "civilians",
    "officers": "security forces",
    "officer": "security forces",
    # (Thailand's paramilitary rangers; a park's rangers are told so)
    "rangers": "soldiers",
    "ranger": "soldiers",
    "forces": "security forces",
    # a chief is whatever his modifier makes him ("a police chief", "an army
    # chief", "the militia chief"), else a civil figure ("a village chief")
    "chiefs": "people",
    "chief": "people",
}

# --- quantities --------------------------------------------------------------

#: Qualifiers before a number -> kind. ``low``: at least n; ``above``: more
#: than n; ``high``: at most n; ``below``: fewer than n; ``near``: just
#: under n; ``approx``: about n; ``exact``: a stated total.
QUALIFIERS: Final = {
    "at least": "low",
    "no fewer than": "low",
    "no less than": "low",
    "not less than": "low",
    "not fewer than": "low",
    "a minimum of": "low",
    "more than": "above",
    "over": "above",
    "upwards of": "above",
    "in excess of": "above",
    "up to": "high",
    "as many as": "high",
    "at most": "high",
    "a maximum of": "high",
    "no more than": "high",
    "not more than": "high",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "nearly": "near",
    "almost": "near",
    "close to": "near",
    "just under": "near",
    "about": "approx",
    "some": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "at about": "approx",
    "at around": "approx",
    "a total of": "exact",
    "a family of": "exact",
    "exactly": "exact",
}

#: Vague quantities -> (low, best, high); see docs/casualties.md for the
#: reading of each.
VAGUE_QUANTITIES: Final[dict[str, tuple[int | None, int | None, int | None]]] = {
    "many": (None, None, None),
    "numerous": (None, None, None),
    "a number of": (None, None, None),
    "several": (3, None, None),
    "a few": (2, None, None),
    "a handful of": (2, None, None),
    "a couple of": (2, None, None),
    "dozens of": (24, None, None),
    "dozens": (24, None, None),
    "scores of": (40, None, None),
    "scores": (40, None, None),
    "tens of": (20, None, None),
    "hundreds of": (200, None, None),
    "hundreds": (200, None, None),
    "thousands of": (2000, None, None),
    "thousands": (2000, None, None),
    "tens of thousands of": (20000, None, None),
    "hundreds of thousands of": (200000, None, None),
    "several dozen": (24, None, None),
    "a few dozen": (24, None, None),
    "several hundred": (200, None, None),
    "a few hundred": (200, None, None),
    "several thousand": (2000, None, None),
    "a few thousand": (2000, None, None),
}

#: Approximate numbers written as words with an article ("a dozen").
APPROXIMATE_WORDS: Final = {
    "a dozen": 12,
    "dozen": 12,
    "a score of": 20,
    # ("killed half a dozen herders", "abducted nearly two dozen others")
    "half a dozen": 6,
    "two dozen": 24,
    "three dozen": 36,
}

#: Introductions of a subset of a count ("including three children").
SUBSET_INTROS: Final = (
    ("including",),
    ("among", "them"),
    ("among", "whom"),
    ("among", "those"),
    ("of", "whom"),
    ("mostly",),
    ("most", "of", "them"),
    ("many", "of", "them"),
    ("among", "the", "dead", "were"),
    ("among", "the", "victims", "were"),
)

#: Plural nouns of animals, things and places that can be killed or hit, or
#: that end like a person noun ("tigers", "tractors", "trees", "lists",
#: "sectors"): never the victims of a count when the victim list lacks a word.
NOT_PEOPLE: Final = words(
    """
    animals cows goats camels donkeys horses dogs cats pigs chickens birds
    elephants rhinos livestock cattle sheep buffaloes hippos lions gorillas
    vehicles tanks trucks lorries jeeps pickups vans ambulances motorcycles
    cars buses aircraft planes jets helicopters drones
    boats ships vessels tankers houses homes buildings shops schools mosques
    churches hospitals huts villages towns rounds shells rockets missiles
    bombs mines cases votes seats points goals clashes attacks raids strikes
    airstrikes operations incidents bombings battles ambushes explosions blasts
    tigers panthers lobsters oysters vipers adders hamsters otters beavers
    heifers steers roosters spiders alligators predators raptors condors
    chimpanzees bees papers numbers letters towers containers computers
    shelters centers quarters headquarters borders corners chambers theaters
    layers rivers waters matters orders powers meters kilometers carriers
    destroyers launchers trailers bulldozers choppers howitzers tractors
    generators reactors motors doors floors monitors sensors mirrors corridors
    sectors errors factors elevators excavators ventilators trees fees knees
    degrees committees decrees levees guarantees lists fists wrists twists
    heists safeguards swans pelicans toucans orangutans caravans sedans beans
    loans plans scans spans clans organs oceans turbans
    """
)

#: Victim categories a euphemism (flag E: "neutralised", "lost") counts.
ARMED: Final = frozenset({"militants", "soldiers", "security forces", "police"})

#: Words after a hospital phrase (flag H) that show no one was hurt
#: ("taken to hospital for checks", "as a precaution").
NOT_HURT_AFTER: Final = words(
    """
    checks check check-ups checkups check-up checkup tests test observation
    examination examinations evaluation precaution precautionary
    """
)

#: Words allowed between victims and a following outcome ("were reportedly
#: killed", "had died", "are believed to have been killed").
GAP_WORDS: Final = words(
    """
    were was are is have has had been being be reportedly also all later
    allegedly reported confirmed believed feared said thought known to
    subsequently eventually both then seriously slightly critically fatally
    gravely badly severely lightly mortally shot each apparently initially
    immediately instantly ultimately officially already just now either still
    currently remain remained remains found
    """
)

#: Forms of "be": a transitive participle after one is passive.
BE_WORDS: Final = words("were was are is been being be")

#: Words that make what follows hypothetical, planned, denied or negated.
HYPOTHETICAL: Final = words(
    """
    to would will could might may can cannot not never should must shall if
    threatened threatening threatens threaten vowed vows vow plan plans planned
    planning plot plotted intend intended intends intending tried trying try
    attempt attempted attempts attempting order ordered deny denied denies
    denying failed fail aim aimed wanted want wants seeking seek sought did
    does do unless without
    """
)

#: Verbs of telling: after a group behind a comma they make it the story's
#: source ("wounding four soldiers, a UN official said").
SPEAKER_VERBS: Final = words("said says told added confirmed")

#: Words that may follow a transitive outcome used in the passive
#: ("12 killed in Kabul"), as opposed to an object ("killed 12 people").
BOUNDARY_WORDS: Final = words(
    """
    in on at during when while after before near as by and or but since
    following from outside inside within across throughout including among
    yesterday today tonight overnight last this earlier late early so since
    into amid amidst over under until till where which who whom whose that
    because despite
    """
)

#: Words after which a number is not a head count of people
#: (months, time and money units, ages, weapons, sizes).
NON_PEOPLE_AFTER: Final = words(
    """
    january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec
    percent per cent years year months month days day weeks week hours hour
    minutes minute seconds km kilometres kilometers miles mile metres meters
    dollars pesos rupees euros pounds million billion am pm a.m p.m a.m. p.m. gmt
    """
)

#: Words that, placed before a number, show it is not a count of people.
NON_PEOPLE_BEFORE: Final = words(
    """
    on since until till by route highway road article paragraph no number
    page chapter resolution aged age year years of_age kilometre kilometer km
    """
)

#: Words that describe the dead between a number and "bodies" or "corpses"
#: ("12 charred bodies", "five bullet-riddled corpses").
BODY_ADJECTIVES: Final = words(
    """
    charred burned burnt mutilated decomposed decomposing disfigured
    dismembered decapitated headless bullet-riddled bloodied lifeless
    unidentified mangled
    """
)

#: The words of a toll ("the death toll rose to 30").
TOLL_WORDS: Final = {
    ("death", "toll"): "killed",
    ("toll",): "killed",
    ("casualty", "toll"): "killed_or_wounded",
    ("number", "of", "dead"): "killed",
    ("number", "of", "deaths"): "killed",
    ("number", "of", "people", "killed"): "killed",
    ("number", "of", "wounded"): "wounded",
    ("number", "of", "injured"): "wounded",
    ("number", "of", "casualties"): "killed_or_wounded",
}

#: Words between a toll and its number ("rose to", "stood at", "reached").
TOLL_LINKS: Final = words(
    "to at of reached hit topped passed is was stood stands rose climbed"
)

#: Title words that, after another title, end it and tell nothing of the
#: person: "Secretary General", "Attorney General" are no soldiers.
POSTPOSITIVE_TITLES: Final = words("general")

#: Titles and roles that may open a person's name ("Judge Hector Jimenez").
TITLES: Final = words(
    """
    mr mrs ms dr gen col lt capt sgt maj cmdr judge mayor senator candidate
    announcer reporter journalist priest father monsignor minister leader
    director president attorney general colonel captain lieutenant sergeant
    major commander governor councilman deputy congressman businessman lawyer
    doctor professor sister brother former vice chief presidential msgr mgr
    bishop archbishop reverend inspector magistrate rector detective secretary
    ambassador consul engineer hopeful editor manager councilor councillor
    """
)

#: Military units that end "members of the ..." (their members are soldiers).
MILITARY_UNITS: Final = words("battalion brigade regiment division patrol army")

#: Organisations that end "members of the ..." (their members are people).
ORGANISATIONS: Final = words("front movement party union group council")

#: Nouns that end a would-be name: things, not people ("the bank building").
NON_PERSON: Final = (
    MILITARY_UNITS
    | ORGANISATIONS
    | words(
        """
    headquarters building buildings office offices house houses home station
    stations vehicle vehicles car cars bus buses truck plant embassy bank
    banks store shop school church hospital airport bridge road street avenue
    town city village district province department region country area
    government police organization ministry company plane helicopter attack
    attacks bombing process talks agreement law campaign operation offensive
    war conflict peace battalions brigades regiments divisions unit units
    patrols squad squads detachment garrison
    """
    )
)

#: Words that make a toll an outdated one ("revising an earlier toll of nine").
STALE_TOLL: Final = words("earlier initial previous preliminary original old first")

#: Nouns of a report whose content a count may be ("reports of 19 dead").
REPORT_NOUNS: Final = words(
    "report reports claim claims allegation allegations rumour rumours rumor rumors"
)
#: Verbs that dismiss such a report ("rejected claims that 30 were killed").
DISMISSING_VERBS: Final = words(
    "rejected rejects reject dismissed dismisses dismiss refuted refutes refute "
    "disputed disputes dispute denied denies deny"
)
#: Words that, after a form of "be", call such a report wrong ("reports of
#: 19 dead are exaggerated").
DISMISSING_WORDS: Final = words(
    "exaggerated false untrue baseless inflated fabricated unfounded wrong incorrect"
)
#: Adverbs that may stand between that "be" and the word ("are grossly exaggerated").
DISMISSING_ADVERBS: Final = words(
    "greatly grossly wildly totally completely entirely not"
)

#: Words that make a noun outcome ("the murder of six priests") planned,
#: threatened or denied; "to" is not one ("referred to the murder of").
NOUN_HYPOTHETICAL: Final = words(
    """
    plot plotted plan plans planned planning attempt attempted attempts threat
    threats threatened threatening threatens deny denied denies denying
    prevent prevented foiled thwarted
    """
)

#: Words that can open a number written in words.
NUMBER_WORDS: Final = words(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
    fourty fifty sixty seventy eighty ninety hundred thousand zero
    """
)

#: Outcome participles that may also stand before their noun as adjectives
#: ("four displaced persons", "three wounded soldiers").
ADJECTIVAL: Final = words(
    "displaced wounded injured missing kidnapped abducted detained unarmed"
)

#: Units of a stretch of time that a count may sum ("over the past 12 days",
#: "in the past 48 hours", "over the past week": a ministry's or a region's
#: daily and weekly tallies add up many incidents).
PERIOD_UNITS: Final = words(
    "hours days weeks months years decade decades day week fortnight month year"
)

#: Names of the months: with plural incidents, "killed in attacks in May"
#: sums a month (abbreviations are left out: copy rarely writes "in Jun").
MONTH_NAMES: Final = words(
    """
    january february march april may june july august september october
    november december
    """
)

#: Lengths of a war or campaign ("a 10-year-long war", "a month-long battle").
LONG_PERIODS: Final = words("month-long months-long year-long years-long decade-long")

#: What may follow "since" when a count sums a stretch of time ("killed since
#: 1981", "since January", "since the start of the war"); "since the attack"
#: updates one incident and is not among them.
SINCE_PERIODS: Final = words(
    """
    january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec start
    beginning outbreak war conflict insurgency uprising independence
    ceasefire truce coup takeover invasion
    """
)

#: Words that name a war, not an incident: a count in their clause sums it.
WARS: Final = words("war wars conflict insurgency")
#: Nouns of a campaign of many days that, like a war, a perfect verb's count
#: sums ("an offensive that has killed about 3,000 people", "the siege has
#: killed hundreds"); "the offensive killed 12" is left to the incident.
CAMPAIGNS: Final = words("offensive offensives campaign siege uprising")

#: Plural nouns of incidents (and "violence"): a count that many of them
#: caused over a year or a month sums them ("killed in attacks on civilians
#: last year"), while "killed last year in an ambush" is one incident's.
PLURAL_INCIDENTS: Final = words(
    """
    attacks clashes raids strikes airstrikes air-strikes bombings ambushes
    shellings bombardments massacres killings violence assaults operations
    counter-attacks counterattacks
    """
)

#: Words that make a toll cumulative ("the death toll since October",
#: "bringing the total to"): it sums earlier incidents, it does not update one.
#: "Bringing" alone does not ("two of the wounded died, bringing the toll to
#: nine" updates one incident): see `SUMMING_VERBS`.
CUMULATIVE: Final = words(
    "since overall total so far this year war conflict campaign"
    # (a period's toll: "bringing the week's toll to 40")
    " day's week's month's year's weekly monthly"
)

#: Verbs before a toll that add new deaths to it ("bringing the toll to
#: nine"): the toll is cumulative when it also names plural incidents
#: ("bringing the toll from the week's attacks to 40").
SUMMING_VERBS: Final = words("bringing brought taking took")
