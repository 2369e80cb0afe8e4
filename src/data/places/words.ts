/** Word lists the place-mention rules read. Data only: the rules are in places/. */

const list = (words: string): ReadonlySet<string> => new Set(words.split('|').map((word) => word.trim()));

/** "northwest Syria", "southern Idlib", "the north-western region of Idlib". */
export const DIRECTIONS = list(`north | south | east | west | northern | southern | eastern | western | central
  | northeast | northwest | southeast | southwest | north-east | north-west | south-east | south-west
  | northeastern | northwestern | southeastern | southwestern | north-eastern | north-western | south-eastern | south-western
  | northernmost | southernmost | far north | far south | far east | far west`);

/** Nouns for a part of a country or a division: "Idlib province", "the province of Idlib". */
export const DIVISION_NOUNS = list(`province | governorate | region | state | district | oblast | county | prefecture
  | provinces | governorates | regions | states | districts | oblasts | counties
  | municipality | department | division | territory | countryside | outskirts | suburbs | area | areas | part | parts`);

/** Nouns for a settlement, read as a cue for the names after "of": "the towns of A, B and C". */
export const SETTLEMENT_NOUNS = list(`city | cities | town | towns | village | villages | camp | camps | neighbourhood
  | neighbourhoods | neighborhood | neighborhoods | district | districts | settlement | settlements | capital | port | enclave`);

/** "the de-escalation zone in Idlib", "the Idlib de-escalation zone". */
export const ZONE_WORDS = list(`de-escalation zone | buffer zone | demilitarized zone | demilitarised zone | safe zone
  | war zone | conflict zone | front line | frontline | no-fly zone | exclusion zone`);
/** What every zone phrase ends with, in any case: a sentence without it names no zone (test/places/phrases.test.ts checks). */
export const ZONE_LAST_WORD = /zone|line/i;

/** Nouns after a name that make it a site: "the Kamal Adwan hospital", "the Nabulsi roundabout". */
export const FACILITY_NOUNS = list(`hospital | roundabout | refugee camp | camp | square | market | crossing | checkpoint
  | junction | bridge | neighbourhood | neighborhood | quarter | airport | stadium`);

/** Nouns before "on" that make the name after it a place: "the strikes on X", "the attack on X". */
export const ATTACK_NOUNS = list(`strike | strikes | airstrike | airstrikes | air-strike | attack | attacks | raid | raids
  | assault | assaults | offensive | bombardment | bombing | shelling | invasion | advance | march`);

/** Words between a cue and a name that leave the cue standing: "in neighbouring Syria". */
export const CUE_PASS_OVER = list('the | neighbouring | neighboring | nearby | besieged | war-torn | rebel-held');

/** Words before a name that say it is a place. */
export const PLACE_CUES = list(`in | from | to | toward | towards | into | near | at | across | around | outside | inside
  | through | via | within | throughout | fled | flee | flees | fleeing | left | leaving | escaped | escaping | struck
  | hit | hitting | shelled | bombed | bombarded | targeted | captured | seized | attacked | reached | entered | besieged
  | evacuated | abandoned | of`);

/** Capitalised words that begin no place name here: months, days, titles, organisations. */
export const NOT_PLACE_WORDS = list(`January | February | March | April | May | June | July | August | September | October
  | November | December | Jan | Feb | Mar | Apr | Jun | Jul | Aug | Sep | Sept | Oct | Nov | Dec | Monday | Tuesday
  | Wednesday | Thursday | Friday | Saturday | Sunday | The | A | An | This | That | These | Those | It | He | She | They
  | We | I | His | Her | Their | Our | Its | President | Minister | Prime | Mr | Mrs | Ms | Dr | General | Gen | Col
  | Sheikh | King | Prince | Pope | Agency | Team | Nations | Helmets | Office | Army | Forces | Force | Council
  | Committee | Ministry | Organization | Organisation | Programme | Program | Red | Crescent | Cross | News | Times
  | Post | Observatory | Coalition | Party | Front | Brigade | Brigades | Union | Court | Government | Authority
  | Defense | Defence | Commission | Fund | Bank | Institute | University | Twitter | Facebook | Telegram | Reuters
  | AFP | AP | God | Islamic | Covid | Christmas | Eid | Ramadan | According | Since | Over | Some | At | In | On
  | More | Most | About | Nearly | Almost | Around | Across | Near | Inside | Outside | Throughout | Within | From | Regime | Sources | Displaced | Emergency | Syrians | Russians
  | Hospital | School | Mosque | Church | Camp | Street | Square | Road | Highway`);

/** Words before a place, nearest first, that make it where people came from or went to. */
export const ORIGIN_WORDS = list('from | out | fled | flee | flees | fleeing | escaped | escaping | left | leaving | abandoned | evacuated | homes | houses');
export const DESTINATION_WORDS = list(`to | toward | towards | into | near | reached | reaching | arrived | arriving | crossed
  | refuge | shelter | sheltering | settled | places | camps | sites`);
/** Words the look-back for those cues passes over: "fled the rebel-held city of X". */
export const PASS_OVER_WORDS = list(`in | of | on | along | the | a | their | his | her | its | city | town | towns | village
  | villages | areas | area | rural | parts | part | province | region | residential | camp`);

/** After a place named as a subject: "Turkey has taken in", "Idlib is home to". */
export const HOST_PHRASES = /^\s*(?:(?:(?:has|have|had)\s*)?(?:taken in|received|hosted|welcomed|absorbed)|hosts|is hosting|houses|shelters)\b/i;
export const HOME_PHRASES = /^\s*(?:is|was|remains)\s+(?:now\s+)?home to\b/i;
